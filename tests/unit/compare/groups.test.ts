// Variant groups: stories from the variant pairs, without one look-alike pair chaining two stories together;
// members in date-then-id order, groups by their first member, scored non-variants and singletons left out.
import { describe, expect, it } from 'vitest';
import { variantGroups, type GroupPair } from '../../../src/lib/compare/groups.ts';

const articles = (ids: string) => [...ids].map((id) => ({ id, published: null }));
/** "ab" is a variant pair, "a-b" a compared pair judged not a variant; similarity orders the evidence. */
const pairs = (spec: string, similarity = 0.8): GroupPair[] =>
  spec.split(' ').map((p) => (p.includes('-') ? { left: p[0] as string, right: p[2] as string, variant: false, similarity: 0.1 } : { left: p[0] as string, right: p[1] as string, variant: true, similarity }));

describe('variantGroups', () => {
  it('groups copies of one story and leaves singletons out, in id order', () => {
    expect(variantGroups(articles('abcdex'), pairs('ab bc ac de'))).toEqual([['a', 'b', 'c'], ['d', 'e']]);
  });

  it('keeps two stories apart when one look-alike pair bridges them and their other members were judged unrelated', () => {
    // a~b~c is one story, d~e another; c~d look alike, but a, b against d, e were compared and are not variants.
    const input = [...pairs('ab bc ac de', 0.9), { left: 'c', right: 'd', variant: true, similarity: 0.4 }, ...pairs('a-d b-d c-e')];
    expect(variantGroups(articles('abcde'), input)).toEqual([['a', 'b', 'c'], ['d', 'e']]);
  });

  it('splits a chain a~b~c~d whose ends were compared and judged unrelated', () => {
    const input = [{ left: 'a', right: 'b', variant: true, similarity: 0.9 }, { left: 'c', right: 'd', variant: true, similarity: 0.8 }, { left: 'b', right: 'c', variant: true, similarity: 0.5 }, ...pairs('a-c b-d a-d')];
    expect(variantGroups(articles('abcd'), input)).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('keeps a copy of a copy in its story (a~b, b~c, a≁c: one yes against one no)', () => {
    expect(variantGroups(articles('abc'), pairs('ab bc a-c'))).toEqual([['a', 'b', 'c']]);
  });

  it('counts pairs never compared as no evidence either way', () => {
    expect(variantGroups(articles('abcd'), pairs('ab bc cd'))).toEqual([['a', 'b', 'c', 'd']]);
  });

  // Found by a first user: a three-sentence condensed copy, a version of the wire, kept out of the wire's group by two
  // other copies that had kept two of its sentences each (one link short of a verdict).
  it('counts a "no" one link short of "yes" as no evidence: a condensed copy joins its story', () => {
    const story = pairs('ab ac ad bc bd cd', 0.9);
    const near = (right: string): GroupPair => ({ left: 'e', right, variant: false, similarity: 0.3, near_miss: true });
    expect(variantGroups(articles('abcde'), [...story, { left: 'a', right: 'e', variant: true, similarity: 0.27 }, near('b'), near('c')])).toEqual([['a', 'b', 'c', 'd', 'e']]);
    // Two plain "no" verdicts still keep it out.
    expect(variantGroups(articles('abcde'), [...story, { left: 'a', right: 'e', variant: true, similarity: 0.27 }, ...pairs('e-b e-c')])).toEqual([['a', 'b', 'c', 'd']]);
  });

  it('gives the same groups whatever the order of the pairs', () => {
    const input = [...pairs('ab bc ac de', 0.9), { left: 'c', right: 'd', variant: true, similarity: 0.4 }, ...pairs('a-d b-d c-e')];
    expect(variantGroups(articles('abcde'), [...input].reverse())).toEqual(variantGroups(articles('abcde'), input));
  });
});

const dated = [
  { id: 'a', published: '2022-06-03' },
  { id: 'b', published: '2022-06-01' },
  { id: 'c', published: null },
  { id: 'd', published: '2022-06-02' },
  { id: 'e', published: '2022-06-02' },
  { id: 'f', published: null },
];
const variant = (left: string, right: string, isVariant = true) => ({ left, right, variant: isVariant });

describe('variantGroups: order, verdicts and size', () => {
  it('joins chains of variant pairs into one group, ordered by date then id, undated last', () => {
    expect(variantGroups(dated, [variant('a', 'c'), variant('c', 'b')])).toEqual([['b', 'a', 'c']]);
  });

  it('ignores pairs that were scored but are not variants, and leaves singletons out', () => {
    expect(variantGroups(dated, [variant('a', 'b', false), variant('d', 'e'), variant('c', 'f', false)])).toEqual([['d', 'e']]);
    expect(variantGroups(dated, [])).toEqual([]);
  });

  it('keeps separate stories apart and lists groups by their first member', () => {
    expect(variantGroups(dated, [variant('f', 'e'), variant('a', 'b')])).toEqual([
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
