// Cache keys of pages rendered from their props: equal props give one key, any change in them another.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cacheKeyOf, keyedByProps } from '../../../src/data/cache-key.ts';

describe('cacheKeyOf', () => {
  it('gives equal props one key and different props different keys', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(cacheKeyOf(a) === cacheKeyOf(b)).toBe(JSON.stringify(a) === JSON.stringify(b));
      }),
    );
  });
});

describe('keyedByProps', () => {
  it('keys each static path by its own props, keeping its params and props', () => {
    const paths = [
      { params: { page: undefined }, props: { page: { currentPage: 1, data: ['a', 'b'] } } },
      { params: { page: '2' }, props: { page: { currentPage: 2, data: ['c'] } } },
    ];
    const keyed = keyedByProps(paths);
    expect(keyed.map(({ cacheKey, ...rest }) => rest)).toEqual(paths);
    expect(keyed.map((p) => p.cacheKey)).toEqual(paths.map((p) => cacheKeyOf(p.props)));
    expect(new Set(keyed.map((p) => p.cacheKey)).size).toBe(2);
  });

  it('changes a page’s key when one row of its slice changes, and only that page’s', () => {
    const page = (n: number, rows: string[]) => ({ params: { page: String(n) }, props: { page: { currentPage: n, data: rows } } });
    const before = keyedByProps([page(1, ['a', 'b']), page(2, ['c'])]);
    const after = keyedByProps([page(1, ['a', 'B']), page(2, ['c'])]);
    expect(after[0]?.cacheKey).not.toBe(before[0]?.cacheKey);
    expect(after[1]?.cacheKey).toBe(before[1]?.cacheKey);
  });
});
