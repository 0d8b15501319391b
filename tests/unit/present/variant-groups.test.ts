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
            { id: 'b', title: 'Title b', url: '/articles/b/', outlet: 'Outlet not stated', kind: 'rewrite', published: null, dateText: 'undated', hidden: '' },
            { id: 'a', title: 'Title a', url: '/articles/a/', outlet: 'Wire', kind: 'wire', published: '2018-07-27', dateText: '27 July 2018', hidden: '' },
          ],
          comparisons: [{ url: '/compare/a--b/', left: 'a', right: 'b', text: '“Title a” with “Title b”', hidden: '', similarity: '0.90' }],
          tableUrl: null,
        },
      ],
      ungrouped: [
        { id: 'c', title: 'Title c', url: '/articles/c/', outlet: 'Outlet not stated', kind: null, published: null, dateText: 'undated', hidden: '' },
        { id: 'd', title: 'Title d', url: '/articles/d/', outlet: 'Outlet not stated', kind: null, published: null, dateText: 'undated', hidden: '' },
      ],
    });
  });

  it('drops unknown ids and groups left with one member, and numbers the rest consecutively', () => {
    const view = variantGroupsView([['a', 'zzz'], ['c', 'd', 'd']], articles);
    expect(view.groups.map((g) => [g.number, g.members.map((m) => m.id), g.comparisons])).toEqual([[1, ['c', 'd'], []]]);
    expect(view.ungrouped.map((m) => m.id)).toEqual(['a', 'b']);
  });

  // Found at 1,000 articles: copies keep the story's title and their outlets are unknown, so a screen reader's list
  // of links read "Compare “T” with “T”" for every pair of a group.
  it('tells apart, for screen readers, members and comparisons whose titles repeat in the group', () => {
    const copies = [
      article('x1', { title: 'One story', published: '2019-05-03' }),
      article('x2', { title: 'One story', published: '2019-05-04' }),
      article('x3', { title: 'One story', outlet: 'Gulf Wire' }),
    ];
    const view = variantGroupsView([['x1', 'x2', 'x3']], copies, [pair('x1', 'x2', 0.9, true), pair('x1', 'x3', 0.8, true)]);
    const group = view.groups[0];
    expect(group?.members.map((m) => m.hidden)).toEqual([' (Outlet not stated, 3 May 2019)', ' (Outlet not stated, 4 May 2019)', ' (Gulf Wire)']);
    const names = group?.comparisons.map((c) => `${c.text}${c.hidden}`) ?? [];
    expect(names).toEqual([
      '“One story” with “One story” (Outlet not stated, 3 May 2019 with Outlet not stated, 4 May 2019)',
      '“One story” with “One story” (Outlet not stated, 3 May 2019 with Gulf Wire)',
    ]);
  });

  it('links a group of three or more copies to its page, named after its table group’s first article', () => {
    const tables = new Map([['c', ['b', 'c', 'd']]]);
    const view = variantGroupsView([['c', 'd'], ['a', 'b']], articles, [], (id) => tables.get(id));
    expect(view.groups.map((g) => g.tableUrl)).toEqual(['/compare/group/b/', null]);
  });

  it('has no groups when the engine found none', () => {
    expect(variantGroupsView([], articles).groups).toEqual([]);
  });
});
