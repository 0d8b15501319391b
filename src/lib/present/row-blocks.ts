// The pair page's row list in blocks: rows shown as they are, and long runs of unchanged rows folded away.
import type { RowBlock, RowView } from './pair-types.ts';

/** Unchanged rows in a run at least this long are folded into one "N unchanged rows" disclosure. */
export const COLLAPSE_MIN_RUN = 3;

/** Groups rows into blocks, folding runs of at least `minRun` unchanged rows. */
export function rowBlocks(rows: readonly RowView[], minRun = COLLAPSE_MIN_RUN): RowBlock[] {
  const blocks: RowBlock[] = [];
  let i = 0;
  while (i < rows.length) {
    let j = i;
    while (j < rows.length && rows[j]?.kind === 'same') j += 1;
    if (j - i >= minRun) {
      const run = rows.slice(i, j);
      const first = run[0]?.number ?? 0;
      const last = run[run.length - 1]?.number ?? 0;
      blocks.push({ type: 'unchanged', rows: run, summary: `${run.length} unchanged rows (rows ${first}–${last})` });
      i = j;
      continue;
    }
    const end = j === i ? i + 1 : j;
    const last = blocks[blocks.length - 1];
    const slice = rows.slice(i, end);
    if (last && last.type === 'rows') last.rows.push(...slice);
    else blocks.push({ type: 'rows', rows: [...slice] });
    i = end;
  }
  return blocks;
}
