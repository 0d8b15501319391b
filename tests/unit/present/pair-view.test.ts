// The pair page's view model against a hand-made alignment modelled on the 000↔001 pair (tests/fixtures/reader): the
// assembled page. Its parts have their own tests (row-segments, row-views, row-blocks, change-views, pair-labels,
// pair-order-text, boilerplate-summary).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Alignment, AlignmentRow } from '../../../src/lib/compare/types.ts';
import type { Article } from '../../../src/lib/schema/article.ts';
import { pairView, type DiffSegment } from '../../../src/lib/present/pair-view.ts';

const dir = 'tests/fixtures/reader/pair-000-001';
const load = <T>(name: string): T => JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')) as T;
const alignment = load<Alignment>('alignment.json');
const left = load<Article>('left.json');
const right = load<Article>('right.json');
const view = pairView(alignment, left, right, 0.62);
const text = (segments: DiffSegment[], kinds: DiffSegment['kind'][] = ['equal', 'ins', 'del']) =>
  segments.filter((s) => kinds.includes(s.kind)).map((s) => s.text).join('');

describe('pairView on the 000↔001 fixture', () => {
  it('states the figures in words, from the stats', () => {
    expect(view.overlapText).toBe('81% of A’s sentences have a counterpart in B, and 77% of B’s have one in A.');
    expect(view.similarityText).toBe('Similarity 0.62');
    expect(view.countsText).toBe('16 rows: 3 unchanged, 6 changed, 1 moved, 3 only in A, 3 only in B.');
    expect(view.left).toMatchObject({ letter: 'A', title: left.title, outlet: 'Unknown rewrite', dateText: '27 July 2018' });
    expect(view.right).toMatchObject({ letter: 'B', outlet: 'Tasnim News Agency', dateText: '28 July 2018' });
  });

  it('gives each side exactly its own text back, and inline both', () => {
    for (const [i, row] of view.rows.entries()) {
      const source = alignment.rows[i] as AlignmentRow;
      expect(text(row.left), `row ${i + 1} left`).toBe(source.left.join(' '));
      expect(text(row.right), `row ${i + 1} right`).toBe(source.right.join(' '));
      expect(row.left.some((s) => s.kind === 'ins')).toBe(false);
      expect(row.right.some((s) => s.kind === 'del')).toBe(false);
      expect(text(row.inline, ['equal', 'del']).replace(/\s+/g, '')).toBe(source.left.join('').replace(/\s+/g, ''));
      expect(text(row.inline, ['equal', 'ins']).replace(/\s+/g, '')).toBe(source.right.join('').replace(/\s+/g, ''));
    }
  });

  it('marks the inserted clause as added on the right only', () => {
    const row = view.rows.find((r) => text(r.right).includes('three major sponsors of terrorism in the region'));
    expect(row?.id).toBe('row-16');
    expect(row?.right).toContainEqual({ kind: 'ins', text: ', three major sponsors of terrorism in the region,' });
    expect(text(row?.left ?? [])).not.toContain('sponsors');
  });

  it('marks a changed number on both sides of its row', () => {
    const row = view.rows[13];
    expect(row?.left).toContainEqual({ kind: 'del', text: '2015' });
    expect(row?.right).toContainEqual({ kind: 'ins', text: '2016' });
    expect(row?.inline.map((s) => s.kind)).toEqual(['equal', 'del', 'ins', 'equal']);
    expect(row).toMatchObject({ grade: 'light-edit', gradeLabel: 'Light edit', kindLabel: 'Changed' });
  });

  it('shows one-side-only rows plainly beside an empty side, and wholly removed or added inline', () => {
    const dropped = view.rows[8];
    expect(dropped).toMatchObject({ kind: 'left-only', kindLabel: 'Only in A', right: [] });
    expect(dropped?.left.map((s) => s.kind)).toEqual(['equal']);
    expect(dropped?.inline.map((s) => s.kind)).toEqual(['del']);
    const added = view.rows[10];
    expect(added).toMatchObject({ kind: 'right-only', kindLabel: 'Only in B', left: [] });
    expect(added?.inline.map((s) => s.kind)).toEqual(['ins']);
  });

  it('links a moved row to where it stood, and back', () => {
    expect(view.rows[7]?.movedFrom).toEqual({ href: '#row-5', text: 'In A this text stands near row 5' });
    expect(view.rows[4]?.movedTo).toEqual([{ href: '#row-8', text: 'A has row 8’s text near here' }]);
  });

  it('lists every change with a change-N id pointing at its row-M anchor, and links rows back', () => {
    expect(view.changes).toHaveLength(alignment.changes.length);
    expect(view.changes[0]).toEqual({ number: 1, id: 'change-1', type: 'attribution-changed', label: 'Attribution differs', rowHref: '#row-2', rowNumber: 2, lastRowNumber: 2, rowsText: 'row 2', left: null, right: 'Reuters reported', leftClass: 'was', rightClass: 'now', elsewhere: null });
    const clause = view.changes.find((c) => c.type === 'inserted-clause');
    expect(clause).toMatchObject({ id: 'change-11', rowHref: '#row-16', right: 'three major sponsors of terrorism in the region' });
    expect(view.rows[15]?.changes).toEqual([{ href: '#change-11', text: 'Change 11: clause only in B' }]);
    const ids = new Set(view.rows.map((r) => r.id));
    expect(view.changes.filter((c) => !ids.has(c.rowHref.slice(1)))).toEqual([]);
    expect(view.changeCounts).toContainEqual({ label: 'Quote only in A', count: 2 });
  });

  it('folds the run of three unchanged rows and keeps every row exactly once', () => {
    expect(view.blocks.map((b) => [b.type, b.rows.length])).toEqual([['rows', 4], ['unchanged', 3], ['rows', 9]]);
    expect(view.blocks[1]).toMatchObject({ summary: '3 unchanged rows (rows 5–7)' });
    expect(view.blocks.flatMap((b) => b.rows.map((r) => r.number))).toEqual(view.rows.map((r) => r.number));
  });

  it('counts the grades for the legend', () => {
    expect(view.grades.map((g) => [g.grade, g.count])).toEqual([['verbatim', 3], ['light-edit', 1], ['paraphrase', 6], ['new', 6]]);
  });

  it('prints each side’s file only when the two sides’ title, outlet and date are all alike', () => {
    expect([view.left.file, view.right.file]).toEqual([null, null]);
    const twin = pairView(alignment, left, { ...right, id: 'copy', title: left.title, outlet: left.outlet, published: left.published });
    expect([twin.left.file, twin.right.file]).toEqual([left.id, 'copy']);
  });

  it('says there is boilerplate when either side has some, and what it is', () => {
    expect(view.hasBoilerplate).toBe(true);
    expect(pairView(alignment, left, { ...right, boilerplate: [] }).hasBoilerplate).toBe(false);
    expect(view.boilerplateSummary).toBe('A: none; B: caption, title, dateline');
  });
});

// Issue #16 item 7: the A/B order must not read as a direction of copying.
describe('the A/B order in words', () => {
  /** Words that say one text took from, kept, added to or dropped from the other. */
  const DIRECTION = /(keeps?|kept|new|added|adds|inserted|dropped|drops|removed|copied from|became|moved from)/i;

  it('puts the order on the pair view, and no figure, grade or change label implies copying', () => {
    const undated = pairView(alignment, { ...left, published: null, published_from: null }, { ...right, published: null, published_from: null }, 0.5);
    expect(undated.order).toBe('id');
    expect(undated.orderText).toMatch(/in order of file name/);
    expect(view.order).toBe('published');
    expect(view.orderText).toMatch(/^A was published first/);
    for (const v of [view, undated]) {
      const words = [v.overlapText, v.description, v.countsText, ...v.grades.flatMap((g) => [g.label, g.description]), ...v.changes.map((c) => c.label), ...v.changeCounts.map((c) => c.label), ...v.rows.flatMap((r) => [r.kindLabel, r.gradeLabel ?? '', r.movedFrom?.text ?? '', ...r.movedTo.map((m) => m.text), ...r.changes.map((c) => c.text)])];
      expect(words.filter((w) => DIRECTION.test(w))).toEqual([]);
    }
    expect(undated.grades.find((g) => g.grade === 'new')?.label).toBe('Only in A or B');
  });
});
