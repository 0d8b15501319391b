// An article page built from each format (issue #11): a plain-text file, a Markdown file and a saved web page from
// tests/fixtures/ingest/, built into a throw-away site beside the seeds, open in Chromium with their structure and
// nothing of the source's markup or page furniture.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useSiteBuiltWith } from '../support/site.ts';

const fixture = (name: string, file: string) => readFileSync(join('tests/fixtures/ingest', name, file));
const files = {
  'zz-format-text.txt': fixture('read-more-and-crosshead', 'input.txt'),
  'zz-format-markdown.md': fixture('markdown-structure', 'input.md'),
  'zz-format-page.html': fixture('page-furniture', 'input.html'),
};

const site = useSiteBuiltWith(files);

interface Entry { id: string; title: string; paragraphs: string[]; headings: number[]; quotes: number[]; boilerplate: { text: string }[] }
const entryOf = (name: string): Entry => {
  const list = JSON.parse(readFileSync(join(site.built.dist, 'api/articles.json'), 'utf8')) as { source_file: string; json: string }[];
  const summary = list.find((a) => a.source_file === name);
  if (!summary) throw new Error(`${name} was not built`);
  return JSON.parse(readFileSync(join(site.built.dist, summary.json), 'utf8')) as Entry;
};

describe('an article page from each format', () => {
  it.each(Object.keys(files))('%s opens with its title, numbered paragraphs, crossheads and quotations', async (name) => {
    const entry = entryOf(name);
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog ${d.message()}`);
      void d.dismiss();
    });
    const response = await page.goto(`${site.origin}/articles/${entry.id}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe(entry.title);
    const body = page.locator('section[aria-label="Article text"]');
    const ids = await body.locator('[id^="p"]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toEqual(Array.from({ length: entry.paragraphs.length - entry.headings.length }, (_, i) => `p${i + 1}`));
    await expect(body.locator('h2').allTextContents()).resolves.toEqual(entry.headings.map((i) => entry.paragraphs[i]));
    await expect(body.locator('blockquote p').count()).resolves.toBe(entry.quotes.length);
    const text = (await body.textContent()) ?? '';
    for (const piece of entry.boilerplate) expect(text).not.toContain(piece.text);
    // The site's own module scripts (Astro bundles, e.g. <search-marks>) may sit in main; nothing from the source may.
    await expect(page.locator('main script:not([type="module"][src^="/_astro/"]), main iframe, main img, main form, main a[href^="javascript:"]').count()).resolves.toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a saved page shows none of its furniture and the metadata it states', async () => {
    const entry = entryOf('zz-format-page.html');
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/articles/${entry.id}/`);
    const text = (await page.locator('section[aria-label="Article text"]').textContent()) ?? '';
    for (const furniture of ['We use cookies', 'Accept all', 'Business', 'Advertisement', 'Read next', 'Sign up', 'Great news for the region', 'All rights reserved', 'Topics']) expect(text).not.toContain(furniture);
    const fields = (await page.locator('dl.fields').textContent()) ?? '';
    expect(fields).toContain('Leila Haddad, Omar Saleh');
    expect(fields).toContain('The Harbour Gazette');
    await page.close();
  });
});
