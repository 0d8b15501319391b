// The home page's variant groups view: members in engine order, pair pages inside each group, the ungrouped rest.
import { describe, expect, it } from 'vitest';
import { variantGroupsView } from '../../../src/lib/present/variant-groups.ts';
import { article, pair } from './make.ts';

const articles = [
  article('a', { published: '2018-07-27', outlet: 'Wire', kind: 'wire' }),
  article('b', { kind: 'rewrite' }),
  article('c'),
  article('d'),
];

describe('variantGroupsView', () => {
  it('resolves members in the engine order, lists pair pages inside the group and the ungrouped rest', () => {
    const view = variantGroupsView([['b', 'a']], articles, [pair('a', 'b', 0.9, true), pair('a', 'c', 0.4), pair('c', 'd', 0.95, true)]);
    expect(view).toEqual({
      groups: [
        {
          number: 1,
          members: [
            { id: 'b', title: 'Title b', url: '/articles/b/', outlet: 'Outlet not stated', kind: 'rewrite', published: null, dateText: 'undated' },
            { id: 'a', title: 'Title a', url: '/articles/a/', outlet: 'Wire', kind: 'wire', published: '2018-07-27', dateText: '27 July 2018' },
          ],
          comparisons: [{ url: '/compare/a--b/', left: 'a', right: 'b', text: '“Title a” with “Title b”', similarity: '0.90' }],
        },
      ],
      ungrouped: [
        { id: 'c', title: 'Title c', url: '/articles/c/', outlet: 'Outlet not stated', kind: null, published: null, dateText: 'undated' },
        { id: 'd', title: 'Title d', url: '/articles/d/', outlet: 'Outlet not stated', kind: null, published: null, dateText: 'undated' },
      ],
    });
  });

  it('drops unknown ids and groups left with one member, and numbers the rest consecutively', () => {
    const view = variantGroupsView([['a', 'zzz'], ['c', 'd', 'd']], articles);
    expect(view.groups.map((g) => [g.number, g.members.map((m) => m.id), g.comparisons])).toEqual([[1, ['c', 'd'], []]]);
    expect(view.ungrouped.map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('has no groups when the engine found none', () => {
    expect(variantGroupsView([], articles).groups).toEqual([]);
  });
});
