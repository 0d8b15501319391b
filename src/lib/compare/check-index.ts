// The check index: what a check of any text (in the browser or on the command line) fetches to find the corpus
// articles that share text with it, built once per build in time linear in the corpus. Each article's signature
// keys (signatures.ts) are inverted into postings and split into shards by key, so a check downloads only the shards
// of its own keys; a number-to-id table in chunks, and the corpus counts of common terms so a check can weigh words
// as the build does.
import type { Article } from '../schema/article.ts';
import { buildEntityTable, type EntityNames } from '../text/entities.ts';
import { postingCap } from './candidates.ts';
import { featureKeys, isSampled, keyHash, shardOf } from './signatures.ts';
import { CHECK_COMMON_TERM_SHARE, CHECK_IDS_PER_CHUNK, CHECK_SHARD_POSTINGS, SIGNATURE_SAMPLE } from './thresholds.ts';

/** What a check reads first: the index's size and layout, and the common terms' corpus counts. */
export interface CheckManifest {
  version: 1;
  /** Articles in the corpus; postings number them in corpus order. */
  articles: number;
  /** Signature keys are the features whose hash is a multiple of this. */
  sample: number;
  shards: number;
  ids_per_chunk: number;
  /** Document frequency of every term in at least CHECK_COMMON_TERM_SHARE of the articles. */
  common_terms: Record<string, number>;
  /** The corpus's entity names (its term table's), so a check keys words as the build did. */
  entities: EntityNames[];
}

/** One shard: ascending key hashes, stored as differences from the previous one, and each key's article numbers. */
export interface CheckShard {
  keys: number[];
  docs: number[][];
}

/** The whole index as the build writes it. */
export interface CheckIndex {
  manifest: CheckManifest;
  shards: CheckShard[];
  /** Article ids by number, in chunks of `ids_per_chunk`. */
  idChunks: string[][];
}

/**
 * Builds the check index of a corpus (articles in corpus order). Keys found in more articles than the build's
 * candidate generation would follow (postingCap) are left out: they cannot tell copies apart.
 */
export function buildCheckIndex(articles: readonly Pick<Article, 'id' | 'sentences'>[], entityNames: readonly EntityNames[] = []): CheckIndex {
  const n = articles.length;
  const entities = entityNames.length > 0 ? buildEntityTable(entityNames) : undefined;
  const postings = new Map<number, number[]>();
  const termDf = new Map<string, number>();
  articles.forEach((article, doc) => {
    for (const key of featureKeys(article.sentences.flat(), entities)) {
      if (!key.includes(' ')) termDf.set(key, (termDf.get(key) ?? 0) + 1);
      const h = keyHash(key);
      if (!isSampled(h, SIGNATURE_SAMPLE)) continue;
      const list = postings.get(h);
      if (!list) postings.set(h, [doc]);
      else list.push(doc);
    }
  });
  const cap = postingCap(n);
  const kept = [...postings].filter(([, docs]) => docs.length <= cap).sort((a, b) => a[0] - b[0]);
  const total = kept.reduce((s, [, docs]) => s + docs.length, 0);
  const shardCount = Math.max(1, Math.ceil(total / CHECK_SHARD_POSTINGS));
  const shards: CheckShard[] = Array.from({ length: shardCount }, () => ({ keys: [], docs: [] }));
  const previous = new Array<number>(shardCount).fill(0);
  for (const [h, docs] of kept) {
    const s = shardOf(h, shardCount);
    const shard = shards[s] as CheckShard;
    shard.keys.push(h - (previous[s] as number));
    shard.docs.push(docs);
    previous[s] = h;
  }
  const minCommon = Math.max(2, Math.ceil(n * CHECK_COMMON_TERM_SHARE));
  const common = [...termDf].filter(([, df]) => df >= minCommon).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const idChunks: string[][] = [];
  for (let i = 0; i < n; i += CHECK_IDS_PER_CHUNK) idChunks.push(articles.slice(i, i + CHECK_IDS_PER_CHUNK).map((a) => a.id));
  return {
    manifest: { version: 1, articles: n, sample: SIGNATURE_SAMPLE, shards: shardCount, ids_per_chunk: CHECK_IDS_PER_CHUNK, common_terms: Object.fromEntries(common), entities: [...entityNames] },
    shards,
    idChunks,
  };
}

/** A shard's postings by key hash (undoing the difference coding). */
export function shardPostings(shard: CheckShard): Map<number, number[]> {
  const out = new Map<number, number[]>();
  let h = 0;
  shard.keys.forEach((delta, i) => {
    h += delta;
    out.set(h, shard.docs[i] ?? []);
  });
  return out;
}
