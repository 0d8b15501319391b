// Layout shift of opening a page, as Chromium reports it: the sum of layout-shift entries not caused by input.
import type { Browser } from 'playwright-core';

/** A viewport to open pages in. */
export interface Viewport {
  width: number;
  height: number;
}

/** A laptop and a phone: layout shift depends on how text wraps. */
export const VIEWPORTS: readonly Viewport[] = [{ width: 1280, height: 800 }, { width: 360, height: 740 }];

/**
 * Opens `url` in a fresh context at `viewport`, waits for `readySelector` and a settling moment, and returns the
 * summed layout shift (every entry without recent input, observed from before the page's first script).
 */
export async function layoutShift(browser: Browser, url: string, viewport: Viewport, readySelector: string, settleMs = 500): Promise<number> {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { layoutShift: number };
      w.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) w.layoutShift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url);
    await page.waitForSelector(readySelector);
    await page.waitForTimeout(settleMs);
    return await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
  } finally {
    await context.close();
  }
}
