// The pair page's change list: one numbered entry per typed change, with its #change-N id, its #row-M link and the
// row where the other article names a name.
import type { Change } from '../compare/types.ts';
import { changeId, rowId } from '../routes.ts';
import { carriesOwnQuotes } from './format.ts';
import { CHANGE_LABELS } from './pair-labels.ts';
import type { ChangeView } from './pair-types.ts';

// A quoted text that opens or closes with its own quotation mark gets none from <q> (““MESA will…”, “said “no””).
const quoteClass = (base: string, text: string | null) => (text !== null && carriesOwnQuotes(text) ? `${base} own-quotes` : base);

/** The change list: one entry per typed change, numbered in the engine's order. */
export function changeViews(changes: readonly Change[], rowCount: number): ChangeView[] {
  return changes.flatMap((c, i) => {
    if (c.row < 0 || c.row >= rowCount) return [];
    // A change over several rows (a quotation running on) names them all; an end outside the rows is ignored.
    const last = c.end_row !== undefined && c.end_row > c.row && c.end_row < rowCount ? c.end_row : c.row;
    return [{
      number: i + 1,
      id: changeId(i),
      type: c.type,
      label: CHANGE_LABELS[c.type] ?? c.type,
      rowHref: `#${rowId(c.row)}`,
      rowNumber: c.row + 1,
      lastRowNumber: last + 1,
      rowsText: last === c.row ? `row ${c.row + 1}` : `rows ${c.row + 1}–${last + 1}`,
      left: c.left,
      right: c.right,
      leftClass: quoteClass('was', c.left),
      rightClass: quoteClass('now', c.right),
      elsewhere: c.elsewhere_row === undefined || c.elsewhere_row < 0 || c.elsewhere_row >= rowCount
        ? null
        : { href: `#${rowId(c.elsewhere_row)}`, text: `${c.type === 'name-dropped' ? 'B' : 'A'} names it in row ${c.elsewhere_row + 1}` },
    }];
  });
}

/** Changes per label, in first-seen order, for the change list's summary. */
export function changeCounts(changes: readonly Pick<ChangeView, 'label'>[]): { label: string; count: number }[] {
  const counts: { label: string; count: number }[] = [];
  for (const c of changes) {
    const entry = counts.find((e) => e.label === c.label);
    if (entry) entry.count += 1;
    else counts.push({ label: c.label, count: 1 });
  }
  return counts;
}
