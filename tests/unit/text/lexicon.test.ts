import { describe, expect, it } from 'vitest';
import * as lexicon from '../../../src/lib/text/lexicon.ts';

const lowerLists = { MONTH_NAMES: lexicon.MONTH_NAMES, REPORTING_VERBS: lexicon.REPORTING_VERBS, STANCE_VERBS: lexicon.STANCE_VERBS, SPEECH_VERBS: lexicon.SPEECH_VERBS, TITLES_BEFORE_NAMES: lexicon.TITLES_BEFORE_NAMES, WEEKDAY_NAMES: lexicon.WEEKDAY_NAMES };

describe('text lexicon', () => {
  it('keeps the plain word lists in lower case, without duplicates', () => {
    for (const [name, list] of Object.entries(lowerLists)) {
      expect(list.filter((w) => w !== w.toLowerCase()), name).toEqual([]);
      expect(new Set(list).size, name).toBe(list.length);
    }
    expect(lexicon.MONTH_NAMES).toHaveLength(12);
    expect(lexicon.WEEKDAY_NAMES).toHaveLength(7);
  });

  it('maps every month abbreviation to a full month name that starts with it', () => {
    for (const [short, full] of Object.entries(lexicon.MONTH_ABBREVIATIONS)) {
      expect(lexicon.MONTH_NAMES, short).toContain(full);
      expect(full.startsWith(short), short).toBe(true);
    }
  });

  it('matches capitalised months and abbreviations, and only capitalised ones', () => {
    for (const m of ['Oct.', 'October', 'Sept', 'May', 'Dec']) expect(lexicon.MONTH_PATTERN.test(`on ${m} 12`), m).toBe(true);
    expect(lexicon.MONTH_PATTERN.test('in october')).toBe(false);
    expect(lexicon.MONTH_PATTERN.test('Octopus')).toBe(true); // a bare prefix match: callers check what follows
  });

  it('holds every reporting and stance verb among the attribution verbs, with "according to"', () => {
    for (const v of [...lexicon.REPORTING_VERBS, ...lexicon.STANCE_VERBS, 'according to']) expect(lexicon.ATTRIBUTION_VERBS).toContain(v);
  });

  it('gives number words and scales their values', () => {
    expect([lexicon.NUMBER_WORDS.dozen, lexicon.NUMBER_WORDS.ninety, lexicon.NUMBER_SCALES.bn, lexicon.NUMBER_SCALES.thousand]).toEqual([12, 90, 1e9, 1e3]);
  });

  it('keeps entity ids unique and no name under two entities', () => {
    const ids = lexicon.ENTITY_LEXICON.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const names = lexicon.ENTITY_LEXICON.flatMap((e) => e.names.map((n) => n.toLowerCase()));
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('keys demonyms in lower case and capitals by their name as written', () => {
    expect(Object.keys(lexicon.DEMONYMS).filter((k) => k !== k.toLowerCase())).toEqual([]);
    expect(Object.keys(lexicon.CAPITALS).filter((k) => !/^\p{Lu}/u.test(k))).toEqual([]);
    expect(lexicon.CAPITALS.Tehran).toBe('Iran');
  });
});
