// Typo tolerance: Fuse.js matches a query word's key against the keys of the shard it routes to.
import Fuse, { type IFuseOptions } from 'fuse.js';

/**
 * Fuse settings for one word against the keys of a shard, measured on the seeds and the 1,000-article synthetic
 * corpus (scripts/bench-search.ts): 0.3 finds one slip in four or five letters ("Pompoe" → Pompeo, "Khasoggi" →
 * Khashoggi) and not two; location is ignored because a key is one word.
 */
export const FUSE_OPTIONS: IFuseOptions<string> = { includeScore: true, threshold: 0.3, ignoreLocation: true };

/** Keys shorter than this are not matched fuzzily: one slip in three letters makes another word. */
export const FUZZY_MIN_LENGTH = 4;

/** At most this many approximate keys stand in for one word, best first. */
export const FUZZY_MAX_KEYS = 3;

/** A key close to the one typed, with Fuse's score (0 exact, 1 unrelated). */
export interface FuzzyKey {
  key: string;
  score: number;
}

/** One Fuse engine per key length, per shard: a word is only compared with keys of about its length. */
const engines = new WeakMap<readonly string[], Map<number, Fuse<string>>>();

function enginesByLength(keys: readonly string[]): Map<number, Fuse<string>> {
  let byLength = engines.get(keys);
  if (!byLength) {
    const groups = new Map<number, string[]>();
    for (const k of keys) groups.set(k.length, [...(groups.get(k.length) ?? []), k]);
    byLength = new Map([...groups].map(([length, list]) => [length, new Fuse(list, FUSE_OPTIONS)]));
    engines.set(keys, byLength);
  }
  return byLength;
}

/**
 * Keys of a shard close to `key`, best first: Fuse's matches among keys whose length is within a quarter of the
 * typed key's (Fuse scores a word inside a longer one, "pompo" in "pompous", as close as a slip, so longer keys are
 * not asked), and within 0.1 of the best score.
 */
export function fuzzyKeys(keys: readonly string[], key: string): FuzzyKey[] {
  if (key.length < FUZZY_MIN_LENGTH) return [];
  const byLength = enginesByLength(keys);
  const slack = Math.max(1, Math.floor(key.length / 4));
  const found: FuzzyKey[] = [];
  for (let length = key.length - slack; length <= key.length + slack; length += 1) {
    for (const r of byLength.get(length)?.search(key) ?? []) if (r.item !== key) found.push({ key: r.item, score: r.score ?? 1 });
  }
  found.sort((a, b) => a.score - b.score || (a.key < b.key ? -1 : 1));
  const best = found[0]?.score ?? 0;
  return found.filter((f) => f.score <= best + 0.1).slice(0, FUZZY_MAX_KEYS);
}
