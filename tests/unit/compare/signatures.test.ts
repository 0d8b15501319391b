// Signature keys: a stable hash, the features they are taken from, a fixed sampling rate, bounded checks, shards.
import { describe, expect, it } from 'vitest';
import { featureKeys, isSampled, keyHash, shardOf, signatureHashes } from '../../../src/lib/compare/signatures.ts';
import { SIGNATURE_SAMPLE } from '../../../src/lib/compare/thresholds.ts';

const story = [
  'Egypt has pulled out of the Middle East Strategic Alliance, four sources said on Wednesday.',
  'Cairo told Washington and other participants before a meeting in Riyadh on Sunday.',
  'The alliance, dubbed an Arab NATO, was meant to counter Iran.',
];

describe('keyHash', () => {
  it('is a fixed unsigned 32-bit function of the key (the browser and Node must agree)', () => {
    expect(keyHash('egypt')).toBe(keyHash('egypt'));
    expect(keyHash('egypt')).not.toBe(keyHash('egypt allianc'));
    for (const key of ['', 'a', 'egypt', 'é’', 'x'.repeat(500)]) {
      const h = keyHash(key);
      expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
    }
    // Pinned values: a change to the hash silently breaks every built index, so it must be deliberate.
    expect([keyHash(''), keyHash('egypt'), keyHash('#12')]).toEqual([2872998923, 1072407983, 4031060966]);
  });

  it('spreads keys over the sampling and shard bits', () => {
    const hashes = Array.from({ length: 4000 }, (_, i) => keyHash(`term${i}`));
    const sampled = hashes.filter((h) => isSampled(h)).length / hashes.length;
    expect(sampled).toBeGreaterThan(1 / SIGNATURE_SAMPLE - 0.03);
    expect(sampled).toBeLessThan(1 / SIGNATURE_SAMPLE + 0.03);
    const shards = new Set(hashes.filter((h) => isSampled(h)).map((h) => shardOf(h, 8)));
    expect(shards.size).toBe(8);
  });
});

describe('featureKeys', () => {
  it('has each content term and each adjacent pair of terms, not stopwords', () => {
    const keys = featureKeys(['Egypt quits the alliance.']);
    expect([...keys].filter((k) => !k.includes(' ')).length).toBeGreaterThanOrEqual(3);
    expect([...keys].some((k) => k.includes(' '))).toBe(true);
    expect(keys.has('the')).toBe(false);
  });

  it('does not pair terms across sentences', () => {
    const joined = featureKeys(['Egypt quits.', 'Alliance falters.']);
    const one = featureKeys(['Egypt quits alliance falters.']);
    expect(one.size).toBeGreaterThan(joined.size);
  });
});

describe('signatureHashes', () => {
  it('is ascending, unique and sampled', () => {
    const hashes = signatureHashes(story, { sample: 2 });
    expect(hashes.length).toBeGreaterThan(0);
    expect([...hashes].sort((a, b) => a - b)).toEqual(hashes);
    expect(new Set(hashes).size).toBe(hashes.length);
    expect(hashes.every((h) => h % 2 === 0)).toBe(true);
  });

  it('keeps the same keys for the same text wherever it is computed, and most of them in a light rewrite', () => {
    const rewrite = [story[0] as string, 'Cairo informed Washington and other participants ahead of a meeting in Riyadh on Sunday.', story[2] as string];
    const a = new Set(signatureHashes(story, { sample: 1 }));
    const b = signatureHashes(rewrite, { sample: 1 });
    expect(signatureHashes(story, { sample: 1 })).toEqual([...a]);
    expect(b.filter((h) => a.has(h)).length / b.length).toBeGreaterThan(0.6);
  });

  it('keeps at most `max` keys, the smallest', () => {
    const all = signatureHashes(story, { sample: 1 });
    expect(signatureHashes(story, { sample: 1, max: 5 })).toEqual(all.slice(0, 5));
  });
});

describe('shardOf', () => {
  it('maps the hash range onto the shards in order', () => {
    expect(shardOf(0, 10)).toBe(0);
    expect(shardOf(2 ** 32 - 1, 10)).toBe(9);
    expect(shardOf(2 ** 31, 2)).toBe(1);
    expect(shardOf(12345, 1)).toBe(0);
  });
});
