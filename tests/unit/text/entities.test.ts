// Entity rules: the names that mean one thing meet on one key, in search and comparison alike (text/keys.ts).
import { describe, expect, it } from 'vitest';
import { textKeys } from '../../../src/lib/text/keys.ts';
import { buildEntityTable, entityKey } from '../../../src/lib/text/entities.ts';
import { wordKey } from '../../../src/lib/text/word-key.ts';

const keysOf = (text: string, table = buildEntityTable()) => textKeys(text, table).map((w) => w.key);
const spansOf = (text: string, table = buildEntityTable()) => textKeys(text, table).map((w) => text.slice(w.start, w.end));

/** Each case: spellings that must share one key (the key of the first). */
const same: { name: string; forms: string[] }[] = [
  { name: 'US', forms: ['US', 'U.S.', 'United States', 'the United States’', 'American', 'USA'] },
  { name: 'UN', forms: ['UN', 'U.N.', 'United Nations'] },
  { name: 'UAE', forms: ['UAE', 'U.A.E.', 'United Arab Emirates', 'Emirati'] },
  { name: 'Iran', forms: ['Iran', 'Iranian', 'Iran’s', "Iran's", 'Iranians'] },
  { name: 'Qatar', forms: ['Qatar', 'Qatari', 'Qataris'] },
  { name: 'Syria', forms: ['Syria', 'Syrian'] },
];

describe('entity rules', () => {
  it.each(same.map((c) => [c.name, c] as const))('%s: every spelling meets on one key', (_name, c) => {
    const keys = c.forms.map((f) => keysOf(f).filter((k) => k !== wordKey('the')));
    for (const k of keys) expect(k).toEqual(keys[0]);
    expect(keys[0]).toHaveLength(1);
  });

  it('keeps acronyms apart from the words they spell: US is not "us", WHO is not "who"', () => {
    expect(keysOf('US')).not.toEqual(keysOf('us'));
    expect(keysOf('WHO')).not.toEqual(keysOf('who'));
    expect(keysOf('SMEs')).toEqual(keysOf('SME'));
  });

  it('makes a name of several words one keyed word spanning them, its words kept as parts', () => {
    const text = 'Talks between the United States and the U.N. Security Council, then the UN.';
    expect(spansOf(text)).toContain('United States');
    expect(spansOf(text)).toContain('U.N. Security Council');
    const us = textKeys(text).find((w) => w.word === 'United States');
    expect(us?.parts?.map((p) => p.word)).toEqual(['United', 'States']);
    expect(text.slice(us?.start, us?.end)).toBe('United States');
    expect(keysOf(text)).toContain(entityKey('un'));
  });

  it('never joins a name across a comma or a full stop', () => {
    expect(spansOf('the United, States said')).not.toContain('United, States');
    expect(spansOf('in the United. States')).not.toContain('United. States');
  });

  it('takes a corpus table: a found or curated term joins its names, and absorbs the lexicon entity it shares a name with', () => {
    const table = buildEntityTable([
      { id: 'jcpoa', names: ['JCPOA', 'Joint Comprehensive Plan of Action', 'Iran nuclear deal'] },
      { id: 'emirates', names: ['UAE'] },
    ]);
    expect(keysOf('the Joint Comprehensive Plan of Action', table)).toContain(entityKey('jcpoa'));
    expect(keysOf('the Iran nuclear deal', table)).toEqual(keysOf('the JCPOA', table));
    expect(keysOf('United Arab Emirates', table)).toEqual([entityKey('emirates')]);
    // Without the table, the long form is just words.
    expect(keysOf('the Joint Comprehensive Plan of Action')).not.toContain(entityKey('jcpoa'));
  });

  it('leaves a lower-case one-word name out: an entity rule never turns a common word into a name', () => {
    const table = buildEntityTable([{ id: 'deal', names: ['deal', 'Deal Corp'] }]);
    expect(keysOf('a deal', table)).toEqual(keysOf('a deal'));
    expect(keysOf('Deal Corp', table)).toEqual([entityKey('deal')]);
  });
});
