// The group table and the article page's "other versions" list, built on the reader's hand-made alignment.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Alignment, AlignmentRow, RowKind } from '../../../src/lib/compare/types.ts';
import type { Article } from '../../../src/lib/schema/article.ts';
import { baseNote, groupTable, groupsWithTable } from '../../../src/lib/present/group-table.ts';
import { otherVersions } from '../../../src/lib/present/other-versions.ts';
import { article, pair } from './make.ts';

const dir = 'tests/fixtures/reader/pair-000-001';
const load = <T>(name: string): T => JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')) as T;
const alignment = load<Alignment>('alignment.json');
const left = load<Article>('left.json');
const right = load<Article>('right.json');

const FLIP: Record<RowKind, RowKind> = { same: 'same', changed: 'changed', moved: 'moved', 'left-only': 'right-only', 'right-only': 'left-only' };

/** The same alignment stored the other way round (THIRD on the left, LEFT on the right), as the engine may key it. */
function flipped(a: Alignment, leftId: string): Alignment {
  return {
    ...a,
    left: leftId,
    right: a.left,
    rows: a.rows.map((r): AlignmentRow => ({ ...r, kind: FLIP[r.kind], left: r.right, right: r.left, left_index: r.right_index, right_index: r.left_index })),
  };
}

const third = { ...right, id: 'THIRD', title: 'Third copy' };
const stored = new Map<string, Alignment>([
  ['LEFT--RIGHT', alignment],
  ['THIRD--LEFT', flipped(alignment, 'THIRD')],
]);
const lookup = (l: string, r: string) => stored.get(`${l}--${r}`);
const unscored = () => undefined;

describe('groupTable', () => {
  const m = groupTable(['LEFT', 'RIGHT', 'THIRD'], [left, right, third], lookup, unscored);

  it('has one row per base sentence and one column per copy', () => {
    expect(m?.base.id).toBe('LEFT');
    expect(m?.columns.map((c) => [c.key, c.id, c.pairUrl])).toEqual([
      ['B', 'RIGHT', '/compare/LEFT--RIGHT/'],
      ['C', 'THIRD', '/compare/THIRD--LEFT/'],
    ]);
    expect(m?.rows).toHaveLength(left.sentences.flat().length);
  });

  it('says same, differs or absent and links to the pair-page row, whichever way the pair is stored', () => {
    const states = (i: number) => m?.rows.map((r) => r.cells[i]?.state);
    const expected = ['changed', 'changed', 'changed', 'changed', 'changed', 'changed', 'kept', 'changed', 'changed', 'kept', 'kept', 'dropped', 'dropped', 'changed', 'dropped', 'changed'];
    expect(states(0)).toEqual(expected);
    expect(states(1)).toEqual(expected);
    expect(m?.rows[15]?.cells[0]).toEqual({ state: 'changed', text: 'differs: clause', symbol: '≠', facts: ['clause'], href: '/compare/LEFT--RIGHT/#row-16', hidden: ' (copy B, sentence 16)' });
    expect(m?.rows[15]?.cells[1]?.href).toBe('/compare/THIRD--LEFT/#row-16');
    expect(m?.columns[0]).toMatchObject({ kept: 3, changed: 10, dropped: 3 });
  });

  it('lists what each copy added', () => {
    expect(m?.columns[0]?.additions.map((a) => a.href)).toEqual(['/compare/LEFT--RIGHT/#row-11', '/compare/LEFT--RIGHT/#row-12', '/compare/LEFT--RIGHT/#row-13']);
    expect(m?.columns[1]?.additions[0]?.text).toMatch(/^“MESA will serve/);
  });

  // Issue #16 item 7: the base is a point of reference; only dates that settle the order make it "the earliest".
  it('says why the base is the base, without implying it is the original', () => {
    expect(m?.baseNote).toBe('The base is the earliest copy: published 27 July 2018 (curated metadata).');
    const undated = { ...third, published: null, published_from: null };
    expect(baseNote(left, [right, undated])).toBe('The dates do not settle which copy came first, so the base is simply the first in order of date, then file name: a point of reference, not necessarily the original.');
    expect(baseNote(left, [right, { ...third, published: left.published }])).toMatch(/^The dates do not settle/);
    expect(m?.rows.flatMap((r) => r.cells.map((c) => c.text)).filter((t) => /kept|dropped|added/.test(t))).toEqual([]);
  });

  it('marks copies the engine never aligned with the base as not aligned, and has no figures for them', () => {
    const fourth = { ...right, id: 'FOURTH' };
    const n = groupTable(['LEFT', 'RIGHT', 'FOURTH'], [left, right, fourth], lookup, unscored);
    expect(n?.rows[0]?.cells[1]).toEqual({ state: 'none', text: 'not aligned', symbol: '–', facts: [], href: null, hidden: ' (copy C, sentence 1)' });
    expect(n?.columns[1]).toMatchObject({ pairUrl: null, kept: 0, changed: 0, dropped: 0, additions: [] });
    expect(n?.columns[1]?.unaligned?.reason).toBe('Not aligned with the base: the engine never compared the two (it compares each article with its closest candidates, and every pair only in groups of at most 8 copies), so no sentence is counted.');
    expect(n?.columns[0]?.unaligned).toBeNull();
  });

  it('says why a copy is not aligned with the base and which copies it is a version of, linking their pair pages', () => {
    // FIFTH was compared with the base and judged too different; it is in the group through RIGHT and THIRD.
    const fifth = { ...right, id: 'FIFTH', title: 'Fifth copy' };
    const more = new Map([...stored, ['RIGHT--FIFTH', alignment], ['FIFTH--THIRD', alignment]]);
    const scores = (a: string, b: string) => ([a, b].sort().join() === 'FIFTH,LEFT' ? { similarity: 0.346, variant: false } : undefined);
    const n = groupTable(['LEFT', 'RIGHT', 'THIRD', 'FIFTH'], [left, right, third, fifth], (l, r) => more.get(`${l}--${r}`), scores);
    expect(n?.columns.map((c) => c.key)).toEqual(['B', 'C', 'D']);
    expect(n?.columns[2]?.unaligned).toEqual({
      reason: 'Not aligned with the base: the engine compared the two and found them too different to be versions of one text (similarity 0.35), so no sentence is counted.',
      via: [
        { key: 'B', pairUrl: '/compare/RIGHT--FIFTH/', after: ' and ' },
        { key: 'C', pairUrl: '/compare/FIFTH--THIRD/', after: '' },
      ],
    });
  });

  // Found at 1,000 articles: copies of one text share its title and, unknown, their outlet, so a screen reader's
  // list of links read the same title (and "same", "differs") for different pages.
  it('tells apart, for screen readers, every link that goes somewhere else, when the copies share a title and no outlet', () => {
    const alike = [left, right, third].map((a) => ({ ...a, title: 'One title', outlet: null }));
    const t = groupTable(['LEFT', 'RIGHT', 'THIRD'], alike, lookup, unscored);
    if (!t) throw new Error('no table');
    const links = [t.base.link, ...t.columns.flatMap((c) => [c.link, ...c.additions]), ...t.rows.flatMap((r) => r.cells.filter((c) => c.href))];
    const targets = new Map<string, Set<string | null>>();
    for (const l of links) targets.set(`${l.text}${l.hidden}`, (targets.get(`${l.text}${l.hidden}`) ?? new Set()).add(l.href));
    expect([...targets].filter(([, hrefs]) => hrefs.size > 1).map(([name]) => name)).toEqual([]);
    expect([t.base.link, ...t.columns.map((c) => c.link)].map((l) => `${l.text}${l.hidden}`)).toEqual(['One title (the base)', 'One title (copy B)', 'One title (copy C)']);
    expect(t.columns[0]?.additions[0]?.hidden).toBe(' (copy B)');
  });

  // Found by a first user: a changed figure and an altered quote read "≈ differs", as a light rewording does.
  it('names the facts that differ in a sentence (figure, quote, …) with their own symbol; a rewording stays "≈ differs"', () => {
    const r = alignment.rows.findIndex((row) => row.kind === 'changed' && row.grade !== 'verbatim');
    const typed: Alignment = { ...alignment, changes: [{ type: 'number-changed', row: r, left: '1,200', right: '1,300' }, { type: 'quote-altered', row: r, left: 'a', right: 'b' }, { type: 'wording-changed', row: r, left: 'x', right: 'y' }] };
    const bare: Alignment = { ...alignment, changes: [] };
    const look = (a: Alignment) => {
      const table = groupTable(['LEFT', 'RIGHT', 'THIRD'], [left, right, third], (l, x) => (l === 'LEFT' && x === 'RIGHT' ? a : lookup(l, x)), unscored);
      const base = alignment.rows[r]?.left_index[0] as number;
      return table?.rows[base]?.cells[0];
    };
    expect(look(typed)).toMatchObject({ state: 'changed', symbol: '≠', text: 'differs: figure, quote', facts: ['figure', 'quote'] });
    expect(look(bare)).toMatchObject({ state: 'changed', symbol: '≈', text: 'differs', facts: [] });
  });

  it('needs a base and two copies among the articles', () => {
    expect(groupTable(['LEFT', 'RIGHT'], [left, right], lookup, unscored)).toBeNull();
    expect(groupTable(['LEFT', 'RIGHT', 'GONE'], [left, right], lookup, unscored)).toBeNull();
    expect(groupsWithTable([['a', 'b'], ['c', 'd', 'e'], ['f', 'f', 'g']])).toEqual([['c', 'd', 'e']]);
  });

  it('names by its file a copy captioned as another is (same title, outlet and date), and no other', () => {
    const same = (id: string) => article(id, { title: 'Wire story', outlet: 'Iberia Wire', published: '2025-03-04' });
    const members = [same('wire'), same('forum'), same('digest'), article('post', { title: 'Rewrite', outlet: 'The Post', published: '2025-03-04' })];
    const m = groupTable(members.map((a) => a.id), members, () => undefined, unscored);
    expect([m?.base.file, ...(m?.columns.map((c) => c.file) ?? [])]).toEqual(['wire', 'forum', 'digest', null]);
  });

  it('puts first the copy curated as the wire, else the copy aligned with the most others, else the earliest', () => {
    const plain = (id: string) => ({ id, kind: null, kind_from: null });
    const wire = { id: 'w', kind: 'wire', kind_from: 'curated' as const };
    const alignedPairs = new Set(['t|w', 'w|t', 'w|r', 'r|w']);
    const aligned = (a: string, b: string) => alignedPairs.has(`${a}|${b}`);
    // A translation dated before the wire it was made from: the wire is still the base.
    expect(groupsWithTable([['t', 'r', 'w']], [plain('t'), plain('r'), wire], aligned)).toEqual([['w', 't', 'r']]);
    // Without a curated wire, the copy aligned with both others is the base, not the earliest aligned with one.
    expect(groupsWithTable([['t', 'r', 'w']], ['t', 'r', 'w'].map(plain), aligned)).toEqual([['w', 't', 'r']]);
    // Kind "wire" read from no curated file is no ground; a tie keeps the earliest.
    expect(groupsWithTable([['t', 'r', 'w']], [plain('t'), plain('r'), { ...wire, kind_from: 'derived' as const }], () => true)).toEqual([['t', 'r', 'w']]);
  });

  // A first user's story: the wire copy and a rewrite were published the same day, every copy aligned with every
  // other, and the base was the rewrite, first by file name.
  it('among copies of the same day equally aligned, puts first the one with an agency’s dateline', () => {
    const copy = (id: string, published: string, dateline: string | null = null) => ({ id, kind: null, kind_from: null, published, dateline });
    const day = [copy('a-rewrite', '2025-03-11', 'PORT ASTRELL'), copy('b-wire', '2025-03-11', 'PORT ASTRELL, March 11 (CPA)'), copy('c-later', '2025-03-12')];
    expect(groupsWithTable([['a-rewrite', 'b-wire', 'c-later']], day, () => true)).toEqual([['b-wire', 'a-rewrite', 'c-later']]);
    // An earlier copy stays the base: the dateline only settles a tie of the same day.
    const earlier = [copy('a-rewrite', '2025-03-10'), ...day.slice(1)];
    expect(groupsWithTable([['a-rewrite', 'b-wire', 'c-later']], earlier, () => true)).toEqual([['a-rewrite', 'b-wire', 'c-later']]);
  });

  // A first user's story: every copy of one day carried the wire's dateline (no agency code), and the base was an
  // outlet's rewrite, first by file name, so the wire's own sentences showed as changed in every column.
  it('among copies of the same day (or of no date) equally aligned, with no agency dateline, puts first the one closest to the others', () => {
    const copy = (id: string, published: string | null) => ({ id, kind: null, kind_from: null, published, dateline: 'LISBON, March 4 (Iberia Wire)' });
    const ids = ['archive', 'forum', 'wire'];
    // Each copy departs from the wire in its own way: the wire is nearer to each than they are to each other.
    const closeness = (a: string, b: string) => (a === 'wire' || b === 'wire' ? 0.95 : 0.85);
    expect(groupsWithTable([ids], ids.map((id) => copy(id, '2025-03-04')), () => true, closeness)).toEqual([['wire', 'archive', 'forum']]);
    expect(groupsWithTable([ids], ids.map((id) => copy(id, null)), () => true, closeness)).toEqual([['wire', 'archive', 'forum']]);
    // An earlier copy stays the base.
    expect(groupsWithTable([ids], [copy('archive', '2025-03-03'), copy('forum', '2025-03-04'), copy('wire', '2025-03-04')], () => true, closeness)).toEqual([['archive', 'forum', 'wire']]);
  });

  it('says why the base is the base: the curated wire, or the most aligned copy naming the earliest', () => {
    const wireBase = { ...right, kind: 'wire', kind_from: 'curated' as const };
    expect(baseNote(wireBase, [left, third])).toBe('The base is the wire copy, as the curated metadata says (kind: wire); the other copies are read against it.');
    const later = { ...third, published: '2030-01-01', published_from: 'curated' as const };
    const aligned = (a: string, b: string) => a === later.id || b === later.id;
    expect(baseNote(later, [left, right], aligned)).toBe(`The base is the copy aligned with the most others (2 of 2); the earliest, “${left.title}”, is aligned with 1, so it would leave copies without figures.`);
    // The same day, equally aligned: the copy with an agency's dateline, and the note says so.
    const wireCopy = { ...third, id: 'WIRE', published: left.published, published_from: 'curated' as const, dateline: 'PORT ASTRELL, March 11 (CPA)' };
    expect(baseNote(wireCopy, [left, right], () => true)).toMatch(/^The base is the copy with an agency’s dateline \(“PORT ASTRELL, March 11 \(CPA\)”\)/);
    // Neither dated: the note says so rather than naming a day.
    expect(baseNote({ ...wireCopy, published: null }, [{ ...left, published: null }, { ...right, published: null }], () => true)).toMatch(/the earliest by file name are not dated, and are aligned/);
    // The same day, equally aligned, no agency dateline: the copy closest to the others, with the two averages.
    const closest = { ...wireCopy, dateline: null };
    const note = baseNote(closest, [left, right], () => true, (a, b) => (a === 'WIRE' || b === 'WIRE' ? 0.9 : 0.7));
    expect(note).toBe(`The base is the copy closest to the others (similarity 0.90 on average, against 0.80 for “${left.title}”, the first by file name): the copies were published the same day, 27 July 2018, and the one the others differ from least is the likeliest source.`);
  });
});

describe('otherVersions', () => {
  const articles = [article('a', { title: 'A' }), article('b', { title: 'B', outlet: 'Outlet B' }), article('c', { title: 'C', published: '2019-04-11' })];
  const ab = { ...pair('a', 'b', 0.6, true), left_kept: 0.8 };
  const ca = { ...pair('c', 'a', 0.9, true), left_kept: 0.5 };

  it('lists each variant with its figures from this article’s side, most similar first', () => {
    expect(otherVersions('a', [ab, ca], articles)).toEqual([
      { id: 'c', title: 'C', url: '/articles/c/', outlet: 'Outlet not stated', kind: null, dateText: '11 April 2019', published: '2019-04-11', figures: 'similarity 0.90; 90% of this article’s sentences have a counterpart there', pairUrl: '/compare/c--a/', hidden: '', file: null },
      { id: 'b', title: 'B', url: '/articles/b/', outlet: 'Outlet B', kind: null, dateText: 'undated', published: null, figures: 'similarity 0.60; 80% of this article’s sentences have a counterpart there', pairUrl: '/compare/a--b/', hidden: '', file: null },
    ]);
  });

  it('skips pairs without a page, other articles’ pairs and unknown articles', () => {
    expect(otherVersions('a', [pair('a', 'b', 0.3, false), pair('b', 'c', 0.9, true), pair('a', 'zzz', 0.9, true)], articles)).toEqual([]);
  });
});
