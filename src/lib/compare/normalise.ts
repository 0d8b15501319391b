// Sentence terms for the comparison engine: stemmed content words, numbers and names, stopwords left out.
import { textKeys } from '../text/keys.ts';
import type { EntityTable } from '../text/entities.ts';
import { acronymOf, isNumber, withoutPossessive } from '../text/word-key.ts';
import { FUNCTION_WORDS, MONTH_ABBREVIATIONS, REPORTING_VERBS } from '../text/lexicon.ts';

/** A term of a sentence: its normalised form and whether it is an identifier (number or name). */
export interface Term {
  key: string;
  identifier: boolean;
  /** A word of a several-word name, counted for the name's weight only (not a content word of its own). */
  part?: boolean;
}

// Function words carry no story: two unrelated sentences share them all; nor do neutral reporting verbs.
const STOPWORDS = new Set([...FUNCTION_WORDS, 'also', 'according', ...REPORTING_VERBS]);

/** True for a function word (or reporting verb) that says nothing about which story a sentence tells. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase()) && acronymOf(word) === null;
}

/**
 * Turns a sentence into the terms that carry its content: stemmed content words, numbers, and names (capitalised
 * words not at the start, and every name the entity rules know). Stopwords and attribution verbs are left out so
 * paraphrases still meet.
 */
export function sentenceTerms(sentence: string, entities?: EntityTable): Term[] {
  const terms: Term[] = [];
  textKeys(sentence, entities).forEach(({ word: raw, key, entity, parts }, index) => {
    if (entity) {
      terms.push({ key, identifier: true });
      // A name of several words also weighs by its words, as it did before it was one entity ("Saudi Arabia"); a
      // figure in a name is still that figure ("the 2015 deal" meets "the deal of 2015").
      for (const p of parts ?? []) if (!isStopword(p.word)) terms.push({ key: isNumber(p.word) ? p.key : `${key}:${p.key}`, identifier: true, part: true });
      return;
    }
    const word = withoutPossessive(raw);
    if (isNumber(word)) {
      terms.push({ key, identifier: true });
      return;
    }
    const lower = word.toLowerCase();
    if (isStopword(word) || lower.length < 2) return;
    const month = Object.hasOwn(MONTH_ABBREVIATIONS, lower);
    const name = (index > 0 && /^\p{Lu}/u.test(word)) || acronymOf(word) !== null;
    terms.push({ key, identifier: name || month });
  });
  return terms;
}

/** Content words of a text (lower-cased, stemmed; names as their entity), for telling new information from rewording. */
export function contentStems(text: string, entities?: EntityTable): Set<string> {
  return new Set(sentenceTerms(text, entities).flatMap((t) => (t.part ? [] : [t.key])));
}
