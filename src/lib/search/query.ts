// Search query parsing: quoted phrases apart from the free words, each keyed by the shared word rules.
import type { KeyedWord } from '../text/keys.ts';
import { textKeys } from '../text/keys.ts';
import { wordKey } from '../text/word-key.ts';
import { isFunctionWord, NUMBER_SCALES } from '../text/lexicon.ts';
import type { KeyText } from './aliases.ts';
import { hyphenCompounds } from './compounds.ts';

/** A word of the query with the keys it may match: its own, and in lower case also its acronym's ("mesa" → MESA). */
export interface QueryWord extends KeyedWord {
  keys: string[];
}

/** An exact phrase (typed in double quotes) and its keyed words. */
export interface QueryPhrase {
  text: string;
  words: KeyedWord[];
}

/** A compound of the free words written with hyphens ("counter-terrorism"): its word range and its closed form's key. */
export interface QueryCompound {
  first: number;
  last: number;
  /** The compound as one word, keyed as its closed form, with the words it joins as `parts`. */
  word: QueryWord;
}

/** A search query: exact phrases, the free words in order, and whether the last word may still be being typed. */
export interface ParsedQuery {
  phrases: QueryPhrase[];
  /** The free text, quotes removed and spaces collapsed; word ranges point into it. */
  text: string;
  words: QueryWord[];
  /** Hyphenated compounds among the free words, which also match their closed form (see compounds.ts). */
  compounds: QueryCompound[];
  /**
   * True when the query ends in a word rather than a space or quote: that word also matches as a word start. A last
   * word of one or two letters spelling a function word ("Saudi A") is left out of `words` meanwhile (pendingWord).
   */
  open: boolean;
}

/**
 * The keys a typed word may match. Readers type names in lower case, and the word rules key an acronym by its
 * capitals ("MESA", not the word "mesa"), so a short lower-case word also matches its capitalised form's key.
 */
export function queryKeys(word: KeyedWord, keyText: KeyText): string[] {
  const keys = [word.key];
  if (/^[\p{Ll}\p{N}]{2,10}$/u.test(word.word)) {
    const upper = keyText(word.word.toUpperCase());
    if (upper.length === 1 && !keys.includes((upper[0] as KeyedWord).key)) keys.push((upper[0] as KeyedWord).key);
  }
  return keys;
}

/**
 * Keys that say what a figure before them counts: percent (which `textKeys` gives "%" after a figure, "per cent" and
 * "percent" alike) and the scales ("billion", which "bn" run on to a figure is keyed as too).
 */
const FIGURE_UNITS: ReadonlySet<string> = new Set([wordKey('percent'), ...Object.keys(NUMBER_SCALES).filter((w) => w.length > 2).map(wordKey)]);

/**
 * Figures with their percent sign or scale ("4.5%", "4.5 per cent", "1.4bn", "1.4 billion"), found from the keyed
 * words: each is searched as a phrase, since "4.5%" asks for that figure as a percentage, not for an article that
 * says "4.5" in one place and "percent" in another.
 */
function figureUnits(text: string, keyText: KeyText): { start: number; end: number }[] {
  const words = keyText(text);
  const spans: { start: number; end: number }[] = [];
  words.forEach((word, i) => {
    const figure = words[i - 1];
    if (FIGURE_UNITS.has(word.key) && figure?.key.startsWith('#') && /^\s?$/u.test(text.slice(figure.end, word.start))) spans.push({ start: figure.start, end: word.end });
  });
  return spans;
}

/**
 * Splits a query into quoted phrases and keyed free words; straight and curly quotes both work, and a figure with
 * its percent sign or scale is a phrase of its own.
 */
export function parseQuery(raw: string, keyText: KeyText = textKeys): ParsedQuery {
  const phrases: QueryPhrase[] = [];
  const unquoted = raw
    .replace(/["“”]([^"“”]+)["“”]/g, (_, phrase: string) => {
      const clean = phrase.trim().replace(/\s+/g, ' ');
      if (clean) phrases.push({ text: clean, words: keyText(clean) });
      return ' ';
    })
    .replace(/["“”]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const figures = figureUnits(unquoted, keyText);
  for (const { start, end } of figures) phrases.push({ text: unquoted.slice(start, end), words: keyText(unquoted.slice(start, end)) });
  const text = figures
    .reduceRight((rest, { start, end }) => `${rest.slice(0, start)} ${rest.slice(end)}`, unquoted)
    .replace(/\s+/g, ' ')
    .trim();
  const words = keyText(text).map((w) => ({ ...w, keys: queryKeys(w, keyText) }));
  const compounds = hyphenCompounds(text, words, keyText).map((c) => ({ first: c.first, last: c.last, word: { word: c.word, start: c.start, end: c.end, key: c.key, keys: [c.key], parts: c.parts } }));
  const last = words.at(-1);
  const open = last !== undefined && /[\p{L}\p{N}]$/u.test(raw) && last.end === text.length;
  // The first letter or two of the next word ("Saudi A", "talks i") spell a function word that every article holds:
  // it waits until it is typed out, rather than match (and mark) every "a" in the corpus.
  if (open && pendingWord(last, words.length + phrases.length) && !compounds.some((c) => c.last === words.length - 1)) {
    return { phrases, text, words: words.slice(0, -1), compounds, open: false };
  }
  return { phrases, text, words, compounds, open };
}

/** Longest start of a word still being typed that is left out of the query when it spells a function word. */
export const PENDING_MAX_LETTERS = 2;


/**
 * True for a query's last word, still being typed, that is left out until it is longer: at most PENDING_MAX_LETTERS
 * letters spelling a function word, after another word or phrase, and not an acronym typed in capitals ("US").
 */
function pendingWord(word: QueryWord, parts: number): boolean {
  return parts > 1 && word.word.length <= PENDING_MAX_LETTERS && isFunctionWord(word.word.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(word.word);
}
