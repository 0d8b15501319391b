// The pair page's view model against a hand-made alignment modelled on the 000↔001 pair (tests/fixtures/reader).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Alignment, AlignmentRow } from '../../../src/lib/compare/types.ts';
import type { Article } from '../../../src/lib/schema/article.ts';
import { boilerplateSummary, changeViews, orderText, pairView, rowBlocks, rowSegments, type DiffSegment } from '../../../src/lib/present/pair-view.ts';

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

  it('shows a variant pair (one word spelt two ways) as unchanged side by side, each side in its own spelling, and both inline', () => {
    const row = { kind: 'changed' as const, left: ['missile defence now'], right: ['missile defense now'], ops: [{ op: 'equal' as const, text: 'missile ' }, { op: 'delete' as const, text: 'defence', variant: true }, { op: 'insert' as const, text: 'defense', variant: true }, { op: 'equal' as const, text: ' now' }] };
    const seg = rowSegments(row);
    expect(seg.left).toEqual([{ kind: 'equal', text: 'missile defence now' }]);
    expect(seg.right).toEqual([{ kind: 'equal', text: 'missile defense now' }]);
    // One column cannot show both spellings as one word: A's is struck and B's added, so A is never quoted in B's words.
    expect(seg.inline).toEqual([{ kind: 'equal', text: 'missile ' }, { kind: 'del', text: 'defence' }, { kind: 'ins', text: 'defense' }, { kind: 'equal', text: ' now' }]);
  });

  it('gives a quotation that opens with its own quotation mark no second one', () => {
    const [view] = changeViews([{ type: 'quote-altered', row: 0, left: '“We stay,” he said.', right: 'he said they would stay' }], 1);
    expect(view).toMatchObject({ leftClass: 'was own-quotes', rightClass: 'now' });
  });

  it('says where the other article names a name a row dropped or added', () => {
    const rows = [{ kind: 'changed' as const, left: ['Biden met Gantz.'], right: ['Gantz met.'], ops: [], left_index: [0], right_index: [0], grade: 'paraphrase' as const, score: 0.5, moved_from: null }];
    const views = changeViews([{ type: 'name-dropped', row: 0, left: 'Biden', right: null, elsewhere_row: 0 }, { type: 'name-added', row: 0, left: null, right: 'X', elsewhere_row: 9 }], rows.length);
    expect(views[0]?.elsewhere).toEqual({ href: '#row-1', text: 'B names it in row 1' });
    expect(views[1]?.elsewhere).toBeNull();
  });

  it('lists every change with a change-N id pointing at its row-M anchor, and links rows back', () => {
    expect(view.changes).toHaveLength(alignment.changes.length);
    expect(view.changes[0]).toEqual({ number: 1, id: 'change-1', type: 'attribution-changed', label: 'Attribution differs', rowHref: '#row-2', rowNumber: 2, left: null, right: 'Reuters reported', leftClass: 'was', rightClass: 'now', elsewhere: null });
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

  it('says there is boilerplate when either side has some, and what it is', () => {
    expect(view.hasBoilerplate).toBe(true);
    expect(pairView(alignment, left, { ...right, boilerplate: [] }).hasBoilerplate).toBe(false);
    expect(boilerplateSummary([
      { letter: 'A', boilerplate: [] },
      { letter: 'B', boilerplate: [{ kind: 'share', text: 'x' }, { kind: 'read-more', text: 'y' }, { kind: 'share', text: 'z' }] },
    ])).toBe('A: none; B: share (2), read more');
  });
});

// Issue #16 item 7: the A/B order must not read as a direction of copying.
describe('the A/B order in words', () => {
  const dated = (published: string | null, from: 'text' | 'curated' | null = 'curated') => ({ published, published_from: published ? from : null });
  /** Words that say one text took from, kept, added to or dropped from the other. */
  const DIRECTION = /(keeps?|kept|new|added|adds|inserted|dropped|drops|removed|copied from|became|moved from)/i;

  it('without two different dates, says the order is by file name and that it tells nothing about who came first', () => {
    expect(orderText(dated(null), dated(null))).toBe('Neither text is dated, so A and B are simply in order of file name: nothing here says which came first, or which copied which.');
    expect(orderText(dated('2018-07-27', 'text'), dated(null))).toBe('Only A is dated (27 July 2018 (from the article text)), so A and B are simply in order of file name: which came first is not known.');
    expect(orderText(dated(null), dated('2018-07-27'))).toMatch(/^Only B is dated .* in order of file name/);
    expect(orderText(dated('2018-07-27'), dated('2018-07-27'))).toMatch(/^Both are dated 27 July 2018 .* in order of file name: which came first is not known\.$/);
  });

  it('with two different dates, says which came first and how each date is known', () => {
    expect(orderText(dated('2018-07-27', 'text'), dated('2018-07-28', 'curated'))).toBe('A was published first: A on 27 July 2018 (from the article text), B on 28 July 2018 (curated metadata).');
  });

  it('puts the order on the pair view, and no figure, grade or change label implies copying', () => {
    const undated = pairView(alignment, { ...left, published: null, published_from: null }, { ...right, published: null, published_from: null }, 0.5);
    expect(undated.order).toBe('id');
    expect(undated.orderText).toMatch(/in order of file name/);
    expect(view.order).toBe('published');
    expect(view.orderText).toMatch(/^A was published first/);
    for (const v of [view, undated]) {
      const words = [v.overlapText, v.description, v.countsText, ...v.grades.flatMap((g) => [g.label, g.description]), ...v.changes.map((c) => c.label), ...v.changeCounts.map((c) => c.label), ...v.rows.flatMap((r) => [r.kindLabel, r.gradeLabel, r.movedFrom?.text ?? '', ...r.movedTo.map((m) => m.text), ...r.changes.map((c) => c.text)])];
      expect(words.filter((w) => DIRECTION.test(w))).toEqual([]);
    }
    expect(undated.grades.find((g) => g.grade === 'new')?.label).toBe('Unmatched');
  });
});

describe('rowSegments', () => {
  it('falls back to whole sentences when the ops do not give the text back', () => {
    const row = { kind: 'changed' as const, left: ['A cat sat.'], right: ['A dog sat.'], ops: [{ op: 'equal' as const, text: 'A bird sat.' }] };
    expect(rowSegments(row)).toEqual({
      left: [{ kind: 'equal', text: 'A cat sat.' }],
      right: [{ kind: 'equal', text: 'A dog sat.' }],
      inline: [{ kind: 'del', text: 'A cat sat.' }, { kind: 'equal', text: ' ' }, { kind: 'ins', text: 'A dog sat.' }],
    });
  });

  it('keeps text that looks like markup as text', () => {
    const row = { kind: 'changed' as const, left: ['<b>x</b>'], right: ['<b>y</b>'], ops: [{ op: 'equal' as const, text: '<b>' }, { op: 'delete' as const, text: 'x' }, { op: 'insert' as const, text: 'y' }, { op: 'equal' as const, text: '</b>' }] };
    expect(text(rowSegments(row).right)).toBe('<b>y</b>');
  });
});

describe('rowBlocks', () => {
  const rows = (kinds: string) => pairView({ ...alignment, rows: [...kinds].map((k) => ({ ...(alignment.rows[k === 's' ? 4 : 0] as AlignmentRow) })), changes: [] }, left, right).rows;
  it('folds only runs at least as long as the minimum', () => {
    expect(rowBlocks(rows('sscsssc')).map((b) => [b.type, b.rows.length])).toEqual([['rows', 3], ['unchanged', 3], ['rows', 1]]);
    expect(rowBlocks(rows('sss')).map((b) => b.type)).toEqual(['unchanged']);
    expect(rowBlocks(rows('ss'), 2).map((b) => b.type)).toEqual(['unchanged']);
    expect(rowBlocks([])).toEqual([]);
  });
});
