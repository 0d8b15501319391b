// The one word tokenizer: what counts as a word everywhere (word counts, comparison terms, diff grades, ingest rules).

/**
 * A word: a run of letters or digits, with apostrophe-joined parts kept on it ("Iran’s", "don't"), the way a reader
 * counts words. Hyphens, dashes and other punctuation separate words.
 */
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;

/** The words of a text, in order. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The words of a text folded for comparing two texts' wording: lower case, curly apostrophes made straight. */
export function foldedWords(text: string): string[] {
  return words(text.normalize('NFC')).map((w) => w.toLowerCase().replace(/’/g, "'"));
}

/** How many words a text has. */
export function countWords(text: string): number {
  return words(text).length;
}

/** A word of a text with its place: `text.slice(start, end) === word`. */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/** The words of a text with their character ranges, in order (for highlighting what matched). */
export function wordSpans(text: string): WordSpan[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}
