// The story timeline view model: months in order, undated articles last.
import { describe, expect, it } from 'vitest';
import { storyTimeline } from '../../../src/lib/present/timeline.ts';
import { article } from './make.ts';

describe('storyTimeline', () => {
  it('groups dated articles by month, oldest first, and puts undated ones in their own group', () => {
    const groups = storyTimeline([
      article('c', { published: '2022-06-26', outlet: 'Wire', kind: 'wire' }),
      article('u2'),
      article('a', { published: '2018-07-27' }),
      article('u1'),
      article('b', { published: '2018-11-02' }),
      article('b2', { published: '2018-11-30' }),
    ]);
    expect(groups.map((g) => [g.key, g.heading, g.title, g.dated, g.items.map((i) => i.id)])).toEqual([
      ['2018-07', 'July 2018', 'Articles of July 2018', true, ['a']],
      ['2018-11', 'November 2018', 'Articles of November 2018', true, ['b', 'b2']],
      ['2022-06', 'June 2022', 'Articles of June 2022', true, ['c']],
      ['undated', 'Undated', 'Undated articles', false, ['u1', 'u2']],
    ]);
    expect(groups[2]?.items[0]).toEqual({
      id: 'c',
      title: 'Title c',
      url: '/articles/c/',
      outlet: 'Wire',
      kind: 'wire',
      published: '2022-06-26',
      dateText: '26 June 2022',
    });
    expect(groups[3]?.items[0]?.dateText).toBe('Undated');
  });

  it('has no undated group when every article is dated, and nothing for no articles', () => {
    expect(storyTimeline([article('a', { published: '2020-01-01' })]).map((g) => g.key)).toEqual(['2020-01']);
    expect(storyTimeline([])).toEqual([]);
  });

  it('has only the undated group when no article is dated', () => {
    expect(storyTimeline([article('b'), article('a')]).map((g) => [g.key, g.items.map((i) => i.id)])).toEqual([['undated', ['a', 'b']]]);
  });
});
