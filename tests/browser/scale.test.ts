// A corpus past one page of each list, built for real (scripts/build.ts) three times: cold, then warm into the same
// output folder after adding one article and removing another, and cold again from the final content into a folder
// of its own. The warm build must equal the cold one byte for byte (every file, not only /api/, and nothing the
// removed article left behind), and the paginated lists must link every page, in order, reachable by keyboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { generateCorpus, generateCorpusPlusOne } from '../../scripts/bench/synth.ts';
import seedTruth from '../../scripts/bench/seed-truth.json' with { type: 'json' };
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic, type StaticSite } from '../../scripts/lib/server.ts';
import { ARTICLES_PER_PAGE } from '../../src/lib/present/pagination.ts';
import { fileFor } from './quality/pages.ts';
import { withBuildLock } from '../support/build-site.ts';
import { writeContent } from '../../scripts/bench/content.ts';

const N = 110;
const root = mkdtempSync(join(tmpdir(), 'wirediff-scale-'));
const content = join(root, 'content');
// The warm build goes where the first one went, as a reader rebuilding their site would build it.
const dist = { warm: join(root, 'dist'), cold: join(root, 'cold') };
let removed = { name: '', id: '' };
const logs: Record<string, string> = {};

/** Runs the real build on the content folder with a cache folder; returns what it printed. */
function build(cache: string, outDir: string): string {
  const env = { ...process.env, WIREDIFF_CONTENT: content, WIREDIFF_CACHE_DIR: join(root, cache), SOURCE_DATE_EPOCH: '1700000000', ASTRO_TELEMETRY_DISABLED: '1', CI: '1' };
  // Astro keeps build state in the project's .astro/: the other test files' builds wait for this one.
  return withBuildLock(() => execFileSync('node_modules/.bin/node', ['scripts/build.ts', '--outDir', outDir], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 2 ** 20 }));
}

let site: StaticSite;
let browser: Browser;
beforeAll(async () => {
  const corpus = generateCorpus(N, 'content/articles', seedTruth);
  writeContent(content, corpus);
  logs.first = build('cache-a', dist.warm);
  const extra = generateCorpusPlusOne(N, 'content/articles', seedTruth).files.at(-1);
  if (!extra) throw new Error('no extra article');
  writeFileSync(join(content, 'articles', extra.name), extra.text);
  // An article of the first build removed: its page, its comparisons and its JSON must not outlive it.
  const articles = JSON.parse(readFileSync(join(dist.warm, 'api/articles.json'), 'utf8')) as { id: string; source_file: string }[];
  const gone = articles.find((a) => a.source_file === corpus.files[N - 1]?.name);
  if (!gone) throw new Error('no article to remove');
  removed = { name: gone.source_file, id: gone.id };
  rmSync(join(content, 'articles', removed.name));
  logs.warm = build('cache-a', dist.warm);
  logs.cold = build('cache-b', dist.cold);
  site = await serveStatic(dist.cold);
  browser = await launchBrowser();
}, 900_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('a warm build', () => {
  it('reuses the cache: every unchanged file parsed before, and pages of the last build left in place', () => {
    expect(logs.warm).toMatch(new RegExp(`${N} articles \\(${N - 1} from the cache, 1 parsed\\)`));
    const reused = Number(/(\d+) of them reused from the last build/.exec(logs.warm ?? '')?.[1]);
    expect(reused).toBeGreaterThan(N);
    expect(logs.warm).toMatch(/output folder kept from the last build/);
  });

  it('removes what the removed article left: its page and its JSON', () => {
    expect(Number(/(\d+) left by the last build and not written again removed/.exec(logs.warm ?? '')?.[1])).toBeGreaterThan(1);
    expect(existsSync(join(dist.warm, 'articles', removed.id))).toBe(false);
    expect(existsSync(join(dist.cold, 'articles', removed.id))).toBe(false);
    expect(readFileSync(join(dist.warm, 'api/articles.json'), 'utf8')).not.toContain(removed.id);
  });

  it('writes the same files, byte for byte, as a cold build of the same content', () => {
    const out = execFileSync('node_modules/.bin/node', ['scripts/diff-builds.ts', dist.warm, dist.cold, '--all'], { encoding: 'utf8' });
    expect(out).toMatch(/^identical: (\d+) and \1 files compared/m);
  });
});

/** The article links of a list page's table, and its rel=prev/next links. */
async function listPage(page: Page, path: string) {
  await page.goto(`${site.origin}${path}`);
  return page.evaluate(() => ({
    rows: [...document.querySelectorAll('table.article-table tbody a')].map((a) => a.getAttribute('href')),
    prev: document.querySelector('link[rel="prev"]')?.getAttribute('href') ?? null,
    next: document.querySelector('link[rel="next"]')?.getAttribute('href') ?? null,
    navNext: document.querySelector('nav.pagination a[rel="next"]')?.getAttribute('href') ?? null,
    current: document.querySelector('nav.pagination [aria-current="page"]')?.textContent ?? null,
    links: [...document.querySelectorAll('nav.pagination a')].map((a) => a.getAttribute('href') as string),
  }));
}

describe('the paginated article list', () => {
  it('walks from the first page to the last by rel=next, listing every article once, in corpus order', async () => {
    const articles = JSON.parse(readFileSync(join(dist.cold, 'api/articles.json'), 'utf8')) as { url: string }[];
    const page = await browser.newPage();
    const seen: string[] = [];
    let path: string | null = '/browse/';
    let previous: string | null = null;
    let pages = 0;
    while (path) {
      const p = await listPage(page, path);
      pages += 1;
      expect(p.prev).toBe(previous);
      expect(p.navNext).toBe(p.next);
      expect(p.current?.replace(/\s+/g, ' ').trim()).toBe(`Page ${pages} (this page)`);
      expect(p.rows.length).toBeLessThanOrEqual(ARTICLES_PER_PAGE);
      for (const href of p.links) expect(fileFor(href, dist.cold), href).not.toBeNull();
      seen.push(...(p.rows as string[]));
      previous = path;
      path = p.next;
    }
    await page.close();
    expect(pages).toBe(Math.ceil(articles.length / ARTICLES_PER_PAGE));
    expect(seen).toEqual(articles.map((a) => a.url));
  });

  it('reaches the next page from the keyboard, by a link named "Next page"', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/browse/`);
    const next = page.getByRole('navigation', { name: 'Pages of the article list' }).getByRole('link', { name: /^Next page/ });
    await expect(next.count()).resolves.toBe(1);
    let focused = '';
    for (let tabs = 0; tabs < 300 && focused !== 'next'; tabs++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.closest('nav.pagination') ? (document.activeElement?.getAttribute('rel') ?? 'other') : '');
    }
    expect(focused).toBe('next');
    await Promise.all([page.waitForURL(/\/browse\/2\/$/), page.keyboard.press('Enter')]);
    await page.close();
  });
});

describe('the other paginated lists', () => {
  it('the timeline links every month, and the undated articles run over pages like the article list', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/timeline/`);
    const months = await page.locator('ol.months a').evaluateAll((as) => as.map((a) => a.getAttribute('href') as string));
    expect(months).toContain('/timeline/undated/');
    for (const href of months) expect(fileFor(href, dist.cold), href).not.toBeNull();
    await page.goto(`${site.origin}/timeline/undated/`);
    await expect(page.locator('link[rel="next"]').getAttribute('href')).resolves.toBe('/timeline/undated/2/');
    // Each month's page is headed by its month, and the site menu marks the section it is in.
    await expect(page.locator('h1').innerText()).resolves.toBe('Undated articles');
    await page.goto(`${site.origin}/timeline/undated/2/`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Undated articles, page 2');
    // A page of the undated articles counts them all, not the page's share (found by a first user: "These 50").
    const undated = await page.locator('.timeline-group p.meta').innerText();
    expect(undated).toMatch(/^\d[\d,]* articles state no publication date; this page lists \d+ of them\.$/);
    expect(Number(/^([\d,]+)/.exec(undated)?.[1]?.replace(/,/g, ''))).toBeGreaterThan(await page.locator('.timeline-group li').count());
    const menu = page.getByRole('navigation', { name: 'Site' });
    await expect(menu.locator('a[aria-current="true"]').innerText()).resolves.toBe('Articles');
    await page.goto(`${site.origin}/browse/`);
    await expect(menu.locator('a[aria-current="page"]').innerText()).resolves.toBe('Articles');
    await page.close();
  });

  // The seed corpus has no story of three copies, so its site has no group page: this corpus's are checked here.
  it('a group page is reached from the variant groups, passes axe, and keeps each base sentence in view as its copies scroll at 360 px', async () => {
    // Axe needs a context of its own.
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    try {
      await page.goto(`${site.origin}/groups/`);
      const link = page.getByRole('link', { name: /^Compare every copy sentence by sentence \(group \d+\)$/ }).first();
      const href = await link.getAttribute('href');
      expect(href).toMatch(/^\/compare\/group\/[^/]+\/$/);
      await page.goto(`${site.origin}${href}`);
      expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
      const region = page.locator('.table-scroll').filter({ has: page.locator('.group-table') });
      await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
      const [regionLeft, headLeft] = await Promise.all([
        region.evaluate((el) => el.getBoundingClientRect().left),
        page.locator('.group-table tbody th[scope="row"]').first().evaluate((el) => el.getBoundingClientRect().left),
      ]);
      expect(await region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      expect(Math.abs(headLeft - regionLeft)).toBeLessThanOrEqual(1);
    } finally {
      await context.close();
    }
  });

  it('the home page shows the start of each list and links to the whole list', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/`);
    await expect(page.getByRole('link', { name: /^All \d[\d,]* articles, page by page$/ }).getAttribute('href')).resolves.toBe('/browse/');
    await expect(page.getByRole('link', { name: /^The whole timeline/ }).getAttribute('href')).resolves.toBe('/timeline/');
    await expect(page.getByRole('link', { name: /^All \d+ variant groups$/ }).getAttribute('href')).resolves.toBe('/groups/');
    await page.goto(`${site.origin}/groups/`);
    await expect(page.locator('link[rel="next"]').getAttribute('href')).resolves.toBe('/groups/2/');
    await page.close();
  });
});

describe('a quoted phrase in more articles than a search reads at first', () => {
  it('says how many are unread, and checks them when the reader asks, until every candidate is read', async () => {
    const page = await browser.newPage();
    // Every article holds "of" and "the": far more candidates than the first reading checks.
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('"of the"')}`);
    await page.waitForSelector('search-box[data-rendered]');
    const status = () => page.locator('[data-status]').innerText();
    const articles = async () => Number((await status()).match(/in ([\d,]+) articles? match/)?.[1]?.replace(',', '') ?? 0);
    await expect(status()).resolves.toMatch(/^\d+ paragraphs in \d+ articles match “of the”\. \d+ more articles hold the phrase’s words and have not been read to check it\.$/);
    const before = await articles();
    const further = page.getByRole('button', { name: /^Check the phrase in \d+ more articles$/ });
    // Pressed from the keyboard: a click's coordinates can miss while result heights settle on a loaded machine.
    await further.focus();
    await page.keyboard.press('Enter');
    // Reading a hundred articles' text takes a second here, far longer on a machine busy with other builds.
    await expect.poll(status, { timeout: 90_000 }).not.toMatch(/not been read/);
    expect(await articles()).toBeGreaterThan(before);
    await expect(further.count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.closest('.result-title') !== null)).resolves.toBe(true);
    await page.close();
  }, 120_000);
});

describe('search results past the first page', () => {
  it('come back as they were when the reader returns from one of them, with that one in view and focused', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.origin}/search/?q=the`);
    await page.waitForSelector('search-box[data-rendered]');
    const shown = () => page.locator('.result-groups > li').count();
    for (const expected of [20, 30]) {
      await page.locator('button.more-results', { hasText: /^Show / }).click();
      // Ten more articles' packs are fetched and described: a second here, longer on a machine busy with builds.
      await expect.poll(shown, { timeout: 15_000 }).toBe(expected);
    }
    const target = page.locator('.result-groups > li').nth(25).locator('.result-title a');
    const href = await target.getAttribute('href');
    await target.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await Promise.all([page.waitForURL(/\/articles\//), target.click()]);
    await page.goBack();
    await page.waitForSelector('search-box[data-rendered]');
    await expect.poll(shown).toBe(30);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
    const box = await page.evaluate(() => (document.activeElement as HTMLElement).getBoundingClientRect().toJSON() as DOMRect);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(800);
    await page.close();
  });
});
