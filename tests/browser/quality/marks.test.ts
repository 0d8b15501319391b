// Highlighted matches (<mark>) in both colour schemes (issue #16, item 17): the scheme's own tint, not the browser's
// bright yellow, which glares on a dark page. Contrast is axe's job too; this also checks that a mark's tint stays
// nearer the page's background than the page's text (a dark tint in dark mode, a light one in light mode).
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../../support/site.ts';
import { builtPages, read } from './pages.ts';

const site = useBuiltSite();
const withMarks = builtPages().filter((p) => read(p.file).includes('<mark'));

describe('marks', () => {
  it('has a page with marks to check', () => {
    expect(withMarks.length).toBeGreaterThan(0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`are tinted for the ${scheme} scheme, readable and not glaring`, async () => {
      const page = await (await site.browser.newContext({ colorScheme: scheme })).newPage();
      try {
        await page.goto(`${site.origin}${withMarks[0]?.path}`);
        const colours = await page.locator('mark').first().evaluate((m) => {
          /** Relative luminance (WCAG) of a computed rgb() colour. */
          const luminance = (css: string) => {
            const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
              const c = Number(v) / 255;
              return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
            });
            return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
          };
          const style = getComputedStyle(m);
          const body = getComputedStyle(document.body);
          return { mark: luminance(style.backgroundColor), text: luminance(style.color), page: luminance(body.backgroundColor), pageText: luminance(body.color) };
        });
        const contrast = (Math.max(colours.mark, colours.text) + 0.05) / (Math.min(colours.mark, colours.text) + 0.05);
        expect(contrast).toBeGreaterThanOrEqual(4.5);
        // Not glaring: the tint is nearer the page's background than the page's text.
        expect(Math.abs(colours.mark - colours.page)).toBeLessThan(Math.abs(colours.mark - colours.pageText));
      } finally {
        await page.context().close();
      }
    });
  }
});
