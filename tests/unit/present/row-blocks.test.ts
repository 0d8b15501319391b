import { describe, expect, it } from 'vitest';
import type { RowView } from '../../../src/lib/present/pair-types.ts';
import { COLLAPSE_MIN_RUN, rowBlocks } from '../../../src/lib/present/row-blocks.ts';

/** Rows of the given kinds: `s` unchanged, anything else changed. */
const rows = (kinds: string) => [...kinds].map((k, i) => ({ number: i + 1, kind: k === 's' ? 'same' : 'changed' }) as RowView);
const shape = (kinds: string, minRun?: number) => rowBlocks(rows(kinds), minRun).map((b) => [b.type, b.rows.map((r) => r.number).join(',')]);

describe('rowBlocks', () => {
  it('folds runs of at least three unchanged rows, keeping every row once and in order', () => {
    expect(COLLAPSE_MIN_RUN).toBe(3);
    expect(shape('sscsssc')).toEqual([['rows', '1,2,3'], ['unchanged', '4,5,6'], ['rows', '7']]);
    expect(shape('sss')).toEqual([['unchanged', '1,2,3']]);
    expect(shape('cssssc')).toEqual([['rows', '1'], ['unchanged', '2,3,4,5'], ['rows', '6']]);
  });

  it('leaves shorter runs among the rows around them', () => {
    expect(shape('cssc')).toEqual([['rows', '1,2,3,4']]);
    expect(shape('ss', 2)).toEqual([['unchanged', '1,2']]);
  });

  it('says how many rows a folded run holds and which', () => {
    const [, folded] = rowBlocks(rows('csss'));
    expect(folded).toMatchObject({ type: 'unchanged', summary: '3 unchanged rows (rows 2–4)' });
  });

  it('gives no blocks for no rows', () => {
    expect(rowBlocks([])).toEqual([]);
  });
});
