// The records a part of the query matches, with a quality each, and the shard lookups that fill them: postings are
// decoded once per shard and key, since a reader typing a word looks the same keys up keystroke after keystroke.
import type { Shard, ShardTerm } from './data.ts';
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

const termDecoded = new WeakMap<ShardTerm, number[]>();

/** The records mentioning a shard's term, decoded once per term. */
export function termRecords(term: ShardTerm): number[] {
  let list = termDecoded.get(term);
  if (!list) termDecoded.set(term, (list = decodePostings(term.postings)));
  return list;
}

const asSets = new WeakMap<readonly number[], ReadonlySet<number>>();

/** A list of records as a set, built once per list (the lists themselves are kept per shard and key, above). */
export function recordSet(records: readonly number[]): ReadonlySet<number> {
  let set = asSets.get(records);
  if (!set) asSets.set(records, (set = new Set(records)));
  return set;
}

/** Adds records with a quality, keeping the best quality per record. */
export function addRecords(into: Map<number, number>, records: readonly number[], quality: number): void {
  for (const r of records) {
    const q = into.get(r);
    if (q === undefined || quality < q) into.set(r, quality);
  }
}
