// Tables wider than a phone's screen scroll sideways inside their own region; what names them must stay readable
// there: a caption wraps at the region's width and stays in view however far the table is scrolled, and the
// similarity matrix keeps each row's article in view beside its numbers.
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site.ts';
import { builtPages, read } from './quality/pages.ts';

const site = useBuiltSite();
/** Every page with a scrolling table, so tables added later are covered too. */
const withTables = builtPages().filter((p) => read(p.file).includes('class="table-scroll"'));

/** How far each caption of the page reaches out of its scroller's visible box (0 when it is inside), scrolled to `side`. */
async function captionOverflow(path: string, side: 'start' | 'end'): Promise<{ caption: string; left: number; right: number }[]> {
  const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
  try {
    await page.goto(`${site.origin}${path}`);
    return await page.evaluate((side) =>
      [...document.querySelectorAll<HTMLElement>('.table-scroll')].flatMap((scroller) => {
        const caption = scroller.querySelector('caption');
        if (!caption) return [];
        scroller.scrollLeft = side === 'end' ? scroller.scrollWidth : 0;
        const box = scroller.getBoundingClientRect();
        const c = caption.getBoundingClientRect();
        return [{ caption: caption.id, left: Math.max(0, Math.round(box.left - c.left)), right: Math.max(0, Math.round(c.right - box.right)) }];
      }), side);
  } finally {
    await page.close();
  }
}

describe('at 360 px', () => {
  it('has pages with scrolling tables to check', () => {
    expect(withTables.length).toBeGreaterThan(1);
  });

  it.each(withTables.map((p) => [p.path]))('%s: every table caption is wholly in view, scrolled to either end', async (path) => {
    for (const side of ['start', 'end'] as const) {
      const overflow = await captionOverflow(path, side);
      expect(overflow.length).toBeGreaterThan(0);
      // A pixel of slack: a collapsed table border sits half outside the table.
      expect(overflow.filter((o) => o.left > 1 || o.right > 1), side).toEqual([]);
    }
  });
});

describe('the similarity matrix at 360 px', () => {
  it('keeps its row headers in view, at the left edge of its region, scrolled to the far end', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    try {
      await page.goto(`${site.origin}/`);
      const offsets = await page.locator('section.matrix .table-scroll').evaluate((scroller) => {
        scroller.scrollLeft = scroller.scrollWidth;
        const left = scroller.getBoundingClientRect().left;
        return { scrolled: scroller.scrollLeft, heads: [...scroller.querySelectorAll('th[scope="row"], th.corner')].map((th) => Math.round(th.getBoundingClientRect().left - left)) };
      });
      expect(offsets.scrolled).toBeGreaterThan(0);
      expect(offsets.heads.length).toBeGreaterThan(1);
      expect(offsets.heads.filter((x) => Math.abs(x) > 1)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('the article list at 360 px', () => {
  it('fits the screen with every title in view: no sideways scrolling to read a row', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    try {
      await page.goto(`${site.origin}/browse/1/`);
      const fit = await page.locator('table.article-table').evaluate((table) => {
        const scroller = table.closest('.table-scroll') as HTMLElement;
        const right = scroller.getBoundingClientRect().right;
        return { wider: scroller.scrollWidth - scroller.clientWidth, links: [...table.querySelectorAll('a')].map((a) => Math.round(a.getBoundingClientRect().right - right)) };
      });
      expect(fit.wider).toBeLessThanOrEqual(1);
      expect(fit.links.length).toBeGreaterThan(0);
      expect(fit.links.filter((x) => x > 1)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
