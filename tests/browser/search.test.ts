// The search page (results, keyboard, history, loading the index only when needed), in Chromium.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { useBuiltSite } from '../support/site.ts';

const articles: { id: string; source_file: string }[] = JSON.parse(readFileSync('dist/api/articles.json', 'utf8'));
const idOf = (prefix: string) => articles.find((a) => a.source_file.startsWith(prefix))?.id as string;

const site = useBuiltSite();

async function open(query: string): Promise<{ page: Page; dialogs: string[] }> {
  const page = await site.browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('search-box[data-rendered]');
  return { page, dialogs };
}

const listed = (page: Page) => page.locator('[data-article]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.article));

describe('search page', () => {
  it('?q=MESA lists 000, 001, 002 and 003 and not 004', async () => {
    const { page } = await open('MESA');
    const ids = await listed(page);
    expect([...ids].sort()).toEqual(['000', '001', '002', '003'].map(idOf).sort());
    expect(ids).not.toContain(idOf('004'));
    await expect(page.locator('[data-status]').textContent()).resolves.toMatch(/in 4 articles/);
    await page.close();
  });

  it('?q=JCPOA lists 000 first and the articles that only say "2015 deal" or "nuclear deal"', async () => {
    const { page } = await open('JCPOA');
    const ids = await listed(page);
    expect(ids[0]).toBe(idOf('000'));
    expect(ids).toEqual(expect.arrayContaining([idOf('002'), idOf('003'), idOf('004')]));
    await expect(page.locator('.via').allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringContaining('2015 deal')]));
    await page.close();
  });

  it('?q=Pompoe finds 002 with Pompeo marked', async () => {
    const { page } = await open('Pompoe');
    expect(await listed(page)).toEqual([idOf('002')]);
    await expect(page.locator('[data-results] mark').first().textContent()).resolves.toBe('Pompeo');
    await page.close();
  });

  it('shows a query like <img src=x onerror=alert(1)> as text and runs nothing', async () => {
    const q = '<img src=x onerror=alert(1)>';
    const { page, dialogs } = await open(q);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(await page.locator('main img').count()).toBe(0);
    await expect(page.locator('[data-status]').textContent()).resolves.toContain(q);
    await expect(page.locator('input[name="q"]').inputValue()).resolves.toBe(q);
    await page.close();
  });

  it('keeps the query in the URL, with back and forward', async () => {
    const { page } = await open('MESA');
    await page.fill('input[name="q"]', 'Khashoggi');
    await page.press('input[name="q"]', 'Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'Khashoggi');
    await expect.poll(() => listed(page)).toEqual([idOf('004')]);
    await page.goBack();
    await expect.poll(() => page.locator('input[name="q"]').inputValue()).toBe('MESA');
    await expect.poll(async () => (await listed(page)).length).toBe(4);
    await page.reload();
    await page.waitForSelector('search-box[data-rendered]');
    await expect(page.locator('input[name="q"]').inputValue()).resolves.toBe('MESA');
    await page.close();
  });

  it('works from the keyboard: / focuses the box, arrows move through results, Enter opens', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/`);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('q');
    await page.keyboard.type('Pompeo');
    await page.waitForSelector('[data-results] a');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toMatch(/#p\d+$/);
    await Promise.all([page.waitForURL(/\/articles\//), page.keyboard.press('Enter')]);
    expect(page.url()).toContain(focused as string);
    await page.close();
  });

  it('fetches the index only when needed', async () => {
    const page = await site.browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${site.origin}/search/`);
    await page.waitForLoadState('networkidle');
    expect(fetched).not.toContain('/search/index.json');
    await page.focus('input[name="q"]');
    await page.waitForResponse((r) => r.url().endsWith('/search/index.json'));
    await page.close();
  });

  it('explains without JavaScript that search needs it, and links to the terms', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/search/?q=MESA`);
    await expect(page.locator('.nojs').textContent()).resolves.toMatch(/needs JavaScript/);
    expect(await page.locator('.nojs a[href="/terms/"]').count()).toBe(1);
    await context.close();
  });
});
