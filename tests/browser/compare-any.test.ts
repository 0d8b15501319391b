// /compare/ in Chromium: two articles named in the URL are restored and aligned (the build's own alignment for a
// variant pair); the form keeps two articles in the URL and Back restores the previous pair; an article against a
// pasted text keeps the text out of the URL; without JavaScript the page says what it needs and links the
// precomputed comparisons.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { useBuiltSite } from '../support/site.ts';

interface ArticleSummary { id: string; source_file: string; url: string }
interface Entry { title: string; published: string | null }
interface PairSummary { left: string; right: string; url: string | null; json: string | null; variant: boolean }

const site = useBuiltSite();
const articles: ArticleSummary[] = JSON.parse(readFileSync('dist/api/articles.json', 'utf8'));
const pairs: PairSummary[] = JSON.parse(readFileSync('dist/api/pairs.json', 'utf8'));
const variant = pairs.find((p) => p.variant) as PairSummary;
const variantIds = new Set([variant.left, variant.right]);
const [x, y] = articles.filter((a) => !variantIds.has(a.id)) as [ArticleSummary, ArticleSummary];

/**
 * Opens a page of the site, recording page errors as problems, every request's path, and as `failed` the console's
 * errors and the responses that failed (an unknown article's entry is one, by design).
 */
async function open(path: string, javaScriptEnabled = true): Promise<{ page: Page; problems: string[]; requests: string[]; failed: string[] }> {
  const context = await site.browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  const failed: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') failed.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`HTTP ${r.status()}: ${new URL(r.url()).pathname}`);
  });
  const response = await page.goto(`${site.origin}${path}`);
  expect(response?.status()).toBe(200);
  return { page, problems, requests, failed };
}

const done = (page: Page) => page.waitForSelector('any-compare[data-state="done"]');

describe('/compare/', () => {
  it('restores two articles from its URL and shows the build’s own alignment of a variant pair', async () => {
    const { page, problems } = await open(`/compare/?a=${variant.right}&b=${variant.left}`);
    try {
      await done(page);
      await expect(page.locator('#compare-a').inputValue()).resolves.toBe(variant.right);
      await expect(page.locator('#compare-b').inputValue()).resolves.toBe(variant.left);
      const api = JSON.parse(readFileSync(`dist${variant.json}`, 'utf8')) as { rows: unknown[]; changes: unknown[] };
      const reader = page.locator('compare-reader.pair');
      await expect(reader.locator('li.row').count()).resolves.toBe(api.rows.length);
      await expect(reader.locator('ol.change-list > li').count()).resolves.toBe(api.changes.length);
      await expect(reader.locator(`a[href="${variant.url}"]`).count()).resolves.toBe(1);
      // A is the earlier article, as on every comparison page, and the page says it turned the reader's order round.
      await expect(reader.locator('.pair-sides li a').first().getAttribute('href')).resolves.toBe(`/articles/${variant.left}/`);
      const [left, right] = [variant.left, variant.right].map((id) => JSON.parse(readFileSync(`dist/api/articles/${id}.json`, 'utf8')) as Entry) as [Entry, Entry];
      const byDate = left.published && right.published && left.published !== right.published;
      await expect(page.locator('[data-status]').innerText()).resolves.toBe(
        `Aligned, the other way round: your article B, “${left.title}”, is shown as A, on the left, because ${byDate ? 'it was published first' : 'it comes first by file name (the two are not both dated)'}; every comparison keeps that order.`,
      );
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('aligns two articles the build did not pair, keeps them in the URL, and Back restores the pair before', async () => {
    const { page, problems } = await open(`/compare/?a=${variant.left}&b=${variant.right}`);
    try {
      await done(page);
      // In the comparison's own order: nothing to say but that it follows.
      await expect(page.locator('[data-status]').innerText()).resolves.toBe('Aligned: the comparison follows.');
      await page.fill('#compare-a', x.url);
      await page.fill('#compare-b', y.id);
      await page.evaluate(() => document.querySelector('any-compare')?.removeAttribute('data-state'));
      await page.getByRole('button', { name: 'Compare' }).click();
      await done(page);
      expect(new URL(page.url()).search).toBe(`?a=${x.id}&b=${y.id}`);
      const sides = await page.locator('compare-reader .pair-sides li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(sides.sort()).toEqual([x.url, y.url].sort());
      // Two articles the build did not pair are not presented as "two versions".
      await expect(page.locator('compare-reader .pair-head > p.meta').first().textContent()).resolves.toMatch(/not versions of one story/);
      await expect(page.locator('compare-reader li.row').count()).resolves.toBeGreaterThan(0);
      await page.evaluate(() => document.querySelector('any-compare')?.removeAttribute('data-state'));
      await page.goBack();
      await done(page);
      await expect(page.locator('#compare-a').inputValue()).resolves.toBe(variant.left);
      await expect(page.locator(`compare-reader a[href="${variant.url}"]`).count()).resolves.toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('word-diffs the two headlines above the rows when both articles state one', async () => {
    const entries = articles.map((a) => ({ id: a.id, ...(JSON.parse(readFileSync(`dist/api/articles/${a.id}.json`, 'utf8')) as Entry & { title_from: string }) }));
    const [p, q] = entries.filter((e) => e.title_from === 'text' || e.title_from === 'curated');
    if (!p || !q) throw new Error('the corpus needs two articles that state a headline');
    const { page, problems } = await open(`/compare/?a=${p.id}&b=${q.id}`);
    try {
      await done(page);
      const row = page.locator('compare-reader .headline-row');
      await expect(row.locator('.row-meta').innerText()).resolves.toMatch(/^Headline\s+Headlines differ: \d+ words? only in A, \d+ words? only in B$/);
      // Each cell's headline as written, without its side letter.
      const text = (cell: Element) => [...cell.childNodes].filter((n) => !(n instanceof Element && n.matches('.side-tag, .visually-hidden'))).map((n) => n.textContent).join('');
      const sides = await Promise.all(['.side-a', '.side-b'].map((c) => row.locator(c).evaluate(text)));
      expect(sides.sort()).toEqual([p.title, q.title].sort());
      await expect(row.locator('.side-a del, .side-b ins').count()).resolves.toBeGreaterThan(0);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('fetches the build’s alignment of a variant pair only, never a pair file the build did not write', async () => {
    for (const [a, b, json] of [[variant.left, variant.right, variant.json], [x.id, y.id, null]] as const) {
      const { page, problems, requests, failed } = await open(`/compare/?a=${a}&b=${b}`);
      try {
        await done(page);
        await expect(page.locator('compare-reader li.row').count()).resolves.toBeGreaterThan(0);
        expect(requests.filter((r) => r.startsWith('/api/pairs/'))).toEqual(json ? [json] : []);
        expect(failed).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await page.context().close();
      }
    }
  });

  it('says an article named as both A and B is the same article, and shows no comparison of it with itself', async () => {
    const entry = JSON.parse(readFileSync(`dist/api/articles/${variant.left}.json`, 'utf8')) as { title: string };
    const { page, problems, requests, failed } = await open(`/compare/?a=${variant.left}&b=${encodeURIComponent(`/articles/${variant.left}/`)}`);
    try {
      await done(page);
      await expect(page.locator('[data-status]').innerText()).resolves.toBe(
        `Article A and article B are the same article, “${entry.title}”, so there is nothing to compare. Name another article as B, or paste a text or open a file. It has 1 other version in the corpus, listed on its page.`,
      );
      await expect(page.locator('[data-status]').getAttribute('class')).resolves.not.toMatch(/problem/);
      await expect(page.locator('compare-reader').count()).resolves.toBe(0);
      await expect(page.locator('[data-reader]').isHidden()).resolves.toBe(true);
      expect(requests.filter((r) => r.startsWith('/api/pairs/'))).toEqual([]);
      // A comparison shown before is taken away, not left under the note.
      await page.fill('#compare-b', variant.right);
      await page.evaluate(() => document.querySelector('any-compare')?.removeAttribute('data-state'));
      await page.getByRole('button', { name: 'Compare' }).click();
      await done(page);
      await expect(page.locator('compare-reader').count()).resolves.toBe(1);
      await page.fill('#compare-b', variant.left);
      await page.evaluate(() => document.querySelector('any-compare')?.removeAttribute('data-state'));
      await page.getByRole('button', { name: 'Compare' }).click();
      await done(page);
      await expect(page.locator('[data-status]').innerText()).resolves.toMatch(/^Article A and article B are the same article/);
      await expect(page.locator('compare-reader').count()).resolves.toBe(0);
      expect(failed).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('restores two articles named in its URL by their page addresses, as the form accepts them', async () => {
    const { page, problems } = await open(`/compare/?a=${encodeURIComponent(x.url)}&b=${encodeURIComponent(`${site.origin}${y.url}`)}`);
    try {
      await done(page);
      await expect(page.locator('#compare-a').inputValue()).resolves.toBe(x.id);
      await expect(page.locator('#compare-b').inputValue()).resolves.toBe(y.id);
      const sides = await page.locator('compare-reader .pair-sides li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(sides.sort()).toEqual([x.url, y.url].sort());
      // Two articles the build did not pair are not presented as "two versions".
      await expect(page.locator('compare-reader .pair-head > p.meta').first().textContent()).resolves.toMatch(/not versions of one story/);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('aligns an article with a pasted text, which stays out of the URL', async () => {
    const { page, problems } = await open(`/compare/?a=${x.id}`);
    try {
      const entry = JSON.parse(readFileSync(`dist/api/articles/${x.id}.json`, 'utf8')) as { title: string; paragraphs: string[] };
      const added = 'An entirely new closing sentence about harbour cranes was added by the outlet.';
      await page.fill('#compare-text', [entry.title, ...entry.paragraphs, added].join('\n\n'));
      await page.evaluate(() => document.querySelector('any-compare')?.removeAttribute('data-state'));
      await page.getByRole('button', { name: 'Compare' }).click();
      await done(page);
      expect(new URL(page.url()).search).toBe(`?a=${x.id}`);
      const row = page.locator('compare-reader li.row.kind-right-only', { hasText: added });
      await expect(row.count()).resolves.toBe(1);
      await expect(page.locator('compare-reader li.row.kind-same').count()).resolves.toBeGreaterThan(0);
      await expect(page.locator('compare-reader li.row:not(.kind-same):not(.kind-right-only)').count()).resolves.toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('has no accessibility violations with a comparison shown', async () => {
    const { page } = await open(`/compare/?a=${x.id}&b=${y.id}`);
    try {
      await done(page);
      await page.waitForSelector('compare-reader .toolbar button');
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 180_000);

  it('says so when an article is not in the corpus', async () => {
    const { page } = await open('/compare/?a=no-such-article&b=another-missing');
    try {
      await done(page);
      await expect(page.locator('[data-status]').innerText()).resolves.toMatch(/no article “no-such-article”/i);
      await expect(page.locator('compare-reader').count()).resolves.toBe(0);
    } finally {
      await page.context().close();
    }
  });

  it('takes words of one article’s title for that article, and offers the articles that several titles fit', async () => {
    const titles = articles.map((a) => ({ id: a.id, title: (JSON.parse(readFileSync(`dist/api/articles/${a.id}.json`, 'utf8')) as Entry).title }));
    const wordsOf = (t: string) => new Set(t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4));
    // The whole title of one article names it alone; a word that two or more titles hold names none for sure.
    const named = titles.find((t) => titles.every((o) => o === t || ![...wordsOf(t.title)].every((w) => wordsOf(o.title).has(w)))) as { id: string; title: string };
    const counts = new Map<string, number>();
    for (const t of titles) for (const w of wordsOf(t.title)) counts.set(w, (counts.get(w) ?? 0) + 1);
    const shared = [...counts].filter(([, n]) => n >= 2).sort((p, q) => q[1] - p[1])[0]?.[0] as string;
    // B's title lacks the shared word, so the first choice offered for it (titles holding it come first) is not B.
    const other = titles.find((t) => t.id !== named.id && !wordsOf(t.title).has(shared)) as { id: string };
    const { page, problems, failed } = await open(`/compare/?a=${encodeURIComponent(named.title.toLowerCase())}&b=${other.id}`);
    try {
      await done(page);
      const sides = await page.locator('compare-reader .pair-sides li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(sides.sort()).toEqual([`/articles/${named.id}/`, `/articles/${other.id}/`].sort());
      // Words with spaces are no id: no article file was asked for in their name (no 404 in the reader's console).
      expect(failed).toEqual([]);
      await page.fill('#compare-a', shared);
      await page.evaluate(() => document.querySelector('any-compare')?.removeAttribute('data-state'));
      await page.locator('#compare-a').press('Enter');
      await done(page);
      await expect(page.locator('[data-status]').innerText()).resolves.toMatch(new RegExp(`No article has the id “${shared}”; these hold its words\\. Choose one:`));
      const choices = page.locator('[data-status] + ul.choices button');
      expect(await choices.count()).toBeGreaterThanOrEqual(2);
      // The first choice has the focus, so the keyboard picks it at once; picking it compares it in place of the words.
      await expect(page.evaluate(() => document.activeElement?.closest('ul.choices') !== null)).resolves.toBe(true);
      await page.evaluate(() => document.querySelector('any-compare')?.removeAttribute('data-state'));
      await page.keyboard.press('Enter');
      await done(page);
      const chosen = await page.locator('#compare-a').inputValue();
      expect(articles.map((a) => a.id)).toContain(chosen);
      await expect(page.locator('ul.choices').count()).resolves.toBe(0);
      await expect(page.locator('compare-reader').count()).resolves.toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('takes the start of an id for the article it names, and asks for more of an id that starts several', async () => {
    /** The shortest start of an id that no other id shares. */
    const shortest = (id: string) => {
      for (let n = 1; n <= id.length; n++) if (articles.filter((a) => a.id.startsWith(id.slice(0, n))).length === 1) return id.slice(0, n);
      return id;
    };
    const { page, problems } = await open(`/compare/?a=${encodeURIComponent(shortest(variant.left))}&b=${encodeURIComponent(shortest(variant.right))}`);
    try {
      await done(page);
      const reader = page.locator('compare-reader');
      await expect(reader.count()).resolves.toBe(1);
      // The tab says what is compared: the reader's heading before the page's own title.
      const heading = (await reader.locator('h2').first().textContent()) ?? '';
      await expect(page.title()).resolves.toMatch(new RegExp(`^${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · `));
      await expect(reader.locator(`a[href="/articles/${variant.left}/"]`).count()).resolves.toBeGreaterThan(0);
      await expect(reader.locator(`a[href="/articles/${variant.right}/"]`).count()).resolves.toBeGreaterThan(0);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
    // A start several ids share: the status names how many and asks for more, rather than "no such article".
    const common = [...articles.map((a) => a.id)].sort().reduce((prefix, id) => {
      let n = 0;
      while (n < prefix.length && prefix[n] === id[n]) n++;
      return prefix.slice(0, n);
    });
    const start = common || (articles[0] as ArticleSummary).id.slice(0, 1);
    const sharing = articles.filter((a) => a.id.startsWith(start)).length;
    const second = await open(`/compare/?a=${encodeURIComponent(start)}`);
    try {
      await done(second.page);
      await expect(second.page.locator('[data-status]').innerText()).resolves.toMatch(new RegExp(`^“${start}” starts the ids of ${sharing} articles \\(.+\\): give more of the id\\.$`));
    } finally {
      await second.page.context().close();
    }
  });

  it('says what is missing when its address names one article, and when that article is not in the corpus', async () => {
    const entry = JSON.parse(readFileSync(`dist/api/articles/${x.id}.json`, 'utf8')) as { title: string };
    for (const [path, said] of [
      [`/compare/?a=${x.id}`, `Article A is “${entry.title}”. Name article B, or paste a text or open a file as B, then press Compare.`],
      [`/compare/?b=${x.id}`, `Article B is “${entry.title}”, but no article A is named: name article A, then press Compare.`],
      ['/compare/?a=no-such-article', 'There is no article “no-such-article” in the corpus.'],
    ] as const) {
      const { page, problems } = await open(path);
      try {
        await done(page);
        await expect(page.locator('[data-status]').innerText()).resolves.toBe(said);
        await expect(page.locator('compare-reader').count()).resolves.toBe(0);
        expect(problems).toEqual([]);
      } finally {
        await page.context().close();
      }
    }
  });

  it('says which article of its address cannot be read, rather than look up replacement characters', async () => {
    const { page, problems, requests } = await open(`/compare/?a=${x.id}&b=%E0%A4%A`);
    try {
      // Nothing is run, so the form stays ready: the status is what to wait for.
      await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent !== '');
      await expect(page.locator('any-compare').getAttribute('data-state')).resolves.toBe('ready');
      await expect(page.locator('[data-status]').innerText()).resolves.toBe('Article B could not be read: the page’s address was cut short or wrongly encoded. Name it again, then press Compare.');
      await expect(page.locator('[data-status]').getAttribute('class')).resolves.toMatch(/problem/);
      await expect(page.locator('#compare-a').inputValue()).resolves.toBe(x.id);
      await expect(page.locator('#compare-b').inputValue()).resolves.toBe('');
      await expect(page.locator('compare-reader').count()).resolves.toBe(0);
      expect(requests.filter((r) => r.startsWith('/api/'))).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('without JavaScript, says what it needs and links the precomputed comparisons', async () => {
    const { page } = await open(`/compare/?a=${variant.left}&b=${variant.right}`, false);
    try {
      await expect(page.locator('main').innerText()).resolves.toMatch(/needs JavaScript/);
      await expect(page.locator(`main a[href="${variant.url}"]`).count()).resolves.toBeGreaterThan(0);
    } finally {
      await page.context().close();
    }
  });
});
