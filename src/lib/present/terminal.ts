// The command line's view of a comparison and of a check: the same view models as the pages (pair-view.ts,
// check-view.ts) written as lines of text. Word changes are coloured (and underlined or struck through, as on the
// site) on a terminal, and marked [-removed-] and {+added+} everywhere else, so meaning never rests on colour.
import type { DiffSegment, PairView } from './pair-view.ts';
import type { CheckView } from './check-view.ts';
import { quoteOnce } from './format.ts';
import { readText, type ReadSummary } from './read-view.ts';

/** How changed words are shown: ANSI colours for a terminal, or plain-text markers. */
export type Marks = 'color' | 'plain';

const ANSI = {
  ins: ['\u001b[32;4m', '\u001b[0m'],
  del: ['\u001b[31;9m', '\u001b[0m'],
  dim: ['\u001b[2m', '\u001b[0m'],
  bold: ['\u001b[1m', '\u001b[0m'],
} as const;
const PLAIN = { ins: ['{+', '+}'], del: ['[-', '-]'] } as const;

/** Marks from the environment, as the NO_COLOR convention asks: colour only on a terminal, and never with NO_COLOR set. */
export function marksFor(isTerminal: boolean, noColor: string | undefined): Marks {
  return isTerminal && !noColor ? 'color' : 'plain';
}

function style(marks: Marks, kind: keyof typeof ANSI, text: string): string {
  if (marks === 'color') return `${ANSI[kind][0]}${text}${ANSI[kind][1]}`;
  return kind === 'ins' || kind === 'del' ? `${PLAIN[kind][0]}${text}${PLAIN[kind][1]}` : text;
}

/** One row's words in reading order, removed and added words marked. */
export function segmentsText(segments: readonly DiffSegment[], marks: Marks): string {
  return segments.map((s) => (s.kind === 'equal' ? s.text : style(marks, s.kind, s.text))).join('');
}

/** A comparison as terminal lines: the two sides, the figures, every row (inline), then the typed changes. */
export function pairLines(view: PairView, marks: Marks, names: [string, string]): string[] {
  const lines = [
    style(marks, 'bold', `A: ${names[0]} — “${view.left.title}” (${view.left.outlet}, ${view.left.dateText})`),
    style(marks, 'bold', `B: ${names[1]} — “${view.right.title}” (${view.right.outlet}, ${view.right.dateText})`),
    `${view.similarityText ? `${view.similarityText}. ` : ''}${view.overlapText}`,
    view.countsText,
    '',
    style(marks, 'dim', `Headline · ${view.headline.summary}`),
    ...(view.headline.compared ? [`  ${segmentsText(view.headline.inline, marks)}`] : []),
  ];
  for (const row of view.rows) {
    // One-sided rows come as one removed or added run, so they are marked like any other change. The row's typed
    // changes are named in its heading, as the pair page does: a grade alone calls a changed figure a light edit.
    const changes = row.changes.map((c) => c.text).join('; ');
    lines.push(style(marks, 'dim', `Row ${row.number} · ${row.kindLabel}${row.gradeLabel ? ` · ${row.gradeLabel}` : ''}${row.movedFrom ? ` · ${row.movedFrom.text}` : ''}${changes ? ` · ${changes}` : ''}`), `  ${segmentsText(row.inline, marks)}`);
  }
  lines.push('', `Changes (${view.changes.length})`);
  if (view.changes.length === 0) lines.push('  The engine found no typed changes between the two texts.');
  for (const c of view.changes) {
    const detail =
      c.left !== null && c.right !== null ? `: A has ${quoteOnce(c.left)}, B has ${quoteOnce(c.right)}` : c.right !== null ? `: B has ${quoteOnce(c.right)}` : c.left !== null ? `: A has ${quoteOnce(c.left)}` : '';
    lines.push(`  ${c.number}. ${c.label}, ${c.rowsText}${detail}`);
  }
  return lines;
}

/** A check's result as terminal lines: the summary, then each match with its two shares and its page. */
export function checkLines(view: CheckView, marks: Marks): string[] {
  const lines = [style(marks, 'bold', view.summary)];
  view.matches.forEach((m, i) => {
    lines.push(
      '',
      `${i + 1}. ${m.title} — ${m.outlet}, ${m.dateText}`,
      ...(m.wireText ? [`   ${m.wireText}`] : []),
      `   ${m.verdict}: ${m.checkedFoundText}; ${m.articleFoundText}; ${m.similarityText.toLowerCase()}.`,
      ...(m.factsText ? [`   ${[m.factsText, m.factsValues].filter(Boolean).join(' ')} \`wirediff diff\` shows where.`] : []),
      ...m.shared.map((text) => `   Shared: ${quoteOnce(text)}`),
      // The command line has no reader to open: the diff command is where every row is.
      ...(m.sharedMore > 0 ? [`   … and ${m.sharedMore} more: \`wirediff diff\` shows every row.`] : []),
      `   ${m.url}`,
    );
  });
  // Leads follow the matches' numbering: they are results of the check, said not to share text.
  view.related.forEach((r, i) => {
    lines.push('', `${view.matches.length + i + 1}. ${r.title} — ${r.outlet}, ${r.dateText}`, `   ${r.verdict}. ${r.factsText}`, `   ${r.url}`);
  });
  return lines;
}

/** The lines saying what a check read of a file (read-view.ts), so a reader sees a page was read right. */
export function readLines(read: ReadSummary, name: string, page = false): string[] {
  const { found, counts } = readText(read, name, page);
  return [found, `   ${counts}`];
}
