// With JavaScript off, every page still shows its heading, every article page its title and every paragraph, and
// every pair page (dist/compare/*/) every sentence of both sides of every aligned row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, globSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../../scripts/lib/browser.ts';
import { serveStatic, type StaticSite } from '../../../scripts/lib/server.ts';
import { builtPages, openBuilt, pageCases, read, urlPathOf, type BuiltPage } from './pages.ts';
import { numberedParagraphCount } from '../../../src/lib/corpus/numbering.ts';

interface ArticleSummary { id: string; title: string; url: string; json: string }
interface PairSummary { left: string; right: string; url: string | null; json: string | null }
interface AlignmentJson { rows: { left: string[]; right: string[] }[] }

const pages = builtPages();
const articles: ArticleSummary[] = JSON.parse(read('dist/api/articles.json'));
const pairPages = globSync('dist/compare/*/index.html').map((file) => urlPathOf(file)).sort();
const pairs: PairSummary[] = existsSync('dist/api/pairs.json') ? JSON.parse(read('dist/api/pairs.json')) : [];

let site: StaticSite;
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  site = await serveStatic();
  browser = await launchBrowser();
  context = await browser.newContext({ javaScriptEnabled: false });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.close();
});

/** Whitespace is markup's business (spans around diff words, line breaks), so compare text without it. */
function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

async function open(path: string, built?: BuiltPage): Promise<Page> {
  const page = await context.newPage();
  const response = built ? await openBuilt(page, site.origin, built) : await page.goto(`${site.origin}${path}`);
  expect(response?.status(), `${path} status`).toBe(200);
  return page;
}

describe('without JavaScript', () => {
  it('is really off', async () => {
    const page = await context.newPage();
    await page.setContent('<p id="x">static</p><script>document.getElementById("x").textContent = "scripted"</script>');
    await expect(page.locator('#x').textContent()).resolves.toBe('static');
    await page.close();
  });

  it.each(pageCases(pages))('%s shows its main heading and content', async (path, built) => {
    const page = await open(path, built);
    try {
      await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
      expect((await page.locator('main').innerText()).trim().length).toBeGreaterThan(20);
    } finally {
      await page.close();
    }
  });

  it('has article pages to check', () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  it.each(articles.map((a) => [a.url, a] as const))('article %s shows its title and every paragraph', async (_url, a) => {
    const entry = JSON.parse(read(`dist${a.json}`)) as { paragraphs: string[]; headings: number[] };
    const page = await open(a.url);
    try {
      await expect(page.locator('h1').first().innerText()).resolves.toBe(a.title);
      const text = squash(await page.locator('main').innerText());
      const missing = entry.paragraphs.filter((p) => !text.includes(squash(p)));
      expect(missing, 'paragraphs not visible').toEqual([]);
      for (let i = 1; i <= numberedParagraphCount(entry); i += 1) {
        await expect(page.locator(`[id="p${i}"]`).isVisible(), `#p${i}`).resolves.toBe(true);
      }
    } finally {
      await page.close();
    }
  });

  it('lists every pair page in /api/pairs.json', () => {
    const listed = new Set(pairs.flatMap((p) => (p.url ? [p.url] : [])));
    expect(pairPages.filter((path) => !listed.has(path))).toEqual([]);
  });

  it.each(pairs.filter((p) => p.url && p.json).map((p) => [p.url ?? '', p] as const))('pair %s shows every row of both texts', async (url, p) => {
    const alignment = JSON.parse(read(`dist${p.json}`)) as AlignmentJson;
    expect(alignment.rows.length).toBeGreaterThan(0);
    const page = await open(url);
    try {
      await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
      const text = squash(await page.locator('main').innerText());
      const missing = alignment.rows.flatMap((row, i) =>
        [...row.left, ...row.right].filter((s) => !text.includes(squash(s))).map((s) => `row ${i}: ${s}`),
      );
      expect(missing, 'sentences not visible').toEqual([]);
    } finally {
      await page.close();
    }
  });
});
