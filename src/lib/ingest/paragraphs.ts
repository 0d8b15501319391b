import { countWords } from '../text/words.ts';

/** Share of lines at least this long above which a file is taken as one-line-per-paragraph (scraped text). */
const LONG_LINE = 100;

/** One paragraph of plain text and the lines it spans (1-based, inclusive). */
export interface ParagraphSpan {
  text: string;
  line: number;
  endLine: number;
  column: number;
}

const blank = (line: string) => /^[ \t]*$/.test(line);

/**
 * Splits normalised text into paragraphs with the lines they come from. Scraped articles put one paragraph per line
 * (blank lines optional); hard-wrapped text (most lines short, blocks separated by blank lines) has its lines joined
 * within each block. Inner runs of spaces are kept for the boilerplate rules; callers collapse them afterwards.
 */
export function paragraphSpans(text: string, firstLine = 1): ParagraphSpan[] {
  const lines = text.split('\n');
  const filled = lines.filter((l) => l.trim());
  const groups: { start: number; end: number }[] = [];
  lines.forEach((line, i) => {
    if (blank(line)) return;
    const last = groups.at(-1);
    if (last && last.end === i - 1) last.end = i;
    else groups.push({ start: i, end: i });
  });
  const hardWrapped =
    text.split(/\n[ \t]*\n/).length > 1 && filled.length >= 6 && filled.filter((l) => l.length >= LONG_LINE).length / filled.length < 0.1 && groups.some((g) => g.end - g.start >= 2);
  const pieces = hardWrapped ? groups : lines.map((_, i) => ({ start: i, end: i }));
  return pieces.flatMap(({ start, end }) => {
    const raw = lines.slice(start, end + 1).join(' ');
    const text = raw.trim();
    if (!text) return [];
    // Runs of spaces are kept here: a double space can separate a trailing bio or licence from the last paragraph.
    return [{ text, line: firstLine + start, endLine: firstLine + end, column: 1 + (lines[start] as string).search(/\S|$/) }];
  });
}

/** True when a line ends like prose (full stop, question, exclamation, or a closing quote after one). */
export function endsLikeSentence(line: string): boolean {
  return /[.!?…]["'”’)\]]*$/.test(line.trim());
}

/** Fewest words a sentence of article text has; a menu item, a label or a copyright line has fewer. */
const MIN_PROSE_WORDS = 8;

/** A line of running text, where a page's head has ended: it ends like a sentence and has enough words. */
export function isProse(line: string): boolean {
  return endsLikeSentence(line) && countWords(line) >= MIN_PROSE_WORDS;
}
