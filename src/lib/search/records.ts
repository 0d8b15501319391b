// The records a part of the query matches, with a quality each, and the shard lookups that fill them: postings are
// decoded once per shard and key, since a reader typing a word looks the same keys up keystroke after keystroke.
import type { Shard } from './data.ts';
import { decodePostings } from './postings.ts';
import { indexOfKey } from './shards.ts';

/** Qualities of a match, lower is better; approximate matches add Fuse's score. */
export const QUALITY = { exact: 0, wordStart: 0.5, otherAlias: 1, approximate: 2 } as const;

const decoded = new WeakMap<Shard, Map<number, number[]>>();

/** The records holding a key in a shard (none when the shard lacks it), decoded once per shard and key. */
export function recordsOf(shard: Shard, key: string): number[] {
  const at = indexOfKey(shard.keys, key);
  if (at < 0) return [];
  let cache = decoded.get(shard);
  if (!cache) decoded.set(shard, (cache = new Map()));
  let list = cache.get(at);
  if (!list) cache.set(at, (list = decodePostings(shard.postings[at] as number[])));
  return list;
}

/** Adds records with a quality, keeping the best quality per record. */
export function addRecords(into: Map<number, number>, records: readonly number[], quality: number): void {
  for (const r of records) {
    const q = into.get(r);
    if (q === undefined || quality < q) into.set(r, quality);
  }
}
