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

describe('row-headed tables at 360 px (the similarity matrix, the terms table)', () => {
  it.each([
    ['/', 'section.matrix .table-scroll', 'th[scope="row"], th.corner'],
    ['/terms/', 'table.mentions', 'th[scope="row"], thead th:first-child'],
  ])('%s keeps its row headers in view, at the left edge of its region, scrolled to the far end', async (path, region, heads) => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    try {
      await page.goto(`${site.origin}${path}`);
      const offsets = await page.locator(region).evaluate((el, heads) => {
        const scroller = el.closest('.table-scroll') as HTMLElement;
        scroller.scrollLeft = scroller.scrollWidth;
        const left = scroller.getBoundingClientRect().left;
        return { scrolled: scroller.scrollLeft, heads: [...scroller.querySelectorAll(heads)].map((th) => Math.round(th.getBoundingClientRect().left - left)) };
      }, heads);
      expect(offsets.scrolled).toBeGreaterThan(0);
      expect(offsets.heads.length).toBeGreaterThan(1);
      expect(offsets.heads.filter((x) => Math.abs(x) > 1)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('the sideways-scroll cue at 360 px', () => {
  it('shades the right edge while the table goes on past it, and not once it is scrolled to the end', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    try {
      await page.goto(`${site.origin}/terms/`);
      const scroller = page.locator('.table-scroll').first();
      // The shades are the region's own backgrounds: two covers riding with the content, two shades fixed at its edges.
      const style = await scroller.evaluate((el) => ({ image: getComputedStyle(el).backgroundImage, attachment: getComputedStyle(el).backgroundAttachment }));
      expect(style.image.match(/gradient\(/g)?.length).toBe(4);
      expect(style.attachment).toBe('local, local, scroll, scroll');
      // The median of the column beside the right edge (mostly ground between the lines of text): shaded while the
      // table goes on to the right, the page's own colour once it is scrolled to the end.
      const rightEdge = async () => {
        const shot = await scroller.screenshot();
        return page.evaluate(async (png) => {
          const img = new Image();
          img.src = `data:image/png;base64,${png}`;
          await img.decode();
          const canvas = new OffscreenCanvas(img.width, img.height);
          const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
          ctx.drawImage(img, 0, 0);
          const column = ctx.getImageData(img.width - 2, 0, 1, img.height).data;
          const reds = [...column.filter((_, i) => i % 4 === 0)].sort((a, b) => a - b);
          return reds[Math.floor(reds.length / 2)] as number;
        }, shot.toString('base64'));
      };
      const shaded = await rightEdge();
      await scroller.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
      const clear = await rightEdge();
      expect(shaded).toBeLessThan(clear - 20);
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
      // A first user's corpus: long words in an outlet and a title ("Continental", "dockworkers") pushed the title
      // column out of view, where the seeds' short ones fit.
      const long = await page.locator('table.article-table').evaluate((table) => {
        const cells = table.querySelectorAll('tbody tr:first-child td');
        (cells[1] as HTMLElement).textContent = 'Continental Newswire Internationale';
        ((cells[2] as HTMLElement).querySelector('a') as HTMLElement).textContent = 'Rotterdam dockworkers walk out over containerisation';
        const scroller = table.closest('.table-scroll') as HTMLElement;
        return scroller.scrollWidth - scroller.clientWidth;
      });
      expect(long).toBeLessThanOrEqual(1);
    } finally {
      await page.close();
    }
  });
});
