// Records of a fetched article keyed by the word rules, once per document and paragraph: phrase checks and snippets
// both need them, and keying is the costly step of describing a result. A long record (an op-ed printed as one
// paragraph of 6,000 characters) is keyed a stretch at a time, only as far as its snippet needs.
import type { KeyedWord } from '../text/keys.ts';
import type { KeyText } from './aliases.ts';
import { recordText, type SearchDocument } from './data.ts';

/** A record is keyed in stretches of at least this many characters, each ending where a sentence does. */
export const STRETCH_CHARS = 1000;

/**
 * Where a long record may be cut: the spaces after a sentence's end (a lower-case word or a figure, its stop, maybe a
 * closing quote) and before a capital. No name, figure, dotted abbreviation or compound the word rules join spans
 * such a cut ("U.S. officials" is not cut: an initial is no lower-case word), so the stretches key as the whole does.
 */
const SENTENCE_CUT = /(?<=[\p{Ll}\p{N}]{2}[.!?]["'”’)]?)\s+(?=["'“‘(]?\p{Lu})/gu;

/** The stretches a record is keyed in, as [start, end) ranges covering it: one for a short record. */
export function recordStretches(text: string, size = STRETCH_CHARS): [number, number][] {
  const stretches: [number, number][] = [];
  let start = 0;
  if (text.length > size * 1.5) {
    for (const cut of text.matchAll(SENTENCE_CUT)) {
      if (cut.index - start < size || text.length - cut.index < size / 2) continue;
      stretches.push([start, cut.index]);
      start = cut.index + cut[0].length;
    }
  }
  stretches.push([start, text.length]);
  return stretches;
}

/** A keyed word moved `by` characters on, with its parts. */
function shifted(word: KeyedWord, by: number): KeyedWord {
  const moved: KeyedWord = { ...word, start: word.start + by, end: word.end + by };
  if (word.parts) moved.parts = word.parts.map((p) => shifted(p, by));
  return moved;
}

/** One record and its stretches, each keyed the first time it is asked for. */
export interface KeyedStretches {
  text: string;
  /** The stretches as [start, end) ranges of `text`. */
  ranges: readonly [number, number][];
  /** The keyed words of stretch `i`, placed in the whole record's text. */
  words(i: number): KeyedWord[];
  /** The keyed words of every stretch: the record's words, as keying it whole gives them. */
  all(): KeyedWord[];
}

const keyed = new WeakMap<SearchDocument, Map<number, KeyedStretches>>();

/** A record of a document in stretches, each keyed once per document and paragraph, when first asked for. */
export function keyedStretches(doc: SearchDocument, paragraph: number, keyText: KeyText, size = STRETCH_CHARS): KeyedStretches {
  let cache = keyed.get(doc);
  if (!cache) keyed.set(doc, (cache = new Map()));
  let record = cache.get(paragraph);
  if (!record) {
    const text = recordText(doc, paragraph);
    const ranges = recordStretches(text, size);
    const done: KeyedWord[][] = [];
    let all: KeyedWord[] | undefined;
    const words = (i: number): KeyedWord[] => {
      const [start, end] = ranges[i] as [number, number];
      return (done[i] ??= start === 0 && end === text.length ? keyText(text) : keyText(text.slice(start, end)).map((w) => shifted(w, start)));
    };
    cache.set(paragraph, (record = { text, ranges, words, all: () => (all ??= ranges.length === 1 ? words(0) : ranges.flatMap((_, i) => words(i))) }));
  }
  return record;
}

/** The text of one record of a document and all its keyed words, computed once per document and paragraph. */
export function keyedRecord(doc: SearchDocument, paragraph: number, keyText: KeyText): { text: string; words: KeyedWord[] } {
  const record = keyedStretches(doc, paragraph, keyText);
  return { text: record.text, words: record.all() };
}
