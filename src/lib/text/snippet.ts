// Keyword-in-context snippets: a stretch of text around matches, cut into marked and unmarked segments.
/** A piece of a snippet, marked or not: what a page turns into text nodes and <mark> elements. */
export interface SnippetSegment {
  text: string;
  mark: boolean;
}

/** Characters a snippet shows on each side of what it is cut around: no window reaches further from its anchors. */
export const SNIPPET_RADIUS = 90;

/** Merges overlapping or touching ranges ([start, end), sorted). */
function mergeRanges(ranges: readonly [number, number][]): [number, number][] {
  const sorted = [...ranges].filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/**
 * Cuts a keyword-in-context snippet around the first range, or around `focus` when given (about `radius` characters
 * each side, at word boundaries), and splits it into marked and unmarked segments. Text is never parsed: segments
 * are plain strings.
 */
export function snippet(text: string, ranges: readonly [number, number][], radius = SNIPPET_RADIUS, focus?: readonly [number, number]): SnippetSegment[] {
  const merged = mergeRanges(ranges.map(([s, e]) => [Math.max(0, s), Math.min(text.length, e)]));
  const first: readonly [number, number] | undefined = focus ? [Math.max(0, focus[0]), Math.min(text.length, focus[1])] : merged[0];
  let from = 0;
  let to = text.length;
  if (first && text.length > radius * 2.5) {
    from = Math.max(0, first[0] - radius);
    to = Math.min(text.length, first[1] + radius);
    // Start after a space, but never past the match itself (a long word without spaces keeps its cut).
    const space = text.indexOf(' ', from);
    if (from > 0 && space >= 0 && space < first[0]) from = space + 1;
    if (to < text.length) to = text.lastIndexOf(' ', to) > first[1] ? text.lastIndexOf(' ', to) : to;
  } else if (!first) {
    to = Math.min(text.length, radius * 2);
  }
  const segments: SnippetSegment[] = [];
  if (from > 0) segments.push({ text: '… ', mark: false });
  let at = from;
  for (const [s, e] of merged) {
    if (e <= from || s >= to) continue;
    const start = Math.max(s, from);
    const end = Math.min(e, to);
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < to) segments.push({ text: text.slice(at, to), mark: false });
  if (to < text.length) segments.push({ text: ' …', mark: false });
  return segments;
}

/**
 * A snippet that shows every anchor (say, one match of each word of a query): one window where they fit within
 * twice the radius, else a shorter window around each group of anchors (at most three), joined by an ellipsis.
 */
export function snippetAcross(text: string, ranges: readonly [number, number][], anchors: readonly [number, number][], radius = SNIPPET_RADIUS): SnippetSegment[] {
  const groups: [number, number][] = [];
  for (const [s, e] of [...anchors].sort((a, b) => a[0] - b[0])) {
    const last = groups.at(-1);
    if (last && e - last[0] <= radius * 2) last[1] = Math.max(last[1], e);
    else groups.push([s, e]);
  }
  if (groups.length <= 1) return snippet(text, ranges, radius, groups[0]);
  const shown = groups.slice(0, 3);
  const out: SnippetSegment[] = [];
  for (const group of shown) {
    const part = snippet(text, ranges, Math.round(radius / shown.length), group);
    // Two windows meet at one ellipsis, not two.
    if (out.at(-1)?.text === ' …' && part[0]?.text === '… ') {
      out.pop();
      part.shift();
      out.push({ text: ' … ', mark: false });
    }
    out.push(...part);
  }
  return out;
}
