// Notes at the end of an article: a run of numbered notes ("1" on a line of its own and the note under it, or "[1]
// The survey sampled …") closing the body, as blogs and newsletter platforms print footnotes. They are the writer's
// apparatus, not paragraphs of the article, so they are kept apart as boilerplate.
import { countWords } from '../text/words.ts';

/** A note's number standing alone: "1", "[1]", "(1)", "¹". Never "1." or "1)", which number a list's items. */
const BARE = /^(?:(\d{1,2})|\[(\d{1,2})\]|\((\d{1,2})\)|([¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]?))$/u;
/** A note that opens with its number in brackets or superscript: "[2] The survey sampled …", "² Figures from …". */
const INLINE = /^(?:\[(\d{1,2})\]|([¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]?))\s+\S/u;
/** Longest note, in words: a note explains a figure or a source, it is not a section of the article. */
const MAX_NOTE_WORDS = 120;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The number of a note marker's capture groups, superscript digits read as digits. */
function markerNumber(groups: (string | undefined)[]): number {
  const value = groups.find((g) => g !== undefined) ?? '';
  return Number([...value].map((c) => (SUPERSCRIPT.includes(c) ? String(SUPERSCRIPT.indexOf(c)) : c)).join(''));
}

/** The number of a line that is only a note marker ("1", "[1]", "¹"), or null. */
export function bareNoteNumber(line: string): number | null {
  const m = BARE.exec(line.trim());
  return m ? markerNumber(m.slice(1)) : null;
}

/** The number of a note that opens with its marker ("[1] …", "¹ …"), or null. */
function inlineNoteNumber(line: string): number | null {
  const m = INLINE.exec(line.trim());
  return m ? markerNumber(m.slice(1)) : null;
}

/** A reference to note 1 glued to the text it annotates: "documents.1", "budget[1]", "documents¹". */
const REFERENCE_ONE = /[\p{Ll}.,;:!?”’"')\]](?:1|\[1\]|¹)(?=\s|$)/u;

/**
 * Where a trailing run of numbered notes starts, or -1: notes numbered 1, 2, 3 … in order up to the last paragraph,
 * each a marker line with its note under it or a note opening with its bracketed marker, when the body refers to
 * note 1 ("documents.1", "budget[1]"): a stray "1" (a page number) over a last paragraph, or a numbered list closing
 * the article, is no note.
 */
export function trailingNotes(paragraphs: readonly string[]): number {
  const numbers: number[] = [];
  let i = paragraphs.length - 1;
  while (i >= 0) {
    const text = (paragraphs[i] as string).trim();
    if (!text || bareNoteNumber(text) !== null || countWords(text) > MAX_NOTE_WORDS) break;
    const inline = inlineNoteNumber(text);
    const above = i > 0 ? bareNoteNumber(paragraphs[i - 1] as string) : null;
    if (inline !== null) {
      numbers.unshift(inline);
      i -= 1;
    } else if (above !== null) {
      numbers.unshift(above);
      i -= 2;
    } else break;
  }
  const start = i + 1;
  if (numbers.length === 0 || !numbers.every((n, k) => n === k + 1)) return -1;
  // Without a reference in the body the run may be the article's own closing list, set out with its numbers alone
  // on their lines (a listicle copied from a page): it stays the article's.
  if (!paragraphs.slice(0, start).some((p) => REFERENCE_ONE.test(p))) return -1;
  return start;
}

/** A label over the sources a piece lists at its end: "Sources", "References:", "Further reading", "Sources used". */
const SOURCES_LABEL = /^(?:sources?(?: used| consulted)?|references?|bibliography|further reading|citations?|works cited|(?:journal|paper|study|publication) references?|the (?:paper|study))\s*:?$/i;
/** Longest source listed, in words: a citation, not a paragraph. */
const MAX_SOURCE_WORDS = 35;
/** Longest citation of a paper, in words: authors, year, title, journal, volume and DOI. */
const MAX_PAPER_WORDS = 70;
/** What marks a line as a paper's citation, whatever its full stops: a DOI, or a year in brackets after the authors. */
const PAPER_CITATION = /\bdoi:\s*10\.|\bdoi\.org\/10\.|^[^.]{2,200}\(\d{4}\)\./i;

/**
 * Where a list of sources closing the article starts (its label), or -1: a label line in the second half of the
 * text (SOURCES_LABEL) and under it only citations of a line each (at most MAX_SOURCE_WORDS words, one sentence at
 * most) or lines other rules set aside (`marked`), to the end. A fact-check lists what it consulted this way; it is
 * apparatus, as notes are.
 */
export function sourcesListStart(texts: readonly string[], marked: (index: number) => boolean = () => false): number {
  const half = Math.floor(texts.length / 2);
  const label = texts.findLastIndex((t, i) => i >= half && SOURCES_LABEL.test(t.trim()));
  if (label < 0 || label === texts.length - 1) return -1;
  const items = texts.slice(label + 1).map((t, k) => ({ t, k: label + 1 + k }));
  const citation = (t: string) =>
    (countWords(t) <= MAX_SOURCE_WORDS && (t.match(/[.!?]["”’)]?(?:\s|$)/g) ?? []).length <= 1) || (countWords(t) <= MAX_PAPER_WORDS && PAPER_CITATION.test(t));
  return items.some(({ k }) => !marked(k)) && items.every(({ t, k }) => marked(k) || citation(t)) ? label : -1;
}
