import { describe, expect, it } from 'vitest';
import * as lexicon from '../../../../src/lib/ingest/segment/lexicon.ts';

const lists = Object.entries(lexicon).filter((e): e is [string, Set<string>] => e[1] instanceof Set);

describe('lexicon', () => {
  it('keeps every word list in lower case, without final periods', () => {
    expect(lists.length).toBeGreaterThan(10);
    for (const [name, list] of lists) for (const word of list) expect(word, name).toMatch(/^[^A-Z\s]+[^.\s]$|^[^A-Z\s.]$/u);
  });

  it('never lists a title as a sentence starter, except Mr./Mrs./Ms.', () => {
    const both = [...lexicon.TITLES].filter((w) => lexicon.SENTENCE_STARTERS.has(w));
    expect(both.sort()).toEqual(['mr', 'mrs', 'ms']);
  });

  it('looks words up case-insensitively', () => {
    expect(lexicon.isIn(lexicon.TITLES, 'Gen')).toBe(true);
    expect(lexicon.isIn(lexicon.MONTHS, 'OCT')).toBe(true);
    expect(lexicon.isIn(lexicon.MONTHS, 'October')).toBe(false);
  });
});
