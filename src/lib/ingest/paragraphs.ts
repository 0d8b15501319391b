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
 * within each block, except after a line that ended its paragraph (splitAtShortLines). Inner runs of spaces are kept for the boilerplate rules; callers collapse them afterwards.
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
  const pieces = hardWrapped ? groups.flatMap((g) => splitAtShortLines(lines, g, wrapWidth(lines, groups))) : lines.map((_, i) => ({ start: i, end: i }));
  return pieces.flatMap(({ start, end }) => {
    const raw = lines.slice(start, end + 1).join(' ');
    const text = raw.trim();
    if (!text) return [];
    // Runs of spaces are kept here: a double space can separate a trailing bio or licence from the last paragraph.
    return [{ text, line: firstLine + start, endLine: firstLine + end, column: 1 + (lines[start] as string).search(/\S|$/) }];
  });
}

/** A line that is a byline and nothing else: "By" and two to four capitalised names, perhaps a comma and more. */
const BYLINE_LINE = /^\s*By\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*(?:,.*)?$/u;
/** Share of the wrap width a line not ending a sentence fills, beside the next word, at most, to end its line. */
const SHORT_LINE_SHARE = 0.75;
/** Narrowest wrap width that rule is read at: in a narrow column a quarter of the width is a common word's length. */
const MIN_SHORT_LINE_WIDTH = 60;
/** Room a line must leave below the wrap width, beside the next word, before it counts as a paragraph's end. */
const WRAP_SLACK = 5;
/**
 * Fewest short lines in a row, each leaving that room, that end their lines in a narrow column too: a menu copied an
 * item a line ("Search", "Browse", "Sign In") over an OCR'd clipping. One short line there may be a wrap before a long
 * word; three in a row, each with room for the next line's first word, are no wrapping.
 */
const MIN_SHORT_RUN = 3;

/**
 * The width a hard-wrapped text was filled to: the 90th percentile of the lengths of its lines that a block goes on
 * after (a block's last line is as short as its paragraph's end), so one overlong line does not stretch it.
 */
function wrapWidth(lines: readonly string[], groups: readonly { start: number; end: number }[]): number {
  const lengths = groups.flatMap(({ start, end }) => lines.slice(start, end).map((l) => l.trimEnd().length)).sort((a, b) => a - b);
  return lengths[Math.floor((lengths.length - 1) * 0.9)] ?? 0;
}

/**
 * A block cut after each line that ends a sentence well short of the wrap width, when the next line's first word
 * would have fitted on it: a wrapping editor would have put it there, so a new paragraph began without a blank line
 * (a promotion or sign-off set directly under an article's last paragraph). A line that ends no sentence is cut after
 * when it is shorter still (SHORT_LINE_SHARE): a byline over its time stamp.
 */
function splitAtShortLines(lines: readonly string[], group: { start: number; end: number }, width: number): { start: number; end: number }[] {
  const pieces = [{ start: group.start, end: group.start }];
  // Whether the line before line i, with i's first word, leaves a quarter of the width unused, i opening with a capital.
  const short = (i: number, room: number) => {
    const next = (lines[i] as string).trim();
    return /^["'“‘(\[]?[\p{Lu}\p{N}]/u.test(next) && (lines[i - 1] as string).trimEnd().length + 1 + (next.split(/\s/)[0] ?? '').length <= room;
  };
  const quarter = width * SHORT_LINE_SHARE;
  // Each item of a bulleted list is a line of its own ("* Council signs off …" / "* Ferry terminal …"); a hyphen
  // opening a line is a bullet only in a list that opens with one, elsewhere it may be a dash the wrapping moved.
  const hyphens = /^\s*-\s+\S/.test(lines[group.start] as string);
  const listItem = (i: number) => /^\s*[*•]\s+\S/.test(lines[i] as string) || (hyphens && /^\s*-\s+\S/.test(lines[i] as string));
  // In a narrow column, the short lines that are part of a run of MIN_SHORT_RUN or more.
  const inRun = new Set<number>();
  if (width < MIN_SHORT_LINE_WIDTH) {
    for (let i = group.start + 1; i <= group.end; ) {
      let to = i;
      while (to <= group.end && short(to, quarter)) to += 1;
      if (to - i >= MIN_SHORT_RUN) for (let k = i; k < to; k++) inRun.add(k);
      i = to + 1;
    }
  }
  const bylineLine = (i: number) => i >= group.start && BYLINE_LINE.test(lines[i] as string) && (lines[i] as string).trim().length <= quarter;
  for (let i = group.start + 1; i <= group.end; i += 1) {
    // A line that is not a sentence's end ends its line too when it leaves a quarter of the width unused: a byline
    // over a time stamp. Wrapping by hand leaves a line that short only before a word of a quarter of the width.
    const room = endsLikeSentence((lines[i - 1] as string).trimEnd()) ? width - WRAP_SLACK : width >= MIN_SHORT_LINE_WIDTH ? quarter : 0;
    // A byline is a line of its own under a headline that fills the width: "By Tomás Ferrada".
    const ended = short(i, room) || inRun.has(i) || listItem(i) || bylineLine(i) || bylineLine(i - 1);
    const last = pieces.at(-1) as { start: number; end: number };
    if (ended) pieces.push({ start: i, end: i });
    else last.end = i;
  }
  return pieces;
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
