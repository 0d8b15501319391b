// The pair page of the corpus's near-duplicate pair (found by source-file prefixes 000 and 001 through the JSON
// API, never by id): the inserted clause, keyboard navigation through changes, the inline toggle, narrow screens
// and reading with JavaScript off.
import { describe, expect, it } from 'vitest';
import { readFileSync, globSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/site.ts';

interface ArticleSummary { id: string; source_file: string; url: string }
interface PairSummary { left: string; right: string; url: string | null; json: string | null }
interface AlignmentJson { rows: { left: string[]; right: string[] }[]; changes: unknown[] }

const CLAUSE = 'three major sponsors of terrorism in the region';
const articles: ArticleSummary[] = JSON.parse(readFileSync('dist/api/articles.json', 'utf8'));
const pairs: PairSummary[] = JSON.parse(readFileSync('dist/api/pairs.json', 'utf8'));
const idOf = (prefix: string) => articles.find((a) => a.source_file.startsWith(prefix))?.id;
const a000 = idOf('000');
const a001 = idOf('001');
const pair = pairs.find((p) => p.url && ((p.left === a000 && p.right === a001) || (p.left === a001 && p.right === a000)));
/** Which column (A = left, B = right) holds 001. */
const side001 = pair?.left === a001 ? 'a' : 'b';

const site = useBuiltSite();

async function open(options: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: options.width ?? 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto(`${site.origin}${pair?.url}`);
  expect(response?.status()).toBe(200);
  expect(errors).toEqual([]);
  return page;
}

describe('pair page of 000 and 001', () => {
  it('exists and is listed in /api/pairs.json', () => {
    expect(a000 && a001).toBeTruthy();
    expect(pair?.url).toMatch(/^\/compare\/.+--.+\/$/);
  });

  it(`marks “${CLAUSE}” as added on 001’s side`, async () => {
    const page = await open();
    try {
      const cell = page.locator(`.row .cell.side-${side001}`, { hasText: CLAUSE });
      await expect(cell.count()).resolves.toBe(1);
      const added = (await cell.locator('ins').allTextContents()).join(' ');
      // Every word of the clause is inside <ins> in 001's cell, and nowhere in the other side's cell of that row.
      for (const word of ['three', 'major', 'sponsors', 'terrorism']) expect(added).toContain(word);
      const other = page.locator(`.row:has(.cell.side-${side001}:has-text("${CLAUSE}")) .cell.side-${side001 === 'a' ? 'b' : 'a'}`);
      await expect(other.innerText()).resolves.not.toContain(CLAUSE);
      // Marked by shape as well as colour: underlined.
      const decoration = await cell.locator('ins').first().evaluate((el) => getComputedStyle(el).textDecorationLine);
      expect(decoration).toContain('underline');
    } finally {
      await page.context().close();
    }
  });

  it('moves focus through the changes with j/k and n/p and the buttons', async () => {
    const page = await open();
    try {
      const changes = await page.locator('a[data-change]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
      expect(changes.length).toBeGreaterThan(1);
      const focusedRow = () => page.evaluate(() => document.activeElement?.id ?? '');
      await page.locator('h1').click();
      await page.keyboard.press('j');
      await expect(focusedRow()).resolves.toBe(changes[0]);
      await expect(page.evaluate(() => location.hash)).resolves.toBe('#change-1');
      await page.keyboard.press('n');
      await expect(focusedRow()).resolves.toBe(changes[1]);
      await page.keyboard.press('k');
      await expect(focusedRow()).resolves.toBe(changes[0]);
      await page.keyboard.press('p');
      await expect(focusedRow()).resolves.toBe(changes[changes.length - 1]);
      await page.getByRole('button', { name: 'Next change' }).click();
      await expect(focusedRow()).resolves.toBe(changes[0]);
      await expect(page.locator('output').innerText()).resolves.toContain(`Change 1 of ${changes.length}`);
    } finally {
      await page.context().close();
    }
  });

  it('opens a deep link to a change', async () => {
    const page = await open();
    try {
      await page.goto(`${site.origin}${pair?.url}#change-1`);
      await expect(page.locator('#change-1').isVisible()).resolves.toBe(true);
      await expect(page.locator('#change-1 a').getAttribute('href')).resolves.toMatch(/^#row-\d+$/);
    } finally {
      await page.context().close();
    }
  });

  it('switches to the inline view and back', async () => {
    const page = await open();
    try {
      const toggle = page.getByRole('button', { name: 'Inline view' });
      await expect(page.locator('.cell.inline').first().isVisible()).resolves.toBe(false);
      await toggle.click();
      await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
      await expect(page.locator('.cell.inline').first().isVisible()).resolves.toBe(true);
      await expect(page.locator('.cell.side-a').first().isVisible()).resolves.toBe(false);
      // Inline, the row with the clause shows both what was removed and what was added.
      const row = page.locator('.row', { hasText: CLAUSE }).locator('.cell.inline');
      await expect(row.locator('ins').count()).resolves.toBeGreaterThan(0);
      await expect(row.locator('del').count()).resolves.toBeGreaterThan(0);
      await toggle.click();
      await expect(page.locator('.cell.side-a').first().isVisible()).resolves.toBe(true);
      await expect(page.locator('.cell.inline').first().isVisible()).resolves.toBe(false);
    } finally {
      await page.context().close();
    }
  });

  it('folds runs of unchanged rows and unfolds them on request', async () => {
    const page = await open();
    try {
      const runs = page.locator('details[data-run]');
      const count = await runs.count();
      for (let i = 0; i < count; i += 1) {
        await expect(runs.nth(i).evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
        await runs.nth(i).locator('summary').click();
        await expect(runs.nth(i).evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
      }
    } finally {
      await page.context().close();
    }
  });

  it('has no horizontal scroll at 360 px and stacks each row', async () => {
    const page = await open({ width: 360 });
    try {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const row = page.locator('.row', { hasText: CLAUSE });
      const [a, b] = await Promise.all([row.locator('.cell.side-a').boundingBox(), row.locator('.cell.side-b').boundingBox()]);
      expect(a && b && b.y >= a.y + a.height - 1).toBe(true);
    } finally {
      await page.context().close();
    }
  });

  it('reads fully with JavaScript disabled: every sentence, side by side, no folded rows', async () => {
    const page = await open({ javaScriptEnabled: false });
    try {
      const alignment = JSON.parse(readFileSync(`dist${pair?.json}`, 'utf8')) as AlignmentJson;
      const text = (await page.locator('main').innerText()).replace(/\s+/g, '');
      const missing = alignment.rows.flatMap((r) => [...r.left, ...r.right]).filter((s) => !text.includes(s.replace(/\s+/g, '')));
      expect(missing).toEqual([]);
      await expect(page.locator('.cell.side-a').first().isVisible()).resolves.toBe(true);
      await expect(page.locator('.toolbar button').count()).resolves.toBe(0);
      await expect(page.locator('ol.change-list > li').count()).resolves.toBe(alignment.changes.length);
    } finally {
      await page.context().close();
    }
  });

  it('ships at most 3 kB of gzipped JavaScript', () => {
    const html = readFileSync(`dist${pair?.url}index.html`, 'utf8');
    const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').join('');
    const external = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => readFileSync(`dist${m[1]}`, 'utf8')).join('');
    const size = gzipSync(inline + external, { level: 9 }).length;
    expect(size).toBeGreaterThan(0);
    expect(size).toBeLessThanOrEqual(3 * 1024);
    expect(globSync('dist/compare/*/index.html').length).toBeGreaterThan(0);
  });
});
