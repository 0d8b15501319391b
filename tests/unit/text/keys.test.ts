import { describe, expect, it } from 'vitest';
import { textKeys } from '../../../src/lib/text/keys.ts';
import { wordSpans } from '../../../src/lib/text/words.ts';

describe('textKeys', () => {
  it('keys every word and keeps its place in the text', () => {
    const text = 'Iran’s defence, said the Iranians.';
    const keyed = textKeys(text);
    expect(keyed.map((k) => text.slice(k.start, k.end))).toEqual(['Iran’s', 'defence', 'said', 'the', 'Iranians']);
    expect(keyed[0]?.key).toBe(keyed[4]?.key);
    expect(keyed[1]?.key).toBe(textKeys('defense')[0]?.key);
  });

  it('returns nothing for text without words', () => {
    expect(textKeys(' — … !')).toEqual([]);
    expect(wordSpans('')).toEqual([]);
  });

  it('reads a figure with thousands separators or decimals as one word, keyed by its value', () => {
    const text = 'About 84,300 people, 4.5 percent, in 2018, 2019';
    const keyed = textKeys(text);
    expect(keyed.map((k) => k.word)).toEqual(['About', '84,300', 'people', '4.5', 'percent', 'in', '2018', '2019']);
    expect(keyed[1]?.key).toBe(textKeys('84300')[0]?.key);
    expect(keyed[3]?.key).not.toBe(textKeys('45')[0]?.key);
  });

  it('leaves version-like runs and decimal commas split', () => {
    expect(textKeys('version 3.14.15').map((k) => k.word)).toEqual(['version', '3', '14', '15']);
    expect(textKeys('4,5 and 1,2345').map((k) => k.word)).toEqual(['4', '5', 'and', '1', '2345']);
  });

  it('reads lower-case dotted abbreviations as one word, never as single letters', () => {
    const keyed = textKeys('at 6 a.m. on Monday, e.g. here');
    expect(keyed.map((k) => k.word)).toEqual(['at', '6', 'a.m.', 'on', 'Monday', 'e.g.', 'here']);
    expect(keyed[2]?.key).not.toBe(textKeys('am')[0]?.key);
    expect(keyed[2]?.key).toBe(textKeys('a.m.')[0]?.key);
  });

  it('keys a dotted initialism as its letters', () => {
    expect(textKeys('U.S. troops')[0]?.key).toBe(textKeys('US troops')[0]?.key);
  });

  it('reads a percent sign after a figure and "per cent" as the word percent, so every way of writing it meets', () => {
    const keys = (t: string) => textKeys(t).map((k) => k.key);
    expect(keys('up 4% on')).toEqual(keys('up 4 percent on'));
    expect(keys('up 4 per cent on')).toEqual(keys('up 4 percent on'));
    expect(textKeys('up 4% on').map((k) => k.word)).toEqual(['up', '4', '%', 'on']);
    expect(textKeys('a % sign').map((k) => k.word)).toEqual(['a', 'sign']);
  });

  it('reads a scale run on to a figure as the figure and the scale written out ("€1.4bn" meets "1.4 billion")', () => {
    const keys = (t: string) => textKeys(t).map((k) => k.key);
    expect(keys('a €1.4bn plant')).toEqual(keys('a 1.4 billion plant'));
    expect(textKeys('a €1.4bn plant').map((k) => k.word)).toEqual(['a', '1.4', 'bn', 'plant']);
    expect(keys('US$2.5tn')).toEqual(keys('US 2.5 trillion'));
    expect(keys('20mn people')).toEqual(keys('20 million people'));
    expect(keys('10,000bn')).toEqual(keys('10,000 billion'));
    // A bare "m" is a million only after a currency sign: "a 600m race" is metres, and stays one word.
    expect(keys('a $600M deal')).toEqual(keys('a $600 million deal'));
    expect(keys('£5m.')).toEqual(keys('£5 million.'));
    expect(textKeys('a 600m race').map((k) => k.word)).toEqual(['a', '600m', 'race']);
    // Letters that only begin like a scale are no scale.
    expect(textKeys('the 4mnths').map((k) => k.word)).toEqual(['the', '4mnths']);
    for (const [word, value] of [['bn', 'billion'], ['mn', 'million'], ['tn', 'trillion']] as const) {
      expect(textKeys(`7${word}`).map((k) => k.word), word).toEqual(['7', word]);
      expect(textKeys(`7${word}`)[1]?.key, word).toBe(textKeys(value)[0]?.key);
    }
  });

  it('keys a clock time\'s "a.m." however it is written, after a figure only', () => {
    const keys = (t: string) => textKeys(t).map((k) => k.key);
    for (const t of ['at 6am on', 'at 6 am on', 'at 6 AM on', 'at 6 A.M. on']) expect(keys(t), t).toEqual(keys('at 6 a.m. on'));
    expect(textKeys('at 6am').map((k) => k.word)).toEqual(['at', '6', 'am']);
    expect(keys('11PM')).toEqual(keys('11 p.m.'));
    expect(keys('I am here')[1]).not.toBe(keys('6 a.m.')[1]);
  });
});
