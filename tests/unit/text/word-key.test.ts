import { describe, expect, it } from 'vitest';
import { americanise, isNumber, withoutPossessive, wordKey, withoutAccents } from '../../../src/lib/text/word-key.ts';

describe('wordKey', () => {
  it('meets British and American spellings', () => {
    expect(wordKey('defence')).toBe(wordKey('defense'));
    expect(wordKey('destabilising')).toBe(wordKey('destabilizing'));
    expect(wordKey('programme')).toBe(wordKey('program'));
    expect(americanise('centre')).toBe('center');
    expect(['litres', 'metres', 'defences', 'colours', 'programmes'].map(americanise)).toEqual(['liters', 'meters', 'defenses', 'colors', 'programs']);
    expect(wordKey('litres')).toBe(wordKey('liters'));
    expect(['four', 'hour', 'your'].map(americanise)).toEqual(['four', 'hour', 'your']);
    expect(wordKey('four')).not.toBe(wordKey('for'));
  });

  it('meets a capitalised demonym, a possessive and its country', () => {
    expect(wordKey('Iranian')).toBe(wordKey('Iran'));
    expect(wordKey('Iranians')).toBe(wordKey('Iran'));
    expect(wordKey('Iran’s')).toBe(wordKey('Iran'));
    expect(wordKey('Israeli')).toBe(wordKey('Israel'));
    expect(withoutPossessive("Saudi's")).toBe('Saudi');
  });

  it('keys words that name Object.prototype members as words, never as what the prototype holds', () => {
    for (const w of ['constructor', 'Constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) expect(typeof wordKey(w), w).toBe('string');
  });

  it('keys numbers by value and months by full name', () => {
    expect(wordKey('007')).toBe('#7');
    expect(isNumber('2018')).toBe(true);
    expect(isNumber('2018a')).toBe(false);
    // An abbreviation meets the full name as the text writes it ("Oct." and "October" are one word).
    expect(wordKey('Oct')).toBe(wordKey('October'));
    expect(wordKey('Sept')).toBe(wordKey('sep'));
    expect(wordKey('sep')).toBe(wordKey('September'));
  });

  it('meets a name spelt with and without an inner apostrophe, and leaves contractions alone', () => {
    expect(wordKey('Shi’ite')).toBe(wordKey('Shiite'));
    expect(wordKey("Shi'ites")).toBe(wordKey('Shiites'));
    expect(wordKey('O’Brien')).toBe(wordKey('OBrien'));
    expect(wordKey("we'll")).not.toBe(wordKey('well'));
    expect(wordKey('they’re')).not.toBe(wordKey('there'));
    expect(wordKey('Iran’s')).toBe(wordKey('Iran'));
  });

  it('meets a capitalised abbreviation in a name or title and its word, not a lower-case word that spells it', () => {
    for (const [short, word] of [['Corp', 'Corporation'], ['Gov', 'Governor'], ['Ltd', 'Limited']]) expect(wordKey(short as string), short).toBe(wordKey(word as string));
    for (const [short, word] of [['co', 'company'], ['CO', 'Company']]) expect(wordKey(short as string), short).not.toBe(wordKey(word as string));
  });

  it('keeps different words apart', () => {
    expect(wordKey('sanctions')).not.toBe(wordKey('stations'));
    expect(wordKey('alliance')).toBe(wordKey('alliances'));
  });

  // Found by a first user: a search for "Andes" marked every "and".
  it('never stems a word into a function word it is not, in either case; a function word’s plural still meets it', () => {
    expect(wordKey('Andes')).not.toBe(wordKey('and'));
    expect(wordKey('Andes')).toBe(wordKey('andes'));
    expect(wordKey('ones')).not.toBe(wordKey('on'));
    expect(wordKey('Others')).toBe(wordKey('other'));
    expect(wordKey('And')).toBe(wordKey('and'));
    expect(wordKey('having')).toBe(wordKey('have'));
  });

  it('keys words that name properties of every object as words, never as a month or a function', () => {
    for (const word of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'Constructor']) {
      const key = wordKey(word);
      expect(typeof key, word).toBe('string');
      expect(key.startsWith(word.toLowerCase().slice(0, 4)), word).toBe(true);
    }
  });
});

describe('accents', () => {
  it('leaves the accents of Latin letters out of a key, in names and in capitals', () => {
    expect(wordKey('Hernán')).toBe(wordKey('Hernan'));
    expect(wordKey('Tomás')).toBe(wordKey('Tomas'));
    expect(wordKey('HERNÁN')).toBe('HERNAN');
    expect(withoutAccents('Zürich café')).toBe('Zurich cafe');
  });

  it('keeps the marks of other scripts, which spell other words', () => {
    expect(withoutAccents('हिंदी')).toBe('हिंदी');
    expect(wordKey('किताब')).not.toBe(wordKey('कतब'));
  });
});
