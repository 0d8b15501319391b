// Article pages in Chromium: every article linked from home, each page with its title and paragraphs.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useBuiltSite } from '../support/site.ts';

interface Summary { id: string; title: string; url: string; json: string }
const summaries: Summary[] = JSON.parse(readFileSync('dist/api/articles.json', 'utf8'));

const site = useBuiltSite();

describe('article pages', () => {
  it('lists every article on the home page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/`);
    for (const a of summaries) {
      await expect(page.locator(`a[href="${a.url}"]`).first().textContent()).resolves.toBe(a.title);
    }
    await page.close();
  });

  it.each(summaries.map((s) => [s.id, s] as const))('opens %s with its title, paragraphs and no script but the search marks', async (_id, a) => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const response = await page.goto(`${site.origin}${a.url}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe(a.title);
    const entry = JSON.parse(readFileSync(`dist${a.json}`, 'utf8'));
    // #pN numbers the text paragraphs in order, without a gap where a crosshead stands.
    const ids = await page.locator('section[aria-label="Article text"] [id^="p"]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toEqual(Array.from({ length: entry.paragraphs.length - entry.headings.length }, (_, i) => `p${i + 1}`));
    await expect(page.locator('section[aria-label="Article text"] h2').count()).resolves.toBe(entry.headings.length);
    expect(await page.locator('#p1').count()).toBe(1);
    // The one script marks the words of a search hit (?mark=); the page reads fully without it.
    const scripts = await page.locator('script').evaluateAll((els) => els.map((e) => `${e.getAttribute('type')} ${e.getAttribute('src')}`));
    expect(scripts).toEqual([expect.stringMatching(/^module \/_astro\/SearchMarks\.[^/]+\.js$/)]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
