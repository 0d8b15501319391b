// A term's names as runs of word keys, found in keyed text: "Arab NATO" matches wherever the keys "arab nato" follow
// each other, so spelling variants the word rules fold ("air defense", "air defence") meet without a list.
import type { KeyedWord } from '../text/keys.ts';
import { isAcronym } from '../terms/mentions.ts';

/** Turns a text into keyed words: `textKeys`, or the same seam with a corpus's entity table. */
export type KeyText = (text: string) => KeyedWord[];

/**
 * A keyed word and, for a name the entity rules joined from several words ("United States", keyed as one), those
 * words too: search indexes and marks both, so "States" still finds "United States".
 */
export function withParts(word: KeyedWord): readonly KeyedWord[] {
  const parts = (word as KeyedWord & { parts?: readonly KeyedWord[] }).parts;
  return parts && parts.length > 0 ? [word, ...parts] : [word];
}

/** One alias as a run of keys; an acronym ("MESA") must also be written in capitals, so "Mesa" is not MESA. */
export interface AliasPattern {
  alias: string;
  keys: string[];
  capitals: boolean;
}

/** A run of words matching an alias: character range in the text, word range in the keyed words, the pattern. */
export interface AliasRun {
  start: number;
  end: number;
  first: number;
  last: number;
  pattern: AliasPattern;
}

/** The pattern of one alias, keyed by the same rules as the text it is looked for in. */
export function aliasPattern(alias: string, keyText: KeyText): AliasPattern {
  return { alias, keys: keyText(alias).map((w) => w.key), capitals: isAcronym(alias) };
}

/** Patterns grouped by their first key, longest first, so finding them costs one lookup per word of text. */
export function patternsByFirstKey(patterns: readonly AliasPattern[]): Map<string, AliasPattern[]> {
  const byKey = new Map<string, AliasPattern[]>();
  for (const p of patterns) {
    const first = p.keys[0];
    if (first === undefined) continue;
    byKey.set(first, [...(byKey.get(first) ?? []), p].sort((a, b) => b.keys.length - a.keys.length));
  }
  return byKey;
}

/** True when the words from `at` on carry the pattern's keys (and capitals, when it asks for them). */
export function matchesAt(words: readonly KeyedWord[], at: number, pattern: AliasPattern): boolean {
  return pattern.keys.every((key, i) => {
    const w = words[at + i];
    return w !== undefined && w.key === key && (!pattern.capitals || w.word === w.word.toUpperCase());
  });
}

/** Every run of words matching one of the patterns, in text order; at each word the longest alias starting there wins. */
export function findAliasRuns(words: readonly KeyedWord[], byFirstKey: ReadonlyMap<string, readonly AliasPattern[]>): AliasRun[] {
  const runs: AliasRun[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const candidates = byFirstKey.get((words[i] as KeyedWord).key);
    const pattern = candidates?.find((p) => matchesAt(words, i, p));
    if (!pattern) continue;
    const last = i + pattern.keys.length - 1;
    runs.push({ start: (words[i] as KeyedWord).start, end: (words[last] as KeyedWord).end, first: i, last, pattern });
    i = last;
  }
  return runs;
}
