// A term's names as runs of word keys, found in keyed text: "Arab NATO" matches wherever the keys "arab nato" follow
// each other, so spelling variants the word rules fold ("air defense", "air defence") meet without a list.
import { writtenWords, type KeyedWord } from '../text/keys.ts';
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
  /**
   * For a quoted phrase: its words' keys as written (`writtenWords`), which `findPhraseRuns` matches: those words
   * only, not another name the entity rules join to them ("US" for "United States", "Saudi" for "Saudi Arabia").
   */
  written?: string[];
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

/** A keyed word as its words are written: a joined name's own words ("Saudi Arabia" → Saudi, Arabia), else itself. */
function asWritten(word: KeyedWord): readonly KeyedWord[] {
  if (word.parts && word.parts.length > 0) return word.parts;
  if (!word.entity) return [word];
  return writtenWords(word.word).map((w) => ({ ...w, start: w.start + word.start, end: w.end + word.start }));
}

/** Every run of the words as written matching a quoted phrase's written words (`AliasPattern.written`), in text order. */
export function findPhraseRuns(words: readonly KeyedWord[], phrase: AliasPattern): AliasRun[] {
  const keys = phrase.written ?? [];
  if (keys.length === 0) return [];
  const written = words.flatMap((word, at) => asWritten(word).map((w) => ({ w, at })));
  const runs: AliasRun[] = [];
  for (let i = 0; i + keys.length <= written.length; i += 1) {
    if (!keys.every((key, j) => written[i + j]?.w.key === key)) continue;
    const [first, last] = [written[i], written[i + keys.length - 1]] as [(typeof written)[number], (typeof written)[number]];
    runs.push({ start: first.w.start, end: last.w.end, first: first.at, last: last.at, pattern: phrase });
    i += keys.length - 1;
  }
  return runs;
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
