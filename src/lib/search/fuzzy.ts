// Typo tolerance: Fuse.js matches a query word against the words and keys of the shard it routes to.
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Shard } from './data.ts';
import { acronymOf } from '../text/word-key.ts';

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

/** A key close to the one typed, with Fuse's score (0 exact, 1 unrelated) and its edits from the word typed. */
export interface FuzzyKey {
  key: string;
  score: number;
  edits: number;
}

/**
 * A word whose nearest words in its own shard are this many edits away or more is also looked for where a slip in
 * its first letters would have sent it (rescue.ts): "reivsed" is two edits from "raised" beside it, one swap from
 * "revised" in the next shard.
 */
export const FAR_EDITS = 2;

/** A word Fuse may match, the key it stands for, and its letters sorted (for `letterDistance`). */
interface Candidate {
  text: string;
  key: string;
  letters: string[];
}

/**
 * A word fewer edits than this from the one typed (one or two slips, what a reader makes) is looked for first among
 * candidates sharing nearly all its letters; only when none is found does Fuse see every word of about its length.
 */
export const NEAR_EDITS = 2;

/** A word's letters, lower-cased and sorted: two words' letter counts differ by at most two per edit between them. */
export function sortedLetters(word: string): string[] {
  return [...word.toLowerCase()].sort();
}

/** How many letters two sorted letter lists do not share (insertions plus deletions), stopping once past `limit`. */
export function letterDistance(a: readonly string[], b: readonly string[], limit = Infinity): number {
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < a.length && j < b.length && d <= limit) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
    } else if ((a[i] as string) < (b[j] as string)) {
      i += 1;
      d += 1;
    } else {
      j += 1;
      d += 1;
    }
  }
  return d + (a.length - i) + (b.length - j);
}

/** A shard's words of one length, and the Fuse engine over all of them (built when first needed). */
interface LengthGroup {
  candidates: Candidate[];
  engine: Fuse<Candidate> | null;
}

/** A shard's words as written (see `Shard.forms`) grouped by length, once per shard: a word is only compared with words of about its length. */
const byShard = new WeakMap<object, Map<number, LengthGroup>>();

function groupsByLength(shard: Pick<Shard, 'keys' | 'forms'>): Map<number, LengthGroup> {
  let byLength = byShard.get(shard);
  if (!byLength) {
    const groups = new Map<number, LengthGroup>();
    const add = (text: string, key: string) => {
      let group = groups.get(text.length);
      if (!group) groups.set(text.length, (group = { candidates: [], engine: null }));
      group.candidates.push({ text, key, letters: sortedLetters(text) });
    };
    // A key with written forms is compared through them only: it is itself among them when a text writes it so.
    shard.keys.forEach((key, i) => {
      const forms = (shard.forms[i] ?? '').split(' ').filter((form) => form);
      for (const text of forms.length > 0 ? forms : [key]) add(text, key);
    });
    byShard.set(shard, (byLength = groups));
  }
  return byLength;
}

/** Fuse over the candidates of one length that share nearly all the pattern's letters, or over all of them. */
function engineFor(group: LengthGroup, letters: readonly string[], near: boolean): Fuse<Candidate> | null {
  const options = { ...FUSE_OPTIONS, keys: ['text'] };
  if (!near) return (group.engine ??= new Fuse(group.candidates, options));
  const close = group.candidates.filter((c) => letterDistance(letters, c.letters, 2 * NEAR_EDITS) <= 2 * NEAR_EDITS);
  return close.length > 0 ? new Fuse(close, options) : null;
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

/** How near a key came: edits from the word typed, Fuse's score, and whether it is the typed letters, two swapped. */
interface Near {
  score: number;
  edits: number;
  swap: boolean;
}

/**
 * The best Fuse match per key (fewest edits, then best score) among candidates, for each pattern typed. Fuse scores
 * two neighbouring letters swapped as two slips, so in a short word ("Egpyt") it misses the commonest typo of all:
 * a word of the same letters one swap away is taken as one slip.
 */
function fuseMatches(byLength: ReadonlyMap<number, LengthGroup>, patterns: readonly string[], key: string, near: boolean): Map<string, Near> {
  const best = new Map<string, Near>();
  const consider = (k: string, found: Near) => {
    const known = best.get(k);
    if (!known || found.edits < known.edits || (found.edits === known.edits && (found.score < known.score || (found.swap && !known.swap)))) best.set(k, found);
  };
  for (const pattern of patterns) {
    const slack = Math.max(1, Math.floor(pattern.length / 4));
    const letters = sortedLetters(pattern);
    // A swap is one edit, within NEAR_EDITS: the pass over all words runs only when the near one found none.
    if (near) {
      for (const c of byLength.get(pattern.length)?.candidates ?? []) {
        if (c.key !== key && letterDistance(letters, c.letters, 0) === 0 && editDistance(pattern, c.text) === 1) consider(c.key, { score: 1 / pattern.length, edits: 1, swap: true });
      }
    }
    for (let length = pattern.length - slack; length <= pattern.length + slack; length += 1) {
      const group = byLength.get(length);
      const engine = group ? engineFor(group, letters, near) : null;
      for (const r of engine?.search(pattern) ?? []) {
        if (r.item.key === key) continue;
        // Fuse scores a word found inside a longer one as if exact; words of other lengths are at least that many
        // edits apart, so the length difference is a floor on the score.
        const score = Math.max(r.score ?? 1, Math.abs(length - pattern.length) / pattern.length);
        const edits = editDistance(pattern, r.item.text);
        consider(r.item.key, { score, edits, swap: edits === 1 && letterDistance(letters, r.item.letters, 0) === 0 });
      }
    }
  }
  return best;
}

/** Longest acronym read as one for typos; a longer word in capitals is one typed with caps lock ("POMPOE"). */
const ACRONYM_MAX_LETTERS = 5;

/** True for a short acronym typed ("IAEA", "GCC"), whose letters are not a slip of another word's. */
function typedAsAcronym(typed: string): boolean {
  return (acronymOf(typed)?.length ?? Infinity) <= ACRONYM_MAX_LETTERS;
}

/** True for a key the word rules give an acronym (its capitals, "MESA") or a name they know ("@nato"). */
function capitalsKey(key: string): boolean {
  return key.startsWith('@') || acronymOf(key) !== null;
}

/**
 * Keys of a shard close to a typed word, best first. Fuse compares the word as typed (lower-cased, never its stem)
 * with the words of the shard as written (a key no text writes otherwise stands for itself; a stem such as `oper`
 * never does), only among words whose length is within a quarter of it and whose letters could be that close. Of
 * what Fuse proposes, only the words fewest edits away are kept (Fuse scores
 * a swap of two letters like two slips, so "allaince" would otherwise find "balance" beside "alliance"), then those
 * within 0.1 of the best score. Words up to NEAR_EDITS away are looked for first: when one is found, no word further
 * away could be kept, so the rest need not be scored. A short word typed in capitals only stands for a word keyed
 * in capitals or a known name.
 */
export function fuzzyKeys(shard: Pick<Shard, 'keys' | 'forms'>, typed: string, key: string): FuzzyKey[] {
  // An acronym typed with a slip is another acronym or a known name, never a common word: "IAEA" is not "idea".
  const allowed = typedAsAcronym(typed) ? capitalsKey : () => true;
  const byLength = groupsByLength(shard);
  const patterns = [typed.toLowerCase()].filter((p) => p.length >= FUZZY_MIN_LENGTH);
  const fewestOf = (found: Map<string, { edits: number }>) => Math.min(...[...found.values()].map((b) => b.edits));
  const matches = (near: boolean) => new Map([...fuseMatches(byLength, patterns, key, near)].filter(([k]) => allowed(k)));
  let best = matches(true);
  if (!(fewestOf(best) <= NEAR_EDITS)) best = matches(false);
  const fewest = fewestOf(best);
  // Of words one slip away, those with the very letters typed (two swapped) are what was meant: "Sauid" is "Saudi",
  // not "said", which drops a letter typed.
  const swapped = [...best.values()].some((b) => b.edits === fewest && b.swap);
  const found = [...best]
    .filter(([, b]) => b.edits === fewest && (!swapped || b.swap))
    .map(([k, b]) => ({ key: k, score: b.score, edits: b.edits }))
    .sort((a, b) => a.score - b.score || (a.key < b.key ? -1 : 1));
  const top = found[0]?.score ?? 0;
  return found.filter((f) => f.score <= top + 0.1).slice(0, FUZZY_MAX_KEYS);
}
