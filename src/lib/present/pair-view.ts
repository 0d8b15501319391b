// The pair page as plain data: header figures in words, one view per aligned row (row-views.ts, with the word diff
// split per rendering in row-segments.ts), runs of unchanged rows folded (row-blocks.ts), and the typed change list
// with stable #change-N ids pointing at #row-M anchors (change-views.ts). The parts live in their own modules; this
// one assembles them and re-exports them, so importers keep one path.
import type { Alignment, RowGrade } from '../compare/types.ts';
import { pairOrder } from '../compare/orient.ts';
import { articleCaption, formatPercent, formatSimilarity, plural } from './format.ts';
import { distinctNames, shownFile } from './distinct-names.ts';
import { boilerplateSummary } from './boilerplate-summary.ts';
import { changeCounts, changeViews } from './change-views.ts';
import { orderText } from './pair-order-text.ts';
import { ROW_GRADES } from './pair-labels.ts';
import type { GradeLegendEntry, PairArticle, PairView, RowView, SideView } from './pair-types.ts';
import { headlineView } from './headline-view.ts';
import { rowBlocks } from './row-blocks.ts';
import { rowViews } from './row-views.ts';

export type { Anchor, ChangeView, DiffSegment, GradeLegendEntry, PairArticle, PairView, RowBlock, RowView, SideView } from './pair-types.ts';
export { ROW_GRADES } from './pair-labels.ts';
export { COLLAPSE_MIN_RUN, rowBlocks } from './row-blocks.ts';
export { rowSegments } from './row-segments.ts';
export { changeViews } from './change-views.ts';
export { orderText } from './pair-order-text.ts';
export { boilerplateSummary } from './boilerplate-summary.ts';

/** One side of the pair; its file is printed when the two sides' title, outlet and date are all alike. */
function side(letter: string, a: PairArticle, other: PairArticle): SideView {
  const caption = articleCaption(a);
  const names = distinctNames([caption, articleCaption(other)]);
  return { ...caption, letter, boilerplate: a.boilerplate, file: shownFile(names, a.id) };
}

/** The grade legend: every grade in legend order, with how many rows have it. */
function gradeLegend(rows: readonly RowView[]): GradeLegendEntry[] {
  return (Object.keys(ROW_GRADES) as RowGrade[]).map((grade) => ({
    grade,
    ...ROW_GRADES[grade],
    count: rows.filter((r) => r.grade === grade).length,
  }));
}

/**
 * Builds the pair page of one alignment. `similarity` comes from the pair's summary (the alignment itself does not
 * carry it); the overlap figures come from the alignment's stats.
 */
export function pairView(alignment: Alignment, leftArticle: PairArticle, rightArticle: PairArticle, similarity: number | null = null): PairView {
  const changes = changeViews(alignment.changes, alignment.rows.length);
  const rows = rowViews(alignment, changes);
  const s = alignment.stats;
  const left = side('A', leftArticle, rightArticle);
  const right = side('B', rightArticle, leftArticle);
  const overlapText = `${formatPercent(s.left_kept)} of A’s sentences have a counterpart in B, and ${formatPercent(s.right_from_left)} of B’s have one in A.`;
  return {
    title: `${leftArticle.title} — compared with — ${rightArticle.title}`,
    description: `Side by side: ${left.outlet} and ${right.outlet}. ${overlapText}`,
    left,
    right,
    similarityText: similarity === null ? null : `Similarity ${formatSimilarity(similarity)}`,
    order: pairOrder(leftArticle, rightArticle),
    orderText: orderText(leftArticle, rightArticle),
    overlapText,
    countsText: `${plural(s.rows, 'row')}: ${s.same} unchanged, ${s.changed} changed, ${s.moved} moved, ${s.left_only} only in A, ${s.right_only} only in B.`,
    headline: headlineView(leftArticle, rightArticle),
    blocks: rowBlocks(rows),
    rows,
    changes,
    changeCounts: changeCounts(changes),
    grades: gradeLegend(rows),
    hasBoilerplate: left.boilerplate.length + right.boilerplate.length > 0,
    boilerplateSummary: boilerplateSummary([left, right]),
  };
}
