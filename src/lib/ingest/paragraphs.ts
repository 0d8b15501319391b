/** Share of lines at least this long above which a file is taken as one-line-per-paragraph (scraped text). */
const LONG_LINE = 100;

/**
 * Splits normalised text into paragraphs. Scraped articles put one paragraph per line (blank lines optional);
 * hard-wrapped text (most lines short, blocks separated by blank lines) has its lines joined within each block.
 * Inner runs of spaces are kept for the boilerplate rules; callers collapse them afterwards.
 */
export function splitParagraphs(text: string): string[] {
  const blocks = text.split(/\n[ \t]*\n/);
  const lines = text.split('\n').filter((l) => l.trim());
  const hardWrapped =
    blocks.length > 1 && lines.length >= 6 && lines.filter((l) => l.length >= LONG_LINE).length / lines.length < 0.1 && blocks.some((b) => b.split('\n').filter((l) => l.trim()).length >= 3);
  const pieces = hardWrapped ? blocks.map((b) => b.replace(/\n/g, ' ')) : text.split('\n');
  // Runs of spaces are kept here: a double space can separate a trailing bio or licence from the last paragraph.
  return pieces.map((p) => p.trim()).filter(Boolean);
}

/** True when a line ends like prose (full stop, question, exclamation, or a closing quote after one). */
export function endsLikeSentence(line: string): boolean {
  return /[.!?…]["'”’)\]]*$/.test(line.trim());
}
