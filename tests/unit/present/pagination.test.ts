// Page navigation of the long lists: previous/next, first, last and nearby pages, gaps between.
import { describe, expect, it } from 'vitest';
import { pageNav, pageRange } from '../../../src/lib/present/pagination.ts';
import { articleListUrl, timelineMonthUrl } from '../../../src/lib/routes.ts';

const shape = (nav: ReturnType<typeof pageNav>) => nav.links.map((l) => (l.kind === 'gap' ? '…' : l.current ? `[${l.number}]` : String(l.number))).join(' ');

describe('pageNav', () => {
  it('links the first, the last and two pages either side, with gaps, and previous/next', () => {
    const nav = pageNav(10, 200, articleListUrl);
    expect(shape(nav)).toBe('1 … 8 9 [10] 11 12 … 200');
    expect([nav.prev, nav.next]).toEqual(['/browse/9/', '/browse/11/']);
    expect(nav.links[0]).toEqual({ kind: 'page', number: 1, url: '/browse/', current: false });
  });

  it('has no previous on the first page, no next on the last, and no gap between neighbours', () => {
    expect(shape(pageNav(1, 5, articleListUrl))).toBe('[1] 2 3 … 5');
    expect(pageNav(1, 5, articleListUrl).prev).toBeNull();
    expect(shape(pageNav(5, 5, articleListUrl))).toBe('1 … 3 4 [5]');
    expect(pageNav(5, 5, articleListUrl).next).toBeNull();
    expect(shape(pageNav(3, 5, articleListUrl))).toBe('1 2 [3] 4 5');
    expect(shape(pageNav(1, 1, articleListUrl))).toBe('[1]');
  });

  it('names pages as Astro paginate does: the first without a number', () => {
    expect([timelineMonthUrl('2019-04'), timelineMonthUrl('2019-04', 2), timelineMonthUrl('undated', 3)]).toEqual(['/timeline/2019-04/', '/timeline/2019-04/2/', '/timeline/undated/3/']);
  });
});

describe('pageRange', () => {
  it('says which items a page holds, 1-based', () => {
    expect(pageRange(50, 99, 1234)).toBe('51–100 of 1,234');
    expect(pageRange(0, 0, 1)).toBe('1 of 1');
    expect(pageRange(0, -1, 0)).toBe('none');
  });
});
