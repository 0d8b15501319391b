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
});
