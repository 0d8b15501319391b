import { describe, expect, it } from 'vitest';
import type { AlignmentRow } from '../../../src/lib/compare/types.ts';
import type { ChangeView } from '../../../src/lib/present/pair-types.ts';
import { rowViews } from '../../../src/lib/present/row-views.ts';

const row = (fields: Partial<AlignmentRow>): AlignmentRow => ({
  kind: 'same',
  left: ['Same text.'],
  right: ['Same text.'],
  ops: [{ op: 'equal', text: 'Same text.' }],
  left_index: [0],
  right_index: [0],
  grade: 'verbatim',
  score: 1,
  moved_from: null,
  ...fields,
});

describe('rowViews', () => {
  it('numbers rows from 1 with row-N ids, and labels kind and grade', () => {
    const [view] = rowViews({ rows: [row({ kind: 'left-only', right: [], ops: [], grade: 'new' })] }, []);
    expect(view).toMatchObject({ index: 0, number: 1, id: 'row-1', kind: 'left-only', kindLabel: 'Only in A', grade: 'new', gradeLabel: null, right: [], movedFrom: null, movedTo: [], changes: [] });
  });

  it('links a moved row to where its text stood in A, and that row back', () => {
    const views = rowViews({ rows: [row({}), row({}), row({ kind: 'moved', moved_from: 0 })] }, []);
    expect(views[2]?.movedFrom).toEqual({ href: '#row-1', text: 'In A this text stands near row 1' });
    expect(views[0]?.movedTo).toEqual([{ href: '#row-3', text: 'A has row 3’s text near here' }]);
    expect(views[1]?.movedTo).toEqual([]);
  });

  it('ignores a moved row pointing at itself or at no row', () => {
    const views = rowViews({ rows: [row({ kind: 'moved', moved_from: 0 }), row({ kind: 'moved', moved_from: 7 }), row({ kind: 'changed', moved_from: 0 })] }, []);
    expect(views.map((v) => [v.movedFrom, v.movedTo])).toEqual([[null, []], [null, []], [null, []]]);
  });

  it('links each row to the change list entries pointing at it', () => {
    const changes = [{ id: 'change-1', number: 1, label: 'Clause only in B', rowNumber: 2, lastRowNumber: 2 }, { id: 'change-2', number: 2, label: 'Number differs', rowNumber: 2, lastRowNumber: 2 }] as ChangeView[];
    const views = rowViews({ rows: [row({}), row({})] }, changes);
    expect(views[1]?.changes).toEqual([{ href: '#change-1', text: 'Change 1: clause only in B' }, { href: '#change-2', text: 'Change 2: number differs' }]);
    expect(views[0]?.changes).toEqual([]);
  });

  it('links every row a change runs over to it: a quotation over two one-sided rows', () => {
    const changes = [{ id: 'change-1', number: 1, label: 'Quote only in A', rowNumber: 2, lastRowNumber: 3 }] as ChangeView[];
    const views = rowViews({ rows: [row({}), row({ kind: 'left-only' }), row({ kind: 'left-only' })] }, changes);
    expect(views.map((v) => v.changes.length)).toEqual([0, 1, 1]);
    expect(views[2]?.changes).toEqual([{ href: '#change-1', text: 'Change 1: quote only in A' }]);
  });

  it('gives each side its own text direction', () => {
    const [view] = rowViews({ rows: [row({ kind: 'changed', left: ['هل انتهى؟'], right: ['Is it over?'], ops: [] })] }, []);
    expect([view?.leftDir, view?.rightDir]).toEqual(['rtl', 'ltr']);
  });

  it('gives no views for no rows', () => {
    expect(rowViews({ rows: [] }, [])).toEqual([]);
  });
});
