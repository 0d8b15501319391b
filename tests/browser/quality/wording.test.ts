// Words as the reader sees them (issue #16, item 17): numbers the Method page takes from the code keep their spaces,
// and the licence notes (on the method page, linked from every footer) say exactly what the article pages say.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../../support/site.ts';
import { builtPages } from './pages.ts';

const site = useBuiltSite();

async function visit<T>(path: string, read: (page: Page) => Promise<T>): Promise<T> {
  const page = await site.browser.newPage();
  try {
    await page.goto(`${site.origin}${path}`);
    return await read(page);
  } finally {
    await page.close();
  }
}

describe('the Method page', () => {
  it('never runs a word into a number it quotes from the code (“and400”)', async () => {
    const text = await visit('/method/', (page) => page.locator('main').evaluate((m) => {
      // Code samples (ids like #change-N, option names) are not prose.
      const copy = m.cloneNode(true) as HTMLElement;
      for (const code of copy.querySelectorAll('code')) code.remove();
      return copy.innerText;
    }));
    expect(text).toContain(' edits per row');
    expect(text.match(/\p{L}{2,}\d+|\d+\p{L}{3,}/gu) ?? []).toEqual([]);
  });
});

describe('prose around links', () => {
  it('never runs a word or a semicolon into the link after it (“came from;which texts”, “on the<a>home page”)', () => {
    // Astro drops the line break between text and a tag on the next line, so such a space must be written {' '}.
    const runIns = builtPages().flatMap((p) =>
      [...readFileSync(p.file, 'utf8').matchAll(/[\p{L};,:]<a\s[^>]*>[^<]{0,30}/gu)].map((m) => `${p.path}: …${m[0]}`),
    );
    expect(runIns).toEqual([]);
  });
});

describe('the licence notes', () => {
  it('say of the texts without a licence line what their pages say, and never “all rights reserved”', async () => {
    const articles = builtPages().filter((p) => /^\/articles\/[^/]+\/$/.test(p.path));
    expect(articles.length).toBeGreaterThan(0);
    const licences = await Promise.all(
      articles.map((a) => visit(a.path, (page) => page.locator('dt', { hasText: /^Licence$/ }).locator('xpath=following-sibling::dd[1]').innerText())),
    );
    const unstated = licences.filter((l) => /not stated/.test(l)).length;
    // The footer says nothing that counts the corpus (so adding an article changes no other page); it links to the notes.
    const footer = await visit('/', (page) => page.locator('footer').innerText());
    const link = await visit('/', (page) => page.locator('footer a', { hasText: 'which texts carry a licence' }).getAttribute('href'));
    expect(link).toBe('/method/#texts');
    const notes = await visit('/method/', (page) => page.locator('section', { has: page.locator('h2#texts') }).innerText());
    for (const text of [footer, notes]) if (!licences.some((l) => /all rights reserved/i.test(l))) expect(text).not.toMatch(/all rights reserved/i);
    if (unstated > 0) {
      const words = unstated === 1 ? 'text states no licence' : `${unstated} texts state no licence`;
      expect(notes).toContain(words);
      expect(notes).toContain('“Licence: not stated”');
    }
  });
});
