// Records of a fetched article keyed by the word rules, once per document and paragraph: phrase checks and snippets
// both need them, and keying is the costly step of describing a result.
import type { KeyedWord } from '../text/keys.ts';
import type { KeyText } from './aliases.ts';
import { recordText, type SearchDocument } from './data.ts';

const keyed = new WeakMap<SearchDocument, Map<number, KeyedWord[]>>();

/** The text of one record of a document and its keyed words, computed once per document and paragraph. */
export function keyedRecord(doc: SearchDocument, paragraph: number, keyText: KeyText): { text: string; words: KeyedWord[] } {
  const text = recordText(doc, paragraph);
  let cache = keyed.get(doc);
  if (!cache) keyed.set(doc, (cache = new Map()));
  let words = cache.get(paragraph);
  if (!words) cache.set(paragraph, (words = keyText(text)));
  return { text, words };
}
