// Shard planning and routing: key ranges cut at changes of the first letters, and every key routed to its range.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareKeys, planShards, SHARED_PREFIX, shardOf, shardsForPrefix } from '../../../src/lib/search/shards.ts';

const sized = (keys: string[], bytes = 10) => keys.map((key) => ({ key, bytes }));

describe('planShards', () => {
  it('cuts runs of about the target size', () => {
    const keys = Array.from({ length: 26 }, (_, i) => `${String.fromCharCode(97 + i)}xx`);
    const boundaries = planShards(sized(keys), 30);
    expect(boundaries.length).toBeGreaterThanOrEqual(7);
    expect(boundaries).toEqual([...boundaries].sort(compareKeys));
  });

  it(`keeps keys sharing their first ${SHARED_PREFIX} letters in one shard, so typos after them stay together`, () => {
    const keys = ['pomp', 'pompa', 'pompeo', 'pompey', 'pompo', 'pompou', 'zeta'];
    const boundaries = planShards(sized(keys), 10, 1000);
    const shards = keys.slice(0, 6).map((k) => shardOf(boundaries, k));
    expect(new Set(shards).size).toBe(1);
    expect(shardOf(boundaries, 'zeta')).not.toBe(shards[0]);
  });

  it('splits one start only past the hard limit', () => {
    const keys = Array.from({ length: 20 }, (_, i) => `abc${String(i).padStart(2, '0')}`);
    expect(planShards(sized(keys), 10, 1000)).toEqual([]);
    expect(planShards(sized(keys), 10, 50).length).toBeGreaterThan(2);
  });
});

describe('shard routing', () => {
  const boundaries = ['d', 'h', 'mo', 'mz'];
  it('routes a key to the range holding it', () => {
    expect(['#12', '@us', 'a', 'cz', 'd', 'dog', 'h', 'mn', 'mo', 'mz', 'zz'].map((k) => shardOf(boundaries, k))).toEqual([0, 0, 0, 0, 1, 1, 2, 2, 3, 4, 4]);
  });

  it('lists every shard a word start may fall in', () => {
    expect(shardsForPrefix(boundaries, 'm')).toEqual([2, 3, 4]);
    expect(shardsForPrefix(boundaries, 'mo')).toEqual([3]);
    expect(shardsForPrefix(boundaries, 'b')).toEqual([0]);
  });

  it('routes every planned key to exactly the shard the plan put it in', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 200 }), fc.integer({ min: 5, max: 200 }), (keys, target) => {
      const boundaries = planShards(sized(keys, 7), target);
      const sorted = [...keys].sort(compareKeys);
      const shards = sorted.map((k) => shardOf(boundaries, k));
      expect(shards).toEqual([...shards].sort((a, b) => a - b));
      for (const [i, b] of boundaries.entries()) expect(shardOf(boundaries, b)).toBe(i + 1);
    }));
  });
});
