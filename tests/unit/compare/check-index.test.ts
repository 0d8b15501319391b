// The check index: postings of sampled keys, split into shards that round-trip, with common keys left out, the
// number-to-id table in chunks, and the common terms' counts; its size grows with the corpus, not its square.
import { describe, expect, it } from 'vitest';
import { buildCheckIndex, shardPostings } from '../../../src/lib/compare/check-index.ts';
import { postingCap } from '../../../src/lib/compare/candidates.ts';
import { featureKeys, isSampled, keyHash, shardOf } from '../../../src/lib/compare/signatures.ts';
import { CHECK_IDS_PER_CHUNK, CHECK_SHARD_POSTINGS } from '../../../src/lib/compare/thresholds.ts';

/** A corpus of `n` articles: each tells its own story (its own names and numbers) in words shared by all. */
function corpus(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    id: `a${String(i).padStart(5, '0')}`,
    sentences: [[`Minister Name${i} visited Town${i} on day ${i + 1} to discuss a regional security plan.`, `Officials said the plan number ${i * 7 + 3} was backed by Country${i % 97}.`]],
  }));
}

describe('buildCheckIndex', () => {
  const articles = corpus(300);
  const index = buildCheckIndex(articles);
  const all = new Map<number, number[]>();
  index.shards.forEach((shard, s) => {
    for (const [h, docs] of shardPostings(shard)) {
      expect(shardOf(h, index.manifest.shards), 'key in its own shard').toBe(s);
      all.set(h, docs);
    }
  });

  it('holds exactly the sampled keys of each article that are rare enough, each with its articles', () => {
    const expected = new Map<number, number[]>();
    articles.forEach((a, doc) => {
      for (const key of featureKeys(a.sentences.flat())) {
        const h = keyHash(key);
        if (isSampled(h, index.manifest.sample)) expected.set(h, [...new Set([...(expected.get(h) ?? []), doc])]);
      }
    });
    const cap = postingCap(articles.length);
    const rare = new Map([...expected].filter(([, docs]) => docs.length <= cap));
    expect(all.size).toBeGreaterThan(300);
    expect(new Map([...all].sort((x, y) => x[0] - y[0]))).toEqual(new Map([...rare].sort((x, y) => x[0] - y[0])));
  });

  it('leaves out keys in more articles than the build would follow', () => {
    const cap = postingCap(articles.length);
    expect([...all.values()].every((docs) => docs.length <= cap)).toBe(true);
    // "regional security plan" is in every article: none of its keys survive.
    const common = [...featureKeys(['regional security plan'])].map(keyHash);
    expect(common.some((h) => all.has(h))).toBe(false);
  });

  it('splits postings into shards of bounded size and ids into chunks', () => {
    const postings = [...all.values()].reduce((n, d) => n + d.length, 0);
    expect(index.manifest.shards).toBe(Math.max(1, Math.ceil(postings / CHECK_SHARD_POSTINGS)));
    expect(index.idChunks.flat()).toEqual(articles.map((a) => a.id));
    expect(index.idChunks.every((c) => c.length <= CHECK_IDS_PER_CHUNK)).toBe(true);
    expect(index.manifest).toMatchObject({ version: 1, articles: 300, ids_per_chunk: CHECK_IDS_PER_CHUNK });
  });

  it('carries the counts of terms common in the corpus', () => {
    const terms = index.manifest.common_terms;
    expect(Object.values(terms).every((df) => df >= 3)).toBe(true);
    expect(Math.max(...Object.values(terms))).toBe(300);
    expect(Object.keys(terms).some((k) => k.includes(' '))).toBe(false);
  });

  it('grows linearly with the corpus', () => {
    const size = (n: number) => JSON.stringify(buildCheckIndex(corpus(n)).shards).length;
    const ratio = size(1200) / size(300);
    expect(ratio).toBeGreaterThan(3);
    expect(ratio).toBeLessThan(5);
  });
});
