import { describe, expect, it } from 'vitest';
import { findListMarkers, isBullet, markerOf } from '../../../../src/lib/ingest/segment/lists.ts';

describe('markerOf', () => {
  it.each([
    ['1.', { style: 'number', value: 1 }], ['10)', { style: 'number', value: 10 }], ['2.)', { style: 'number', value: 2 }],
    ['(3)', { style: 'number', value: 3 }], ['⁃9.', { style: 'number', value: 9 }], ['b.', { style: 'letter', value: 2 }],
    ['c)', { style: 'letter', value: 3 }], ['(a)', { style: 'letter', value: 1 }],
  ] as const)('%s', (token, marker) => {
    expect(markerOf(token)).toEqual(marker);
  });

  it('rejects numbers, words and initials', () => {
    for (const t of ['600.', 'E.', 'No.', '(3', '1', 'U.S.']) expect(markerOf(t), t).toBeNull();
  });
});

describe('findListMarkers', () => {
  it('keeps markers whose predecessor counts one less', () => {
    const lists = findListMarkers('x 1. a 2. b 3. c 7. d'.split(' '));
    expect([...lists.members]).toEqual([1, 3, 5]);
    expect([...lists.continuing]).toEqual([[3, 1], [5, 1]]);
  });

  it('counts numbers and letters apart, and a lone marker is no list', () => {
    expect([...findListMarkers('a) x 1) y b) z'.split(' ')).continuing.keys()]).toEqual([4]);
    expect(findListMarkers('by 1. In the'.split(' ')).members.size).toBe(0);
  });

  it('knows bullets', () => {
    expect(isBullet('•')).toBe(true);
    expect(isBullet('⁃9.')).toBe(true);
    expect(isBullet('-')).toBe(false);
  });
});
