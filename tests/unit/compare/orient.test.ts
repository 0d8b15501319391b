// Pair orientation: the earlier-published article on the left when both dates are known and differ, else the lower id.
import { describe, expect, it } from 'vitest';
import { orientPair, pairOrder } from '../../../src/lib/compare/orient.ts';

const a = (id: string, published: string | null) => ({ id, published });

describe('pairOrder and orientPair', () => {
  it('puts the earlier-published article on the left, whichever id is lower', () => {
    const early = a('b-late-id', '2022-06-01');
    const late = a('a-early-id', '2022-06-02');
    expect(pairOrder(early, late)).toBe('published');
    expect(orientPair(early, late)).toEqual([early, late]);
    expect(orientPair(late, early)).toEqual([early, late]);
  });

  it('falls back to the lower id when a date is unknown or both dates are the same', () => {
    for (const [x, y] of [
      [a('002', null), a('001', '2022-06-01')],
      [a('002', '2022-06-01'), a('001', null)],
      [a('002', null), a('001', null)],
      [a('002', '2022-06-01'), a('001', '2022-06-01')],
    ] as const) {
      expect(pairOrder(x, y)).toBe('id');
      expect(orientPair(x, y).map((p) => p.id)).toEqual(['001', '002']);
      expect(orientPair(y, x).map((p) => p.id)).toEqual(['001', '002']);
    }
  });
});
