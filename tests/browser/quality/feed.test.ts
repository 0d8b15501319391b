// The Atom feed parses as XML in a browser, is Atom, and has one entry per dated article with its title and page; it is a
// function of the content alone, and says nothing an article does not (issue #16, item 15).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../../scripts/lib/browser.ts';
import { loadCorpus } from '../../../src/lib/corpus/load.ts';
import { articleFeed } from '../../../src/lib/present/feed.ts';
import { publicSite } from '../../../src/lib/routes.ts';
import { read } from './pages.ts';

interface ArticleSummary { title: string; url: string; published: string | null }
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
      if (error) return { error: error.textContent ?? 'parse error', root: null, entries: [], feedAuthors: 0 };
      const ns = 'http://www.w3.org/2005/Atom';
      const entries = [...doc.getElementsByTagNameNS(ns, 'entry')].map((e) => ({
        title: e.getElementsByTagNameNS(ns, 'title')[0]?.textContent ?? '',
        href: e.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href') ?? '',
        authors: [...e.getElementsByTagNameNS(ns, 'author')].map((a) => a.textContent?.trim() ?? ''),
        updated: e.getElementsByTagNameNS(ns, 'updated')[0]?.textContent ?? '',
        published: e.getElementsByTagNameNS(ns, 'published')[0]?.textContent ?? null,
      }));
      const feedAuthors = [...doc.documentElement.children].filter((c) => c.localName === 'author').length;
      return { error: null, root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`, entries, feedAuthors };
    }, xml);
  } finally {
    await page.close();
  }
}

describe('Atom feed', () => {
  it('is well-formed Atom with one entry per dated article (an undated one is not given a date)', async () => {
    const feed = await parse(read('dist/feed.xml'));
    expect(feed.error).toBeNull();
    expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
    const dated = articles.filter((a) => a.published !== null);
    expect(dated.length).toBeGreaterThan(0);
    expect(feed.entries.map((e) => [e.title, new URL(e.href).pathname]).sort()).toEqual(dated.map((a) => [a.title, a.url]).sort());
    for (const e of feed.entries) {
      // RFC 4287 §4.1.1: every entry has an author of its own or inherits the feed's.
      expect(e.authors.length + feed.feedAuthors).toBeGreaterThan(0);
      expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }
  });

  it('is a function of the content: the built feed is the one the corpus gives, whatever the clock says', () => {
    expect(read('dist/feed.xml')).toBe(articleFeed(loadCorpus(), { site: publicSite(process.env).url }));
  });

  it('gives every entry its article’s own date, and invents no author', async () => {
    const feed = await parse(read('dist/feed.xml'));
    for (const e of feed.entries) expect(e.published).toBe(e.updated);
    expect(feed.entries.flatMap((e) => e.authors).filter((a) => /not stated|unknown/i.test(a))).toEqual([]);
  });

  it('would notice a malformed feed', async () => {
    expect((await parse('<feed xmlns="http://www.w3.org/2005/Atom"><title>a & b</title></feed>')).error).not.toBeNull();
  });
});
