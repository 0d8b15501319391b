// What to mark in a paragraph: whole words whose key a query word matched (a hyphenated compound by its closed form),
// and whole runs for aliases and phrases, never a fragment of a word.
import { textKeys, type KeyedWord } from '../text/keys.ts';
import { findAliasRuns, findPhraseRuns, withParts, type AliasPattern, type AliasRun, type KeyText } from './aliases.ts';
import { normalCaseKey } from './capitals.ts';
import { hyphenCompounds } from './compounds.ts';

/** How one part of a query shows in text: single words by key, or whole runs (a term's aliases, a quoted phrase). */
export interface Matcher {
  /** Keys a word may carry to match; true for a key that is only close to what was typed (a typo forgiven). */
  keys?: ReadonlyMap<string, boolean>;
  /** A term's alias patterns, grouped by first key (see `patternsByFirstKey`). */
  runs?: ReadonlyMap<string, readonly AliasPattern[]>;
  /** A quoted phrase, matched on its words as written (see `findPhraseRuns`). */
  phrase?: AliasPattern;
}

/** One marked stretch of a text, with the query part it answers. */
export interface Mark {
  start: number;
  end: number;
  /** Index of the query part (matcher) it answers. */
  unit: number;
  /** The text marked, as written. */
  text: string;
  /** True when the word only resembles what was typed. */
  approximate: boolean;
  /** The alias this run matched, for a term or phrase. */
  alias: string | null;
}

/** The key a word matches under: its own, or for a word in capitals its key written normally (as search indexes it). */
function matchedKey(keys: ReadonlyMap<string, boolean>, word: KeyedWord, keyText: KeyText): string | null {
  if (keys.has(word.key)) return word.key;
  const normal = normalCaseKey(word, keyText);
  return normal !== null && keys.has(normal) ? normal : null;
}

/** Every mark for the matchers in a keyed text, in text order. */
export function findMarks(text: string, words: readonly KeyedWord[], matchers: readonly Matcher[], keyText: KeyText = textKeys): Mark[] {
  const marks: Mark[] = [];
  matchers.forEach((matcher, unit) => {
    const runs: AliasRun[] = [...(matcher.runs ? findAliasRuns(words, matcher.runs) : []), ...(matcher.phrase ? findPhraseRuns(words, matcher.phrase) : [])];
    for (const run of runs) marks.push({ start: run.start, end: run.end, unit, text: text.slice(run.start, run.end), approximate: false, alias: run.pattern.alias });
    if (matcher.keys) {
      for (const word of words) {
        // A name joined from several words is marked whole when its key matched, else the word of it that did.
        const keys = matcher.keys;
        const w = withParts(word).find((part) => matchedKey(keys, part, keyText) !== null);
        if (w) marks.push({ start: w.start, end: w.end, unit, text: w.word, approximate: keys.get(matchedKey(keys, w, keyText) as string) as boolean, alias: null });
      }
      // A hyphenated compound is marked whole where its closed form's key matched (the index holds it under both).
      for (const c of hyphenCompounds(text, words, keyText)) {
        if (matcher.keys.has(c.key)) marks.push({ start: c.start, end: c.end, unit, text: c.word, approximate: matcher.keys.get(c.key) as boolean, alias: null });
      }
    }
  });
  return marks.sort((a, b) => a.start - b.start || b.end - a.end);
}
