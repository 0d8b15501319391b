import { describe, expect, it } from 'vitest';
import type { Change } from '../../../src/lib/compare/types.ts';
import { changeCounts, changeViews } from '../../../src/lib/present/change-views.ts';

const change = (fields: Partial<Change> & Pick<Change, 'type' | 'row'>): Change => ({ left: null, right: null, ...fields });

describe('changeViews', () => {
  it('numbers changes in the engine’s order, each pointing at its row', () => {
    expect(changeViews([change({ type: 'number-changed', row: 2, left: '2015', right: '2016' })], 3)).toEqual([{
      number: 1,
      id: 'change-1',
      type: 'number-changed',
      label: 'Number differs',
      rowHref: '#row-3',
      rowNumber: 3,
      lastRowNumber: 3,
      rowsText: 'row 3',
      left: '2015',
      right: '2016',
      leftClass: 'was',
      rightClass: 'now',
      elsewhere: null,
    }]);
  });

  it('drops changes pointing outside the rows, keeping the others’ numbers', () => {
    const views = changeViews([change({ type: 'sentence-added', row: 5 }), change({ type: 'sentence-dropped', row: -1 }), change({ type: 'sentence-moved', row: 0 })], 1);
    expect(views.map((v) => [v.id, v.rowHref])).toEqual([['change-3', '#row-1']]);
    expect(changeViews([], 0)).toEqual([]);
  });

  it('names every row of a change over several rows, ignoring an end outside the rows', () => {
    const views = changeViews([change({ type: 'quote-dropped', row: 1, left: '“One. Two,” he said.', end_row: 2 }), change({ type: 'quote-dropped', row: 0, end_row: 9 })], 3);
    expect(views.map((v) => [v.rowHref, v.lastRowNumber, v.rowsText])).toEqual([['#row-2', 3, 'rows 2–3'], ['#row-1', 1, 'row 1']]);
  });

  it('gives a quotation that opens or closes with its own quotation mark no second one', () => {
    const [view] = changeViews([change({ type: 'quote-altered', row: 0, left: '“We stay,” he said.', right: '  « Nous restons »' })], 1);
    expect(view).toMatchObject({ leftClass: 'was own-quotes', rightClass: 'now own-quotes' });
    const [closing] = changeViews([change({ type: 'quote-altered', row: 0, left: 'he said “no”', right: null })], 1);
    expect(closing).toMatchObject({ leftClass: 'was own-quotes', rightClass: 'now' });
    const [plain] = changeViews([change({ type: 'quote-altered', row: 0, left: 'he said no', right: 'the Saudis’ plan' })], 1);
    expect(plain).toMatchObject({ leftClass: 'was', rightClass: 'now' });
  });

  it('says where the other article names a name a row dropped or added, when that row exists', () => {
    const views = changeViews([
      change({ type: 'name-dropped', row: 0, left: 'Biden', elsewhere_row: 1 }),
      change({ type: 'name-added', row: 0, right: 'Gantz', elsewhere_row: 0 }),
      change({ type: 'name-added', row: 0, right: 'X', elsewhere_row: 9 }),
      change({ type: 'name-added', row: 0, right: 'Y', elsewhere_row: -1 }),
    ], 2);
    expect(views.map((v) => v.elsewhere)).toEqual([
      { href: '#row-2', text: 'B names it in row 2' },
      { href: '#row-1', text: 'A names it in row 1' },
      null,
      null,
    ]);
  });
});

describe('changeCounts', () => {
  it('counts changes per label in first-seen order', () => {
    expect(changeCounts([{ label: 'Quote only in A' }, { label: 'Number differs' }, { label: 'Quote only in A' }])).toEqual([
      { label: 'Quote only in A', count: 2 },
      { label: 'Number differs', count: 1 },
    ]);
    expect(changeCounts([])).toEqual([]);
  });
});
