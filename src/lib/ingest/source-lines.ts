// The lines a block of plain text was joined from. Hard-wrapped text becomes one paragraph per blank-line block, so
// furniture set on lines of its own (a wire's codes, a page's folio) can share a block with each other or with prose;
// rules that read such lines need the lines back, and a way to mark the leading or trailing ones.
import type { BoilerplateKind } from '../schema/article.ts';
import { markBlock, markPrefix, markSuffix, unmarkedText, type TextBlock } from './tree.ts';

/**
 * The source lines of a block when its text is exactly those lines joined by spaces (a plain-text paragraph no rule
 * has marked yet), otherwise its unmarked text as one line. `source` is the file's text split at line breaks.
 */
export function blockLines(block: TextBlock, source: readonly string[] | null): string[] {
  const text = unmarkedText(block);
  const position = block.position;
  if (source && position && block.children.length === 1) {
    const lines = source.slice(position.start.line - 1, position.end.line);
    if (lines.join(' ').trim() === text) return lines;
  }
  return [text];
}

/**
 * Marks the lines of a block (from blockLines) that `marked` flags, where they can be marked: all of them as the
 * whole block, a leading run as a prefix, a trailing run as a suffix. Flagged lines between unflagged ones stay, since
 * marks only take a block's start or end. Returns the indices of the lines marked.
 */
export function markLines(block: TextBlock, lines: readonly string[], marked: readonly boolean[], kind: BoilerplateKind): number[] {
  if (marked.every(Boolean)) {
    markBlock(block, kind);
    return lines.map((_, i) => i);
  }
  const raw = lines.join(' ');
  const lead = raw.length - raw.trimStart().length;
  // Where line k starts in the block's text: the lines before it, each with the space that joined it.
  const offset = (k: number) => Math.max(0, lines.slice(0, k).join(' ').length + (k > 0 ? 1 : 0) - lead);
  const done: number[] = [];
  let last = marked.length;
  while (last > 0 && marked[last - 1]) last -= 1;
  let first = 0;
  while (first < last && marked[first]) first += 1;
  // The suffix first: marking the prefix splits the text node, and the suffix is then offset into the rest.
  if (last < lines.length) {
    markSuffix(block, offset(last), kind);
    for (let k = last; k < lines.length; k++) done.push(k);
  }
  if (first > 0) {
    markPrefix(block, offset(first), kind);
    for (let k = 0; k < first; k++) done.push(k);
  }
  return done.sort((a, b) => a - b);
}
