// The similarity matrix view model: shades, headers, cells, and which articles a large corpus shows.
import { describe, expect, it } from 'vitest';
import { matrixArticles, shadeLegend, shadeLevel, similarityMatrix } from '../../../src/lib/present/matrix.ts';
import { article, pair } from './make.ts';

const a = article('a', { published: '2018-07-27', outlet: 'Wire' });
const b = article('b');
const c = article('c');

describe('shadeLevel', () => {
  it.each([
    [0, 0],
    [0.19, 0],
    [0.2, 1],
    [0.59, 2],
    [0.6, 3],
    [0.8, 4],
    [1, 4],
    [-0.5, 0],
    [1.5, 4],
  ])('puts %d in step %d', (value, level) => {
    expect(shadeLevel(value)).toBe(level);
  });
  it('refuses NaN', () => {
    expect(() => shadeLevel(Number.NaN)).toThrow(/NaN/);
  });
});

describe('shadeLegend', () => {
  it('covers 0 to 1 in steps that say their range in words', () => {
    expect(shadeLegend()).toEqual([
      { level: 0, from: 0, to: 0.2, text: '0.00 to under 0.20' },
      { level: 1, from: 0.2, to: 0.4, text: '0.20 to under 0.40' },
      { level: 2, from: 0.4, to: 0.6, text: '0.40 to under 0.60' },
      { level: 3, from: 0.6, to: 0.8, text: '0.60 to under 0.80' },
      { level: 4, from: 0.8, to: 1, text: '0.80 to 1.00' },
    ]);
  });
});

describe('similarityMatrix', () => {
  const m = similarityMatrix([a, b, c], [pair('a', 'b', 0.874, true), pair('b', 'c', 0.31)]);

  it('heads rows and columns with each article and a short key', () => {
    expect(m.columns).toEqual([
      { id: 'a', key: '1', title: 'Title a', url: '/articles/a/', outlet: 'Wire', kind: null, published: '2018-07-27', dateText: '27 July 2018' },
      { id: 'b', key: '2', title: 'Title b', url: '/articles/b/', outlet: 'Outlet not stated', kind: null, published: null, dateText: 'undated' },
      { id: 'c', key: '3', title: 'Title c', url: '/articles/c/', outlet: 'Outlet not stated', kind: null, published: null, dateText: 'undated' },
    ]);
    expect(m.rows.map((r) => r.header)).toEqual(m.columns);
    expect(m.scored).toBe(2);
    expect(m.linked).toBe(1);
  });

  it('fills both cells of a pair, links variant pairs and prints every value', () => {
    const ab = m.rows[0]?.cells[1];
    const ba = m.rows[1]?.cells[0];
    expect(ab).toEqual({
      row: 'a',
      column: 'b',
      kind: 'scored',
      value: 0.874,
      text: '0.87',
      srText: ', variant pair: compare articles 1 and 2',
      description: 'Articles 1 and 2: similarity 0.87, variant pair.',
      url: '/compare/a--b/',
      variant: true,
      level: 4,
    });
    expect(ba).toMatchObject({ row: 'b', column: 'a', text: '0.87', url: '/compare/a--b/', srText: ', variant pair: compare articles 2 and 1' });
  });

  it('prints a scored pair without a pair page, unlinked', () => {
    expect(m.rows[2]?.cells[1]).toEqual({
      row: 'c',
      column: 'b',
      kind: 'scored',
      value: 0.31,
      text: '0.31',
      srText: '',
      description: 'Articles 3 and 2: similarity 0.31.',
      url: null,
      variant: false,
      level: 1,
    });
  });

  it('marks unscored pairs and the diagonal in text, not colour', () => {
    expect(m.rows[0]?.cells[2]).toMatchObject({ kind: 'unscored', text: '–', srText: ' not compared', url: null, level: null, value: null });
    expect(m.rows.map((r, i) => r.cells[i]?.kind)).toEqual(['self', 'self', 'self']);
    expect(m.rows[1]?.cells[1]).toMatchObject({ text: '·', srText: ' same article', url: null, level: null });
  });

  it('ignores pairs naming unknown articles, self-pairs and repeats', () => {
    const m2 = similarityMatrix([a, b], [pair('a', 'zzz', 0.9, true), pair('a', 'a', 1), pair('b', 'a', 0.5), pair('a', 'b', 0.9)]);
    expect(m2.scored).toBe(1);
    expect(m2.rows.map((r) => r.cells.map((x) => x.text))).toEqual([
      ['·', '0.50'],
      ['0.50', '·'],
    ]);
  });

  it('is empty for no articles', () => {
    expect(similarityMatrix([], [])).toMatchObject({ columns: [], rows: [], scored: 0, linked: 0 });
  });
});

describe('matrixArticles', () => {
  const many = Array.from({ length: 50 }, (_, i) => ({ id: `a${String(i).padStart(2, '0')}`, title: `A ${i}`, outlet: null, published: null }));
  it('keeps every article of a small corpus', () => {
    expect(matrixArticles(many.slice(0, 5), [])).toHaveLength(5);
  });
  it('caps a large corpus, preferring articles with copies, in the given order', () => {
    const pairs = [{ left: 'a40', right: 'a03', similarity: 0.8, variant: true, left_kept: 1, right_from_left: 1, shared_sentences: 3 }];
    const chosen = matrixArticles(many, pairs, 10);
    expect(chosen).toHaveLength(10);
    expect(chosen.map((a) => a.id)).toContain('a40');
    expect(chosen.map((a) => a.id)).toContain('a03');
    expect(chosen.map((a) => a.id)).toEqual([...chosen.map((a) => a.id)].sort());
  });
});
