// The pair page's aligned rows: each row's labels, diff segments, text direction, and its links to moved text and
// to the changes found in it.
import type { Alignment } from '../compare/types.ts';
import { rowId } from '../routes.ts';
import { textDirection } from '../text/direction.ts';
import { inSentence, ROW_GRADES, ROW_KIND_LABELS } from './pair-labels.ts';
import type { Anchor, ChangeView, RowView } from './pair-types.ts';
import { rowSegments } from './row-segments.ts';

/** The row a moved row's text stood at in A, or null when it is not a moved row or points nowhere useful. */
function movedFromRow(rows: Alignment['rows'], i: number): number | null {
  const row = rows[i];
  return row && row.kind === 'moved' && row.moved_from !== null && rows[row.moved_from] && row.moved_from !== i ? row.moved_from : null;
}

/** Groups anchors by the 0-based row they belong to. */
function byRow(entries: Iterable<[number, Anchor]>): Map<number, Anchor[]> {
  const map = new Map<number, Anchor[]>();
  for (const [row, anchor] of entries) {
    const list = map.get(row) ?? [];
    list.push(anchor);
    map.set(row, list);
  }
  return map;
}

/** One view per aligned row, linking each row to the change list entries (`changes`) that point at it or run over it. */
export function rowViews(alignment: Pick<Alignment, 'rows'>, changes: readonly ChangeView[]): RowView[] {
  const rows = alignment.rows;
  const changesByRow = byRow(
    changes.flatMap((c) => {
      const anchor = { href: `#${c.id}`, text: `Change ${c.number}: ${inSentence(c.label)}` };
      return Array.from({ length: Math.max(1, c.lastRowNumber - c.rowNumber + 1) }, (_, k): [number, Anchor] => [c.rowNumber - 1 + k, anchor]);
    }),
  );
  const movedTo = byRow(
    rows.flatMap((_, i) => {
      const from = movedFromRow(rows, i);
      return from === null ? [] : [[from, { href: `#${rowId(i)}`, text: `A has row ${i + 1}’s text near here` }] as [number, Anchor]];
    }),
  );
  return rows.map((row, i) => {
    const from = movedFromRow(rows, i);
    return {
      index: i,
      number: i + 1,
      id: rowId(i),
      kind: row.kind,
      kindLabel: ROW_KIND_LABELS[row.kind],
      grade: row.grade,
      gradeLabel: row.kind === 'left-only' || row.kind === 'right-only' ? null : ROW_GRADES[row.grade].label,
      ...rowSegments(row),
      leftDir: textDirection(row.left.join(' ')),
      rightDir: textDirection(row.right.join(' ')),
      movedFrom: from === null ? null : { href: `#${rowId(from)}`, text: `In A this text stands near row ${from + 1}` },
      movedTo: movedTo.get(i) ?? [],
      changes: changesByRow.get(i) ?? [],
    };
  });
}
