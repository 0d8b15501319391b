// Printed pages (reported as "one font for everything": lists, tables and meta lines printed in the screen's sans, meta
// lines larger than the text): text, tables, meta lines and figures in one reading face, headings in another and no
// smaller than the text, meta lines smaller.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useBuiltSite } from '../support/site.ts';

const site = useBuiltSite();
const articles: { url: string }[] = JSON.parse(readFileSync('dist/api/articles.json', 'utf8'));
const pairs: { url: string | null }[] = JSON.parse(readFileSync('dist/api/pairs.json', 'utf8'));
/** A page of each kind with running text, tables and meta lines: home, an article, a pair, the article list. */
const paths = ['/', articles[0]?.url ?? '', pairs.find((p) => p.url)?.url ?? '', '/browse/'];

interface Face {
  what: string;
  family: string;
  size: number;
}

describe('on paper', () => {
  it.each(paths.map((p) => [p]))('%s sets its text in one face, headings in another, meta lines smaller', async (path) => {
    expect(path).not.toBe('');
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.origin}${path}`);
      await page.emulateMedia({ media: 'print' });
      const faces = await page.evaluate(() => {
        const face = (what: string, el: Element) => ({ what, family: getComputedStyle(el).fontFamily, size: parseFloat(getComputedStyle(el).fontSize) });
        const all = (selector: string) => [...document.querySelectorAll(`main ${selector}`)].map((el) => face(selector, el));
        return { body: face('body', document.body), text: [...all('td'), ...all('.meta'), ...all('dd'), ...all('.figures')], headings: all('h1, h2'), meta: all('.meta') };
      });
      const { body } = faces as { body: Face };
      expect(faces.text.length).toBeGreaterThan(0);
      expect(faces.text.filter((f) => f.family !== body.family)).toEqual([]);
      expect(faces.headings.filter((f) => f.family === body.family || f.size < body.size)).toEqual([]);
      expect(faces.meta.filter((f) => f.size >= body.size)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
