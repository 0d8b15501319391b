// The one rule for when two spellings are the same word, shared by the comparison engine and search: case, accents,
// possessives, British and American spelling, demonyms and their country, abbreviated months, acronyms, and stems.
import { stemmer } from 'stemmer';
import { DEMONYMS, isFunctionWord, MONTH_ABBREVIATIONS, NAME_ABBREVIATIONS } from './lexicon.ts';

/** Maps British spellings to American ones before stemming, so "defence" and "defense" meet. */
export function americanise(word: string): string {
  return word
    .replace(/ence(s?)$/, 'ense$1')
    .replace(/(?<=[a-z]{2})is(e|ed|es|ing|ation|ations)$/, 'iz$1')
    // Two letters or more before "our" (colour, labours), so "four" never becomes "for", nor "hour" "hor".
    .replace(/(?<=[a-z]{2})our(s?)$/, 'or$1')
    .replace(/ourable$/, 'orable')
    .replace(/programme(s?)$/, 'program$1')
    .replace(/tre(s?)$/, 'ter$1');
}

/** A word without its possessive ending ("Iran’s" → "Iran", "Reuters’" → "Reuters"). */
export function withoutPossessive(word: string): string {
  return word.replace(/[’']s$/u, '');
}

/** True for a figure: digits, with thousands separators or decimals as `textKeys` joins them ("84,300", "4.5"). */
export function isNumber(word: string): boolean {
  return /^(?:\p{N}{1,3}(?:,\p{N}{3})+|\p{N}+)(?:\.\p{N}+)?$/u.test(word);
}

/**
 * The short form an acronym-like word stands for, or null: two or more capitals with digits allowed ("UAE", "E3",
 * "G7"), a plural "s" dropped ("SMEs" → "SME"). Acronyms keep their capitals as their key, so "US" never meets the
 * pronoun "us", nor "WHO" the word "who".
 */
export function acronymOf(word: string): string | null {
  const m = /^(\p{Lu}[\p{Lu}\p{N}]+)(?:s)?$/u.exec(word);
  if (!m || (m[1] as string).length > 10 || !/\p{Lu}.*\p{Lu}|\p{Lu}\p{N}/u.test(m[1] as string)) return null;
  return m[1] as string;
}

/**
 * The key of one word (as `words()` returns it): numbers as `#<value>`, acronyms in capitals, month abbreviations
 * as the full month, other words lower-cased, americanised and stemmed; a capitalised demonym meets its country
 * ("Iranian" → iran, "Israeli" → israel, "Qatari" → qatar), as rewrites swap one for the other.
 */
export function wordKey(raw: string): string {
  let key = cache.get(raw);
  if (key === undefined) {
    key = computeKey(raw);
    // Words repeat across a corpus, so keys are remembered; the cache is emptied when large, bounding memory.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(raw, key);
  }
  return key;
}

const CACHE_LIMIT = 100_000;
const cache = new Map<string, string>();

/**
 * An apostrophe inside a name is a spelling, not a break: "Shi’ite" and "Shiite", "O’Brien" and "OBrien" meet. Only
 * before three letters or more, so contractions ("we'll", "don't", "they've") never become other words ("well").
 */
const INNER_APOSTROPHE = /['’](?=\p{L}{3})/gu;

/**
 * Accents on Latin letters, as combining marks once decomposed: outlets write "Hernán" and "Hernan", "Tomás" and
 * "TOMAS", so a key leaves them out. Marks of other scripts (Devanagari vowel signs) spell other words and stay.
 */
const LATIN_ACCENTS = /[\u0300-\u036f]/g;

/** A word without the accents on its Latin letters ("Hernán" → "Hernan"). */
export function withoutAccents(word: string): string {
  return /[^\p{ASCII}]/u.test(word) ? word.normalize('NFD').replace(LATIN_ACCENTS, '').normalize('NFC') : word;
}

/**
 * The stem of a word (`whole`, lower case, or the form of it to stem), unless stemming turns it into a function word
 * it is not a plural of: "Andes" stems to "and", and a search for the mountains must not mark every "and". Then the
 * whole word is its key, whatever its case ("others" still meets "other", "wills" "will").
 */
function stemOf(word: string, whole = word): string {
  const stem = stemmer(word);
  return isFunctionWord(stem) && !isFunctionWord(whole) && whole !== `${stem}s` ? whole : stem;
}

function computeKey(raw: string): string {
  const word = withoutAccents(withoutPossessive(raw).replace(INNER_APOSTROPHE, ''));
  if (isNumber(word)) return `#${Number(word.replace(/,/g, ''))}`;
  const acronym = acronymOf(word);
  if (acronym) return acronym;
  const lower = word.toLowerCase();
  // Own keys only: a word such as "constructor" must not read Object.prototype.
  // An abbreviated month keys as its full name does ("Oct" and "October" meet), stemmed like any word.
  if (Object.hasOwn(MONTH_ABBREVIATIONS, lower)) return computeKey(MONTH_ABBREVIATIONS[lower] as string);
  if (!/^\p{Lu}/u.test(word)) return stemOf(americanise(lower));
  // "Corp" keys as "Corporation" does: rewrites spell out or shorten the words of names and titles.
  if (Object.hasOwn(NAME_ABBREVIATIONS, lower)) return computeKey(`${word[0]}${(NAME_ABBREVIATIONS[lower] as string).slice(1)}`);
  const singular = lower.replace(/(?<=[a-z]{3}[^s])s$/, '');
  const country = (Object.hasOwn(DEMONYMS, singular) ? DEMONYMS[singular] : undefined) ?? singular.replace(/ians?$/, '').replace(/(?<=[lqt])i$/, '');
  return stemOf(americanise(country), americanise(lower));
}
