// Direct quotations in a sentence: someone's words in quotation marks, told apart from quoted labels and nicknames
// ("the so-called “Arab NATO”", the role of “mediator”), which a rewrite may drop without dropping anyone's words.
import { REPORTING_VERBS } from '../text/lexicon.ts';
import { words } from '../text/words.ts';

/** A quoted stretch of a text: with its marks (`text`), without them (`inner`), and where it is. */
export interface Quoted {
  text: string;
  inner: string;
  start: number;
  end: number;
}

// Double quotation marks, curly or straight; an unclosed one runs to the end of the text (a quotation spanning
// sentences). Single curly marks are left out: headlines use them for labels (‘Arab NATO’).
const QUOTE = /“([^”]*)(?:”|$)|"([^"]*)(?:"|$)/gu;
/** Words that introduce a label rather than someone's words ("so-called", "dubbed", "known as"). */
const LABELLING = /(?:so-called|called|dubbed|labell?ed|termed|branded|named|known\s+as|nicknamed)\s+(?:an?\s+|the\s+)?$/iu;
const SPEECH = new RegExp(`\\b(?:${[...REPORTING_VERBS, 'saying', 'described', 'quoted', 'calling', 'says', 'warned', 'insisted', 'added'].join('|')})\\b`, 'iu');

/** Every quoted stretch of a text, in order. */
export function quotedSpans(text: string): Quoted[] {
  return [...text.matchAll(QUOTE)].map((m) => ({ text: m[0], inner: (m[1] ?? m[2] ?? '').trim(), start: m.index, end: m.index + m[0].length }));
}

/**
 * True when a quoted stretch is someone's words: not a label introduced as one ("so-called", "dubbed"), not a
 * capitalised name of a few words (“Arab NATO”), and not a single word unless the sentence reports speech
 * (“operative” after "said" is a quotation; the role of “mediator” is not).
 */
export function isQuotation(q: Quoted, sentence: string): boolean {
  const w = words(q.inner);
  if (w.length === 0) return false;
  if (LABELLING.test(sentence.slice(0, q.start))) return false;
  if (w.length <= 4 && w.every((x) => /^[\p{Lu}\p{N}]/u.test(x))) return false;
  if (w.length === 1) return SPEECH.test(sentence);
  return true;
}

/** The quotations (not labels) of a text. */
export function quotations(text: string): Quoted[] {
  return quotedSpans(text).filter((q) => isQuotation(q, text));
}

/** True when a text leaves a quotation open (its last quotation mark opens one): it goes on in the next sentence. */
export function opensQuotation(text: string): boolean {
  const curly = text.lastIndexOf('“') > text.lastIndexOf('”');
  const straight = (text.match(/"/g) ?? []).length % 2 === 1;
  return curly || straight;
}
