// Text to keyed words: the one seam where the comparison engine and search turn prose into comparable keys. Entity
// rules (a name and its other spellings meeting on one key) belong here, so both sides get them at once.
import { wordSpans, type WordSpan } from './words.ts';
import { wordKey } from './word-key.ts';

/** A word of a text, its comparison key and its character range in the text. */
export interface KeyedWord extends WordSpan {
  key: string;
}

/** The words of a text with their keys (see `wordKey`) and ranges, in text order. */
export function textKeys(text: string): KeyedWord[] {
  return wordSpans(text).map((span) => ({ ...span, key: wordKey(span.word) }));
}
