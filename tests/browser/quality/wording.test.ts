// Words as the reader sees them (issue #16, item 17): numbers the Method page takes from the code keep their spaces,
// and the footer says of the texts' licences exactly what their article pages say.
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

describe('the footer on licences', () => {
  it('says of the texts without a licence line what their pages say, and never “all rights reserved”', async () => {
    const articles = builtPages().filter((p) => /^\/articles\/[^/]+\/$/.test(p.path));
    expect(articles.length).toBeGreaterThan(0);
    const licences = await Promise.all(
      articles.map((a) => visit(a.path, (page) => page.locator('dt', { hasText: /^Licence$/ }).locator('xpath=following-sibling::dd[1]').innerText())),
    );
    const unstated = licences.filter((l) => /not stated/.test(l)).length;
    const footer = await visit('/', (page) => page.locator('footer').innerText());
    if (!licences.some((l) => /all rights reserved/i.test(l))) expect(footer).not.toMatch(/all rights reserved/i);
    if (unstated > 0) {
      const words = unstated === 1 ? 'text states no licence' : `${unstated} texts state no licence`;
      expect(footer).toContain(words);
      expect(footer).toContain('“Licence: not stated”');
    }
  });
});
