// The Atom feed parses as XML in a browser, is Atom, and has one entry per article with its title and page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../../scripts/lib/browser.ts';
import { read } from './pages.ts';

interface ArticleSummary { title: string; url: string }
const articles: ArticleSummary[] = JSON.parse(read('dist/api/articles.json'));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Parses XML with the browser's own parser; returns the parse error, or the entries' titles and links. */
async function parse(xml: string) {
  const page = await browser.newPage();
  try {
    return await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.querySelector('parsererror');
      if (error) return { error: error.textContent ?? 'parse error', root: null, entries: [] };
      const ns = 'http://www.w3.org/2005/Atom';
      const entries = [...doc.getElementsByTagNameNS(ns, 'entry')].map((e) => ({
        title: e.getElementsByTagNameNS(ns, 'title')[0]?.textContent ?? '',
        href: e.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href') ?? '',
        authors: e.getElementsByTagNameNS(ns, 'author').length,
        updated: e.getElementsByTagNameNS(ns, 'updated')[0]?.textContent ?? '',
      }));
      return { error: null, root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`, entries };
    }, xml);
  } finally {
    await page.close();
  }
}

describe('Atom feed', () => {
  it('is well-formed Atom with one entry per article', async () => {
    const feed = await parse(read('dist/feed.xml'));
    expect(feed.error).toBeNull();
    expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(feed.entries.map((e) => [e.title, new URL(e.href).pathname]).sort()).toEqual(articles.map((a) => [a.title, a.url]).sort());
    for (const e of feed.entries) {
      expect(e.authors).toBeGreaterThan(0);
      expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }
  });

  it('would notice a malformed feed', async () => {
    expect((await parse('<feed xmlns="http://www.w3.org/2005/Atom"><title>a & b</title></feed>')).error).not.toBeNull();
  });
});
