// The command line's view of a comparison and of a check: the same view models as the pages (pair-view.ts,
// check-view.ts) written as lines of text. Word changes are coloured (and underlined or struck through, as on the
// site) on a terminal, and marked [-removed-] and {+added+} everywhere else, so meaning never rests on colour.
import type { DiffSegment, PairView } from './pair-view.ts';
import type { CheckView } from './check-view.ts';
import type { Article } from '../schema/article.ts';
import { formatDate, formatOutlet, plural, quoteOnce } from './format.ts';

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
  ];
  for (const row of view.rows) {
    // One-sided rows come as one removed or added run, so they are marked like any other change.
    lines.push(style(marks, 'dim', `Row ${row.number} · ${row.kindLabel}${row.gradeLabel ? ` · ${row.gradeLabel}` : ''}${row.movedFrom ? ` · ${row.movedFrom.text}` : ''}`), `  ${segmentsText(row.inline, marks)}`);
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
      `   ${m.verdict}: ${m.checkedFoundText}; ${m.articleFoundText}; ${m.similarityText.toLowerCase()}.`,
      ...m.shared.map((text) => `   Shared: ${quoteOnce(text)}`),
      `   ${m.url}`,
    );
  });
  return lines;
}

/** What a check read of the reader's file, counted: its sentences and the lines it set aside, by kind. */
export interface ReadSummary {
  title: string;
  author: string | null;
  published: string | null;
  outlet: string | null;
  paragraphs: number;
  sentences: number;
  /** Lines set aside (page furniture, credits, the title itself), by kind, most first. */
  set_aside: Record<string, number>;
}

/** What was read of a file: stated and found metadata, and how much of it was set aside, by kind. */
export function readSummary(article: Pick<Article, 'title' | 'author' | 'published' | 'outlet' | 'paragraphs' | 'sentences' | 'boilerplate'>): ReadSummary {
  const counts = new Map<string, number>();
  for (const b of article.boilerplate) counts.set(b.kind, (counts.get(b.kind) ?? 0) + 1);
  return {
    title: article.title,
    author: article.author,
    published: article.published,
    outlet: article.outlet,
    paragraphs: article.paragraphs.length,
    sentences: article.sentences.flat().length,
    set_aside: Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))),
  };
}

/**
 * The lines saying what a check read of a file, so a reader can see that a page was read right before trusting
 * the matches: "Read from page.html: “Title” — Jane Doe, Outlet, 3 May 2024; 14 sentences in 9 paragraphs; set
 * aside: 23 lines (other 11, related 5, …)".
 */
export function readLines(read: ReadSummary, name: string): string[] {
  const total = Object.values(read.set_aside).reduce((a, b) => a + b, 0);
  const kinds = Object.entries(read.set_aside).map(([kind, n]) => `${kind} ${n}`).join(', ');
  return [
    `Read from ${name}: ${quoteOnce(read.title)} — ${read.author ?? 'no author found'}, ${formatOutlet(read.outlet)}, ${formatDate(read.published)}`,
    `   ${plural(read.sentences, 'sentence')} in ${plural(read.paragraphs, 'paragraph')}; set aside: ${total > 0 ? `${plural(total, 'line')} (${kinds})` : 'nothing'}.`,
  ];
}

