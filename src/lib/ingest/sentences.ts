import { segmentLine } from './segment/scanner.ts';
import { tailOf } from './segment/tokens.ts';

/** Whitespace runs as single spaces; text that has none to collapse is not copied (paragraphs can be megabytes). */
const collapse = (text: string) => (/[^\S ]| {2}/u.test(text) ? text.replace(/\s+/g, ' ') : text).trim();

/** True when a (collapsed) line ends with sentence-final punctuation, perhaps inside closing quotes or brackets. */
const endsSentence = (line: string) => tailOf(line.slice(line.lastIndexOf(' ') + 1)).terminal !== '';

/**
 * Splits a paragraph into sentences with wirediff's rule-based segmenter (src/lib/ingest/segment/): abbreviations,
 * initials, numbers, quotations with their attribution, lists. Lines that all lack a sentence end (a list of
 * headlines or items) are one sentence each; otherwise line breaks are spaces. Joining the result with single
 * spaces gives the whitespace-normalised paragraph back.
 */
export function splitSentences(paragraph: string): string[] {
  if (/[\n\r]/u.test(paragraph)) {
    const lines = paragraph.split(/\r\n?|\n/).map(collapse).filter(Boolean);
    if (lines.length > 1 && !lines.some(endsSentence)) return lines.flatMap(segmentLine);
  }
  return segmentLine(collapse(paragraph));
}
