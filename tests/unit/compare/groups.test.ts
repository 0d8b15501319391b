// Variant groups: connected components of the variant pairs (not of every scored pair), members in date-then-id
// order, groups in order of their first member, articles in no variant pair left out.
import { describe, expect, it } from 'vitest';
import { variantGroups } from '../../../src/lib/compare/groups.ts';

const articles = [
  { id: 'a', published: '2022-06-03' },
  { id: 'b', published: '2022-06-01' },
  { id: 'c', published: null },
  { id: 'd', published: '2022-06-02' },
  { id: 'e', published: '2022-06-02' },
  { id: 'f', published: null },
];
const variant = (left: string, right: string, isVariant = true) => ({ left, right, variant: isVariant });

describe('variantGroups', () => {
  it('joins chains of variant pairs into one group, ordered by date then id, undated last', () => {
    expect(variantGroups(articles, [variant('a', 'c'), variant('c', 'b')])).toEqual([['b', 'a', 'c']]);
  });

  it('ignores pairs that were scored but are not variants, and leaves singletons out', () => {
    expect(variantGroups(articles, [variant('a', 'b', false), variant('d', 'e'), variant('c', 'f', false)])).toEqual([['d', 'e']]);
    expect(variantGroups(articles, [])).toEqual([]);
  });

  it('keeps separate stories apart and lists groups by their first member', () => {
    expect(variantGroups(articles, [variant('f', 'e'), variant('a', 'b')])).toEqual([
      ['b', 'a'],
      ['e', 'f'],
    ]);
  });

  it('handles a long chain of variants (every article a copy of the next)', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ id: `n${String(i).padStart(5, '0')}`, published: null }));
    const chain = many.slice(1).map((x, i) => variant((many[i] as { id: string }).id, x.id));
    const groups = variantGroups(many, chain);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toHaveLength(many.length);
  });
});
