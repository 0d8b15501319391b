import { describe, expect, it } from 'vitest';
import { otherVersions } from '../../../src/lib/present/other-versions.ts';
import { articleCaption } from '../../../src/lib/present/format.ts';
import { article, pair } from './make.ts';

const articles = [article('a'), article('b', { outlet: 'Valley Post', published: '2024-06-02' }), article('c')];

describe('otherVersions', () => {
  it('lists the other article of each variant pair, most similar first, linking the pair page', () => {
    const versions = otherVersions('a', [pair('a', 'b', 0.5, true), pair('c', 'a', 0.9, true)], articles);
    expect(versions.map((v) => [v.id, v.pairUrl])).toEqual([
      ['c', '/compare/c--a/'],
      ['b', '/compare/a--b/'],
    ]);
    expect(versions[1]).toEqual({
      ...articleCaption(articles[1]!),
      figures: 'similarity 0.50; 50% of this article’s sentences have a counterpart there',
      pairUrl: '/compare/a--b/',
      hidden: '',
      file: null,
    });
  });

  it('tells apart for screen readers versions that share a title', () => {
    const alike = [article('a'), article('b', { title: 'T' }), article('c', { title: 'T', outlet: 'Wire' })];
    expect(otherVersions('a', [pair('a', 'b', 0.5, true), pair('a', 'c', 0.9, true)], alike).map((v) => v.hidden)).toEqual([' (Wire)', ' (Outlet not stated)']);
  });

  it('says the share from this article’s side: left_kept on the left, right_from_left on the right', () => {
    const p = { ...pair('a', 'b', 0.6, true), left_kept: 0.25, right_from_left: 0.75 };
    expect(otherVersions('a', [p], articles)[0]?.figures).toBe('similarity 0.60; 25% of this article’s sentences have a counterpart there');
    expect(otherVersions('b', [p], articles)[0]?.figures).toBe('similarity 0.60; 75% of this article’s sentences have a counterpart there');
  });

  it('leaves out pairs that are not variants, pairs of other articles and unknown articles', () => {
    expect(otherVersions('a', [pair('a', 'b', 0.5, false), pair('b', 'c', 0.9, true), pair('a', 'zz', 0.7, true)], articles)).toEqual([]);
    expect(otherVersions('a', [], articles)).toEqual([]);
  });
});
