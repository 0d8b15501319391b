// A partial id: one article, several, or none.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LISTED_IDS, matchIdPrefix } from '../../../src/lib/corpus/id-prefix.ts';

const ids = ['000_c608498fdd6010fe', '001_bc2d5a695a7b0f21', '002_7d675eac96b8c948', '010_aa', 'Reuters_Story'];

describe('matchIdPrefix', () => {
  it('finds the one article a file number or the start of an id names', () => {
    expect(matchIdPrefix(ids, '001')).toEqual({ kind: 'one', id: '001_bc2d5a695a7b0f21' });
    expect(matchIdPrefix(ids, ' 002_7D6 ')).toEqual({ kind: 'one', id: '002_7d675eac96b8c948' });
    expect(matchIdPrefix(ids, 'reuters')).toEqual({ kind: 'one', id: 'Reuters_Story' });
  });

  it('prefers an id that is exactly what was given over longer ones starting with it', () => {
    expect(matchIdPrefix(['01', '01_x', '01_y'], '01')).toEqual({ kind: 'one', id: '01' });
  });

  it('lists several, sorted and at most a few, with how many there are', () => {
    expect(matchIdPrefix(ids, '00')).toEqual({ kind: 'several', ids: ids.slice(0, 3), count: 3 });
    const many = Array.from({ length: 12 }, (_, i) => `a${String(i).padStart(2, '0')}`);
    const match = matchIdPrefix(many.reverse(), 'a');
    expect(match).toEqual({ kind: 'several', ids: ['a00', 'a01', 'a02', 'a03', 'a04'].slice(0, LISTED_IDS), count: 12 });
  });

  it('names none for blank input or a start no id has', () => {
    expect(matchIdPrefix(ids, '   ')).toEqual({ kind: 'none' });
    expect(matchIdPrefix(ids, '003')).toEqual({ kind: 'none' });
    expect(matchIdPrefix([], 'a')).toEqual({ kind: 'none' });
  });

  it('only ever names ids that start with what was given', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-c0-2_]{1,5}$/)), fc.stringMatching(/^[a-c0-2_]{1,3}$/), (list, given) => {
        const match = matchIdPrefix(list, given);
        const named = match.kind === 'one' ? [match.id] : match.kind === 'several' ? match.ids : [];
        for (const id of named) expect(id.toLowerCase().startsWith(given.toLowerCase())).toBe(true);
        if (match.kind === 'none') expect(list.some((id) => id.toLowerCase().startsWith(given.toLowerCase()))).toBe(false);
      }),
    );
  });
});
