// Aliases as runs of word keys: found wherever their keys follow each other, longest first, acronyms in capitals.
import { describe, expect, it } from 'vitest';
import { aliasPattern, findAliasRuns, findPhraseRuns, matchesAt, patternsByFirstKey, withParts } from '../../../src/lib/search/aliases.ts';
import { textKeys, writtenWords, type KeyedWord } from '../../../src/lib/text/keys.ts';

const runs = (text: string, aliases: string[]) =>
  findAliasRuns(textKeys(text), patternsByFirstKey(aliases.map((a) => aliasPattern(a, textKeys)))).map((r) => text.slice(r.start, r.end));

describe('alias runs', () => {
  it('finds an alias whatever the case, spelling variant or possessive', () => {
    expect(runs('the Middle East Strategic Alliance, a middle east strategic alliance', ['Middle East Strategic Alliance'])).toEqual([
      'Middle East Strategic Alliance',
      'middle east strategic alliance',
    ]);
    expect(runs('its air defense systems', ['air defence'])).toEqual(['air defense']);
    expect(runs('Israel’s David’s Sling', ["David's Sling"])).toEqual(['David’s Sling']);
  });

  it('matches across hyphens and spaces but not inside longer words', () => {
    expect(runs('Al Qaeda and Al-Qaeda', ['Al-Qaeda'])).toEqual(['Al Qaeda', 'Al-Qaeda']);
    expect(runs('the 2015 dealer and a 2015 deal', ['2015 deal'])).toEqual(['2015 deal']);
  });

  it('prefers the longest alias starting at a word', () => {
    expect(runs('quit the Iran nuclear deal', ['nuclear deal', 'Iran nuclear deal'])).toEqual(['Iran nuclear deal']);
  });

  it('asks an acronym alias for capitals: MESA is not the town of Mesa', () => {
    expect(runs('MESA and Mesa', ['MESA'])).toEqual(['MESA']);
    expect(aliasPattern('MESA', textKeys).capitals).toBe(true);
    expect(aliasPattern('Arab NATO', textKeys).capitals).toBe(false);
  });

  it('matches a quoted phrase on its words as written, never another name the entity rules join to them', () => {
    const phrase = (text: string, quoted: string) => {
      const pattern = { alias: quoted, keys: textKeys(quoted).map((w) => w.key), capitals: false, written: writtenWords(quoted).map((w) => w.key) };
      return findPhraseRuns(textKeys(text), pattern).map((r) => text.slice(r.start, r.end));
    };
    const text = 'The United States and the US, Saudi Arabia and the Saudi capital, U.S. officials';
    expect(phrase(text, 'United States')).toEqual(['United States']);
    expect(phrase(text, 'US')).toEqual(['US', 'U.S.']);
    expect(phrase(text, 'Saudi Arabia')).toEqual(['Saudi Arabia']);
    // A word of a joined name is found on its own: "Saudi" in "Saudi Arabia", marked alone.
    expect(phrase(text, 'Saudi')).toEqual(['Saudi', 'Saudi']);
    expect(phrase(text, 'saudi capital')).toEqual(['Saudi capital']);
  });

  it('checks one position', () => {
    const words = textKeys('the Arab NATO');
    const p = aliasPattern('Arab NATO', textKeys);
    expect([0, 1, 2].map((i) => matchesAt(words, i, p))).toEqual([false, true, false]);
  });

  it('gives a joined name its words too', () => {
    const word: KeyedWord = { word: 'United States', start: 0, end: 13, key: '@us' };
    const parts: KeyedWord[] = [{ word: 'United', start: 0, end: 6, key: 'unit' }, { word: 'States', start: 7, end: 13, key: 'state' }];
    expect(withParts({ ...word, parts } as KeyedWord).map((w) => w.word)).toEqual(['United States', 'United', 'States']);
    expect(withParts(word)).toEqual([word]);
  });
});
