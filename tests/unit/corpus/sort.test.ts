import { describe, expect, it } from 'vitest';
import { sortArticles } from '../../../src/lib/corpus/sort.ts';

const a = (id: string, published: string | null) => ({ id, published });

describe('sortArticles', () => {
  it('orders by date, undated last, then by id', () => {
    const input = [a('c', null), a('b', '2020-01-02'), a('a', null), a('z', '2019-12-31'), a('d', '2020-01-02')];
    expect(sortArticles(input).map((x) => x.id)).toEqual(['z', 'b', 'd', 'a', 'c']);
  });

  it('returns a new array and leaves the input as it was', () => {
    const input = [a('b', null), a('a', null)];
    const sorted = sortArticles(input);
    expect(sorted.map((x) => x.id)).toEqual(['a', 'b']);
    expect(input.map((x) => x.id)).toEqual(['b', 'a']);
    expect(sorted).not.toBe(input);
  });

  it('handles empty input and ids by code unit, not locale', () => {
    expect(sortArticles([])).toEqual([]);
    expect(sortArticles([a('b', null), a('B', null), a('ä', null)]).map((x) => x.id)).toEqual(['B', 'b', 'ä']);
  });
});
