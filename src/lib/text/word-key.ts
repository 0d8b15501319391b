// The one rule for when two spellings are the same word, shared by the comparison engine and search: case,
// possessives, British and American spelling, demonyms and their country, abbreviated months, and stems.
import { stemmer } from 'stemmer';
import { MONTH_ABBREVIATIONS } from './lexicon.ts';

/** Maps British spellings to American ones before stemming, so "defence" and "defense" meet. */
export function americanise(word: string): string {
  return word
    .replace(/ence$/, 'ense')
    .replace(/(?<=[a-z]{2})is(e|ed|es|ing|ation|ations)$/, 'iz$1')
    .replace(/our$/, 'or')
    .replace(/ourable$/, 'orable')
    .replace(/programme$/, 'program')
    .replace(/tre$/, 'ter');
}

/** A word without its possessive ending ("Iran’s" → "Iran"). */
export function withoutPossessive(word: string): string {
  return word.replace(/[’']s$/u, '');
}

/** True for a word made only of digits. */
export function isNumber(word: string): boolean {
  return /^\p{N}+$/u.test(word);
}

/**
 * The key of one word (as `words()` returns it): numbers as `#<value>`, month abbreviations as the full month,
 * other words lower-cased, americanised and stemmed; a capitalised demonym meets its country ("Iranian" → iran,
 * "Israeli" → israel), as rewrites swap one for the other.
 */
export function wordKey(raw: string): string {
  const word = withoutPossessive(raw);
  if (isNumber(word)) return `#${Number(word)}`;
  const lower = word.toLowerCase();
  // Own keys only: a word such as "constructor" must not read Object.prototype.
  if (Object.hasOwn(MONTH_ABBREVIATIONS, lower)) return MONTH_ABBREVIATIONS[lower] as string;
  const base = /^\p{Lu}/u.test(word) ? lower.replace(/ians?$/, '').replace(/(?<=[lqt])is?$/, '') : lower;
  return stemmer(americanise(base));
}
