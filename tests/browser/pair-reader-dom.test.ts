// The reader built in the browser (/check/, /compare/) has the pair page's markup: the same view model rendered by
// src/client/pair-reader-dom.ts and by src/pages/compare/[pair].astro gives the same HTML, element for element.
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site.ts';

interface PairSummary { left: string; right: string; url: string | null; json: string | null; similarity: number }

const site = useBuiltSite();
const pairs: PairSummary[] = JSON.parse(readFileSync('dist/api/pairs.json', 'utf8'));
const engine = `/${globSync('dist/_astro/check-engine*.js')[0]?.replace(/^dist\//, '')}`;

/** Markup without the whitespace between tags that templates add and DOM building does not. */
function normalise(html: string): string {
  return html.replace(/>\s+</g, '><').replace(/\s+/g, ' ').trim();
}

describe('the reader built in the browser', () => {
  it.each(pairs.filter((p) => p.url && p.json).map((p) => [p.url ?? '', p] as const))('renders %s exactly as the pair page does', async (url, p) => {
    const still = await site.browser.newContext({ javaScriptEnabled: false });
    const live = await site.browser.newContext();
    try {
      const page = await still.newPage();
      await page.goto(`${site.origin}${url}`);
      const built = normalise(await page.locator('compare-reader').evaluate((e) => e.outerHTML));
      const tab = await live.newPage();
      await tab.goto(`${site.origin}/check/`);
      // A string, so the test runner leaves the page's own dynamic import alone.
      const script = `(async () => {
        const engine = await import(${JSON.stringify(engine)});
        const get = (u) => fetch(u).then((r) => r.json());
        const [alignment, left, right] = await Promise.all([get(${JSON.stringify(p.json)}), get('/api/articles/${p.left}.json'), get('/api/articles/${p.right}.json')]);
        return engine.readerFor(alignment, left, right, ${p.similarity}, 'articles', 'h1').outerHTML;
      })()`;
      const rendered = normalise(await tab.evaluate<string>(script));
      expect(rendered.length).toBeGreaterThan(1000);
      expect(rendered).toBe(built);
    } finally {
      await still.close();
      await live.close();
    }
  });
});
