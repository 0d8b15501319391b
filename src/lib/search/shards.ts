// Splitting the index into shards by key range, and routing a key (or a key's start) to the shards that hold it.

/**
 * Keys sharing their first characters stay in one shard, so a typo after them ("Pompoe" for "Pompeo") still finds
 * its neighbours: fuzzy matching only sees the shard it fetched.
 */
export const SHARED_PREFIX = 3;

/** A key and the bytes it adds to its shard (its postings and the term entries it carries). */
export interface SizedKey {
  key: string;
  bytes: number;
}

/**
 * Cuts sorted keys into runs of about `target` bytes and returns the first key of each run after the first (the
 * boundaries). A boundary falls only where the first `SHARED_PREFIX` characters change, unless keys with the same
 * start alone pass `hardLimit` bytes.
 */
export function planShards(keys: readonly SizedKey[], target: number, hardLimit = target * 4): string[] {
  const sorted = [...keys].sort((a, b) => compareKeys(a.key, b.key));
  const boundaries: string[] = [];
  let size = 0;
  let previous: string | null = null;
  for (const { key, bytes } of sorted) {
    const newStart = previous !== null && key.slice(0, SHARED_PREFIX) !== previous.slice(0, SHARED_PREFIX);
    if (previous !== null && ((size >= target && newStart) || size + bytes > hardLimit)) {
      boundaries.push(key);
      size = 0;
    }
    size += bytes;
    previous = key;
  }
  return boundaries;
}

/** Code-unit order, the same in Node and every browser (never locale order, which differs between them). */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The shard holding a key: shard i holds keys from boundary i-1 (inclusive) to boundary i (exclusive). */
export function shardOf(boundaries: readonly string[], key: string): number {
  let low = 0;
  let high = boundaries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (compareKeys(boundaries[mid] as string, key) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Every shard that may hold a key starting with `prefix`, in order. */
export function shardsForPrefix(boundaries: readonly string[], prefix: string): number[] {
  const first = shardOf(boundaries, prefix);
  const last = shardOf(boundaries, `${prefix}\uffff`);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The place of a key in a sorted list of keys, or -1. */
export function indexOfKey(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const c = compareKeys(sorted[mid] as string, key);
    if (c === 0) return mid;
    if (c < 0) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
