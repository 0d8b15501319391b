// Typo tolerance: Fuse.js matches a query word against the words and keys of the shard it routes to.
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Shard } from './data.ts';

/**
 * Fuse settings for one word against the keys of a shard, measured on the seeds and the 1,000-article synthetic
 * corpus (scripts/bench-search.ts): 0.3 finds one slip in four or five letters ("Pompoe" → Pompeo, "Khasoggi" →
 * Khashoggi) and not two; location is ignored because a key is one word.
 */
export const FUSE_OPTIONS: IFuseOptions<unknown> = { includeScore: true, threshold: 0.3, ignoreLocation: true };

/** Keys shorter than this are not matched fuzzily: one slip in three letters makes another word. */
export const FUZZY_MIN_LENGTH = 4;

/** At most this many approximate keys stand in for one word, best first. */
export const FUZZY_MAX_KEYS = 3;

/** A key close to the one typed, with Fuse's score (0 exact, 1 unrelated). */
export interface FuzzyKey {
  key: string;
  score: number;
}

/** A word Fuse may match and the key it stands for: a key itself, or a word as written that carries it. */
interface Candidate {
  text: string;
  key: string;
}

/** One Fuse engine per word length, per shard: a word is only compared with words of about its length. */
const engines = new WeakMap<object, Map<number, Fuse<Candidate>>>();

function enginesByLength(shard: Pick<Shard, 'keys' | 'forms'>): Map<number, Fuse<Candidate>> {
  let byLength = engines.get(shard);
  if (!byLength) {
    const groups = new Map<number, Candidate[]>();
    const add = (text: string, key: string) => groups.set(text.length, [...(groups.get(text.length) ?? []), { text, key }]);
    shard.keys.forEach((key, i) => {
      add(key, key);
      for (const form of (shard.forms[i] ?? '').split(' ')) if (form) add(form, key);
    });
    byLength = new Map([...groups].map(([length, list]) => [length, new Fuse(list, { ...FUSE_OPTIONS, keys: ['text'] })]));
    engines.set(shard, byLength);
  }
  return byLength;
}

/** Edit distance with adjacent transpositions as one edit (optimal string alignment): "allaince" is 1 from "alliance". */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = d;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * Keys of a shard close to a typed word, best first. Fuse compares the word as typed (lower-cased) with the words
 * of the shard as written, and its key with the keys, only among words whose length is within a quarter of it.
 * Of what Fuse proposes, only the words fewest edits away are kept (Fuse scores a swap of two letters like two
 * slips, so "allaince" would otherwise find "balance" beside "alliance"), then those within 0.1 of the best score.
 */
export function fuzzyKeys(shard: Pick<Shard, 'keys' | 'forms'>, typed: string, key: string): FuzzyKey[] {
  const byLength = enginesByLength(shard);
  const best = new Map<string, { score: number; edits: number }>();
  for (const pattern of new Set([typed.toLowerCase(), key])) {
    if (pattern.length < FUZZY_MIN_LENGTH) continue;
    const slack = Math.max(1, Math.floor(pattern.length / 4));
    for (let length = pattern.length - slack; length <= pattern.length + slack; length += 1) {
      for (const r of byLength.get(length)?.search(pattern) ?? []) {
        if (r.item.key === key) continue;
        // Fuse scores a word found inside a longer one as if exact; words of other lengths are at least that many
        // edits apart, so the length difference is a floor on the score.
        const score = Math.max(r.score ?? 1, Math.abs(length - pattern.length) / pattern.length);
        const edits = editDistance(pattern, r.item.text);
        const known = best.get(r.item.key);
        if (!known || edits < known.edits || (edits === known.edits && score < known.score)) best.set(r.item.key, { score, edits });
      }
    }
  }
  const fewest = Math.min(...[...best.values()].map((b) => b.edits));
  const found = [...best]
    .filter(([, b]) => b.edits === fewest)
    .map(([k, b]) => ({ key: k, score: b.score }))
    .sort((a, b) => a.score - b.score || (a.key < b.key ? -1 : 1));
  const top = found[0]?.score ?? 0;
  return found.filter((f) => f.score <= top + 0.1).slice(0, FUZZY_MAX_KEYS);
}
