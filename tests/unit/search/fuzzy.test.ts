// Typo tolerance: Fuse.js over a shard's keys, words of about the typed length only.
import { describe, expect, it } from 'vitest';
import { fuzzyKeys, FUZZY_MIN_LENGTH } from '../../../src/lib/search/fuzzy.ts';

const keys = ['pomp', 'pompeo', 'pompey', 'pompous', 'khashoggi', 'sanction', 'sanctuari', 'mesa', 'mess', 'messag'];

describe('fuzzyKeys', () => {
  it('finds a key one slip away', () => {
    expect(fuzzyKeys(keys, 'khasoggi').map((f) => f.key)).toEqual(['khashoggi']);
    expect(fuzzyKeys(keys, 'sanctin').map((f) => f.key)).toEqual(['sanction']);
    expect(fuzzyKeys(keys, 'pompo').map((f) => f.key)).toContain('pompeo');
  });

  it('does not take a longer word holding the typed one ("pompo" in "pompous") for a slip', () => {
    expect(fuzzyKeys(keys, 'pompo').map((f) => f.key)).not.toContain('pompous');
  });

  it('returns nothing for two slips, an exact key, or a short word', () => {
    expect(fuzzyKeys(keys, 'khasogi')).toEqual([]);
    expect(fuzzyKeys(keys, 'pompeo').map((f) => f.key)).not.toContain('pompeo');
    expect(fuzzyKeys(keys, 'mes'.slice(0, FUZZY_MIN_LENGTH - 1))).toEqual([]);
  });

  it('scores between 0 and 1, best first, at most three', () => {
    const found = fuzzyKeys([...keys, 'pompa', 'pompi', 'pompu', 'pompy'], 'pompo');
    expect(found.length).toBeLessThanOrEqual(3);
    expect(found.map((f) => f.score)).toEqual([...found.map((f) => f.score)].sort((a, b) => a - b));
    expect(found.every((f) => f.score > 0 && f.score < 1)).toBe(true);
  });
});
