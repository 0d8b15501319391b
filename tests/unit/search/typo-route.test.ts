// Typo signatures: two words one slip apart in their first two letters share one.
import { describe, expect, it } from 'vitest';
import { keysUnder, swapVariants, TYPO_MIN_LENGTH, typoSignatures } from '../../../src/lib/search/typo-route.ts';

const share = (a: string, b: string) => typoSignatures(a).some((s) => typoSignatures(b).includes(s));

describe('swapVariants', () => {
  it('swaps each pair of neighbouring letters after the first, so a swap anywhere finds the word under itself', () => {
    expect(swapVariants('atfer')).toEqual(['after', 'atefr', 'atfre']);
    expect(swapVariants('wedensday')).toContain('wednesday');
    // Equal neighbours make no variant; a short word none at all.
    expect(swapVariants('allies')).toEqual(['aliles', 'alleis', 'allise']);
    expect(swapVariants('abc'.slice(0, TYPO_MIN_LENGTH - 1))).toEqual([]);
  });
});

describe('typoSignatures', () => {
  it('is the word, and the word without its first or second letter', () => {
    expect(typoSignatures('similar')).toEqual(['similar', 'imilar', 'smilar']);
    expect(typoSignatures('abc'.slice(0, TYPO_MIN_LENGTH - 1))).toEqual([]);
  });

  it('meets across a slip in the first two letters: changed, dropped, added, swapped', () => {
    const pairs: [string, string][] = [['timilar', 'similar'], ['imilar', 'similar'], ['dplomat', 'diplomat'], ['xsimilar', 'similar'], ['sximilar', 'similar'], ['ismilar', 'similar'], ['urade', 'trade']];
    for (const [typo, word] of pairs) expect(share(typo, word), `${typo} ~ ${word}`).toBe(true);
  });

  it('does not meet words two slips apart', () => {
    expect(share('xyimilar', 'similar')).toBe(false);
    expect(share('trade', 'grace')).toBe(false);
  });
});

describe('keysUnder', () => {
  const shard = { signatures: ['imilar', 'rade', 'smilar'], keys: ['similar', 'grade trade', 'similar'] };
  it('lists the keys under a signature, or none', () => {
    expect(keysUnder(shard, 'rade')).toEqual(['grade', 'trade']);
    expect(keysUnder(shard, 'nothing')).toEqual([]);
  });
});
