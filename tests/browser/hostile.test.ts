// Hostile inputs (issue #8): article files whose text looks like HTML, Markdown, YAML or templates are built into
// a throw-away site beside the real corpus; every page that shows them must show them literally and run nothing.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useSiteBuiltWith } from '../support/site.ts';

const fixtures = 'tests/fixtures/hostile';
const hostileFiles = Object.fromEntries(
  readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => [`zz-hostile-${f}`, readFileSync(join(fixtures, f))]),
);
// A copy of a real article with a payload sentence added, so a comparison page has to show the payload as inserted.
const baseArticle = readdirSync('content/articles').filter((f) => f.endsWith('.txt')).sort().at(-1) as string;
const payload = '<img src=x onerror="window.__pwned=9"> Officials confirmed the <b>payload</b> sentence.';
const original = readFileSync(join('content/articles', baseArticle), 'utf8');
const copyWithPayload = original.replace(/\n\n/, `\n\n${payload}\n\n`);

const site = useSiteBuiltWith({ ...hostileFiles, 'zz-hostile-copy.txt': copyWithPayload, 'zz-hostile-duplicate.txt': original });

interface Visit {
  page: Page;
  problems: string[];
}

/** Opens a page with traps for dialogs, CSP violations and page errors, and reports whether any payload ran. */
async function visit(path: string): Promise<Visit> {
  const page = await site.browser.newPage();
  const problems: string[] = [];
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const response = await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
  expect(response?.status(), path).toBe(200);
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
    csp: (window as unknown as { __csp?: string[] }).__csp ?? [],
  }));
  if (state.pwned !== null) problems.push(`payload ran: __pwned = ${state.pwned}`);
  for (const v of state.csp) problems.push(`CSP violation: ${v}`);
  return { page, problems };
}

/** The body elements a payload could have created if it had been parsed as HTML. */
async function injectedElements(page: Page): Promise<number> {
  // A Markdown heading would have lost its "#"; shown literally, any element holding the text still starts with it.
  const headings = await page.locator('main :is(h1, h2, h3):has-text("Not a heading")').allTextContents();
  const parsedHeadings = headings.filter((t) => !t.trim().startsWith('#')).length;
  // Likewise a parsed Markdown list item would start with its text, without the "* ".
  const items = await page.locator('main li').allTextContents();
  const parsedItems = items.filter((t) => t.trim().startsWith('not a list item')).length;
  return parsedHeadings + parsedItems + (await page.locator('main img, main svg circle, main a[href^="javascript:"], main b').count());
}

function readApi<T>(path: string): T {
  return JSON.parse(readFileSync(join(site.built.dist, path), 'utf8')) as T;
}

describe('hostile article text', () => {
  it('stops the build for no file: every hostile file becomes an article', () => {
    const ids = readApi<{ source_file: string }[]>('api/articles.json').map((a) => a.source_file);
    for (const name of Object.keys(hostileFiles)) expect(ids).toContain(name);
  });

  it.each(Object.keys(hostileFiles))('shows %s literally on its article page and runs nothing', async (name) => {
    const article = readApi<{ source_file: string; url: string }[]>('api/articles.json').find((a) => a.source_file === name);
    const { page, problems } = await visit(article?.url ?? '/missing/');
    expect(problems).toEqual([]);
    expect(await injectedElements(page)).toBe(0);
    const text = (await page.locator('main').textContent()) ?? '';
    if (name.includes('html')) {
      expect(text).toContain('<img src=x onerror="window.__pwned=2;alert(2)">');
      expect(text).toContain('&lt;b&gt;plan&lt;/b&gt; &amp;');
    }
    if (name.includes('markdown')) {
      expect(text).toContain('# Not a heading');
      expect(text).toContain('[click here](javascript:window.__pwned=5)');
      expect(text).toContain('${window.__pwned=7}');
    }
    if (name.includes('rtl')) {
      expect(await page.locator('main [dir="rtl"]').count()).toBeGreaterThan(0);
      expect(text).toContain('🌍');
    }
    await page.close();
  });

  it('marks the payload as inserted text on the comparison page without running it', async () => {
    const pairs = readApi<{ left: string; right: string; variant: boolean; url: string | null; similarity: number }[]>('api/pairs.json');
    const pair = pairs.find((p) => p.variant && (p.left === 'zz-hostile-copy' || p.right === 'zz-hostile-copy'));
    expect(pair?.url).toBeTruthy();
    const { page, problems } = await visit(pair?.url as string);
    expect(problems).toEqual([]);
    expect(await injectedElements(page)).toBe(0);
    expect((await page.locator('main').textContent()) ?? '').toContain('<img src=x onerror="window.__pwned=9">');
    await page.close();
  });

  it('treats an exact duplicate file as a variant with similarity 1', () => {
    const pairs = readApi<{ left: string; right: string; variant: boolean; similarity: number }[]>('api/pairs.json');
    const duplicate = pairs.find((p) => [p.left, p.right].includes('zz-hostile-duplicate') && [p.left, p.right].includes(baseArticle.replace(/\.txt$/, '')));
    expect(duplicate?.variant).toBe(true);
    expect(duplicate?.similarity).toBe(1);
  });

  it('lists hostile mentions on the term pages as text', async () => {
    const { page, problems } = await visit('/terms/');
    expect(problems).toEqual([]);
    const termLinks = await page.locator('main a[href^="/terms/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    await page.close();
    expect(termLinks.length).toBeGreaterThan(0);
    let sawHostile = false;
    for (const href of new Set(termLinks)) {
      const term = await visit(href as string);
      expect(term.problems, href as string).toEqual([]);
      expect(await injectedElements(term.page)).toBe(0);
      if (((await term.page.locator('main').textContent()) ?? '').includes('window.__pwned')) sawHostile = true;
      await term.page.close();
    }
    expect(sawHostile).toBe(true);
  });

  it.each([
    'onerror',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    '{{constructor}}',
  ])('search for %s runs nothing and shows results as text', async (q) => {
    const { page, problems } = await visit(`/search/?q=${encodeURIComponent(q)}`);
    await page.waitForTimeout(300);
    const late = await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);
    expect(problems).toEqual([]);
    expect(late).toBeNull();
    expect(await page.locator('main img, main svg circle').count()).toBe(0);
    expect(await page.locator('main mark *').count()).toBe(0);
    await page.close();
  });
});
