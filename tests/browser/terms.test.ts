// Term pages and the terms index in Chromium (issue #12 and issue #16, item 14): every mention shown or one click
// away, each name with its origin, links and column headers named for screen readers, and /api/terms.json.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useBuiltSite } from '../support/site.ts';

const articles: { id: string; source_file: string; title: string }[] = JSON.parse(readFileSync('dist/api/articles.json', 'utf8'));
const idOf = (prefix: string) => articles.find((a) => a.source_file.startsWith(prefix))?.id as string;
const terms: { slug: string; name: string; aliases: { text: string; from: string; article: string | null; paragraph: number | null }[]; articles: number; mentions: number; url: string }[] =
  JSON.parse(readFileSync('dist/api/terms.json', 'utf8'));

const site = useBuiltSite();

describe('term pages', () => {
  it('/terms/mesa/ marks as many mentions as it counts, for every article (all listed, some folded), none twice', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/terms/mesa/`);
    const sections = page.locator('main section:has(h3)');
    const count = await sections.count();
    expect(count).toBe(4);
    for (let i = 0; i < count; i++) {
      const section = sections.nth(i);
      const meta = (await section.locator('.meta').first().textContent()) ?? '';
      const reported = Number(/(\d+) mentions?/.exec(meta)?.[1]);
      expect(await section.locator('ol.kwic mark').count(), meta).toBe(reported);
      // A sentence naming the term twice is one line: no line repeats another.
      const lines = await section.locator('ol.kwic > li').allTextContents();
      expect(new Set(lines).size, meta).toBe(lines.length);
    }
    const mesa = terms.find((t) => t.slug === 'mesa');
    await expect(page.locator('main').textContent()).resolves.toContain(`${mesa?.mentions} mentions in 4 of 5 articles`);
    await expect(page.locator('#silent + ul a').getAttribute('href')).resolves.toBe(`/articles/${idOf('004')}/`);
    expect(await page.locator('script').count()).toBe(0);
    await page.close();
  });

  it('names every paragraph link with its article, never a bare "¶2"', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/terms/mesa/`);
    // getByRole matches on the accessible name, as a screen reader announces it.
    const links = await page.locator('ol.kwic a').count();
    expect(links).toBeGreaterThan(4);
    expect(await page.locator('ol.kwic').getByRole('link', { name: /^¶\d+ of “.+”$/, includeHidden: true }).count()).toBe(links);
    await page.close();
  });

  it('shows where each name comes from: the glossary, or the article and paragraph that define it', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/terms/mesa/`);
    const names = page.locator('ul.names > li');
    const arab = (await names.filter({ hasText: /^\s*Arab NATO\s*—/ }).textContent()) ?? '';
    expect(arab).toMatch(/glossary/);
    expect(arab).not.toMatch(/defined in the texts/);
    const security = (await names.filter({ hasText: /^\s*Middle East Security Alliance\s*—/ }).textContent()) ?? '';
    expect(security).toMatch(/glossary/);
    expect(security).toMatch(/defined in the texts as “long form \(ACRONYM\)”: ¶2 of/);
    await expect(page.locator('#ambiguous').textContent()).resolves.toMatch(/Ambiguous/);
    await page.close();
  });

  it('the terms table names its article columns and shows who mentions or omits each term', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/terms/`);
    const head = page.locator('table.mentions thead');
    expect(await head.locator('th a').count()).toBe(articles.length);
    for (let i = 0; i < articles.length; i++) {
      expect(await head.getByRole('link', { name: new RegExp(`^Article ${i + 1}: .{5,}`) }).count()).toBe(1);
    }
    const jcpoa = page.locator('tr', { has: page.locator('th a[href="/terms/jcpoa/"]') });
    const cells = await jcpoa.locator('td').allTextContents();
    expect(cells).toHaveLength(articles.length);
    expect(cells.filter((c) => c.includes('not mentioned'))).toHaveLength(1);
    expect(cells.join(' ')).toMatch(/2015 deal/);
    // Under it, each article with its outlet and its date or "undated" (a list index once stood in for a date).
    const key = await page.locator('ol.article-key li .meta').allTextContents();
    expect(key).toHaveLength(articles.length);
    for (const line of key) expect(line.trim()).toMatch(/ · (?:\d{1,2} \p{L}+ \d{4}|undated.*)$/u);
    // The intro names one term as these articles name it, in their own words.
    await expect(page.locator('main > p.prose').first().innerText()).resolves.toMatch(/^Outlets name the same thing differently: here one writes “[^”]+”, another “[^”]+”.*\. Each term/);
    await page.close();
  });
});

describe('/api/terms.json', () => {
  it('lists every term with its names’ origins, counts and page', () => {
    const mesa = terms.find((t) => t.slug === 'mesa');
    expect(Object.keys(mesa ?? {})).toEqual(expect.arrayContaining(['slug', 'name', 'description', 'aliases', 'articles', 'mentions', 'url']));
    expect(mesa?.aliases).toContainEqual({ text: 'Arab NATO', from: 'curated', article: null, paragraph: null });
    expect(mesa?.aliases.filter((a) => a.from === 'text' && a.text === 'Middle East Security Alliance')).toEqual([{ text: 'Middle East Security Alliance', from: 'text', article: idOf('003'), paragraph: 2 }]);
    expect(mesa?.url).toBe('/terms/mesa/');
    expect(mesa?.articles).toBe(4);
  });
});
