// Folded runs of unchanged rows (issue #16, item 17), which the seed pairs cannot show (they have no unchanged rows):
// a throw-away site gets a rewrite of the corpus's longest article that keeps a stretch of it word for word, with
// new opening and closing sentences and one changed sentence between two verbatim stretches. The same build checks
// what the build says about the public URL when WIREDIFF_SITE is unset (item 16).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import { DEFAULT_SITE } from '../../src/lib/routes.ts';
import { useSiteBuiltWith } from '../support/site.ts';

const REWRITE_FILE = 'zz-verbatim-rewrite.txt';
const OPENING = 'Officials briefed on the matter gave a cautious account of the plan on Monday, stressing that no agreement had been signed.';
const CLOSING = 'Neither government answered written questions about the timetable before this story went to press.';
const ADDED_CLAUSE = ', according to two officials who asked not to be named';

// The seed with the most sentences; the rewrite keeps all of its sentences but the first in order, one of them
// with a clause added, so the alignment has two runs of verbatim rows around one changed row.
const seed = [...loadCorpus()].sort((a, b) => b.sentences.flat().length - a.sentences.flat().length)[0];
const sentences = seed?.sentences.flat() ?? [];
const END = /([.!?][”"’']?)$/;
// The first full sentence (closing punctuation, several words: not a crosshead) from the middle on.
const middle = sentences.findIndex((s, i) => i >= sentences.length / 2 && END.test(s) && s.split(/\s+/).length >= 6);
const kept = sentences.slice(1).map((s, i) => (i + 1 === middle ? s.replace(END, `${ADDED_CLAUSE}$1`) : s));
const rewrite = [`A cautious rewrite: ${seed?.title ?? ''}`, '', OPENING, '', ...kept.flatMap((s) => [s, '']), CLOSING, ''].join('\n');

interface ArticleSummary { id: string; source_file: string }
interface PairSummary { left: string; right: string; url: string | null; json: string | null }
interface AlignmentJson { rows: { kind: string; left: string[]; right: string[] }[] }

const site = useSiteBuiltWith({ [REWRITE_FILE]: rewrite }, { WIREDIFF_SITE: undefined });
let pairUrl = '';
let alignment: AlignmentJson = { rows: [] };
beforeAll(() => {
  const { dist } = site.built;
  const articles: ArticleSummary[] = JSON.parse(readFileSync(join(dist, 'api/articles.json'), 'utf8'));
  const pairs: PairSummary[] = JSON.parse(readFileSync(join(dist, 'api/pairs.json'), 'utf8'));
  const ids = new Set([seed?.id, articles.find((a) => a.source_file === REWRITE_FILE)?.id]);
  const pair = pairs.find((p) => p.url && ids.has(p.left) && ids.has(p.right));
  pairUrl = pair?.url ?? '';
  alignment = pair?.json ? JSON.parse(readFileSync(join(dist, pair.json), 'utf8')) : alignment;
});

/** The unchanged runs of at least three rows, as 1-based row numbers. */
function unchangedRuns(): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  alignment.rows.forEach((r, i) => {
    if (r.kind === 'same') run.push(i + 1);
    else run = [];
    if (run.length === 1) runs.push(run);
  });
  return runs.filter((r) => r.length >= 3);
}

async function open(javaScriptEnabled: boolean, hash = ''): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const response = await page.goto(`${site.origin}${pairUrl}${hash}`);
  expect(response?.status()).toBe(200);
  return page;
}

const isOpen = (page: Page, i: number) => page.locator('details[data-run]').nth(i).evaluate((d) => (d as HTMLDetailsElement).open);

describe('a rewrite that keeps runs of sentences verbatim', () => {
  it('is a variant pair whose alignment has at least two runs of three or more unchanged rows', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(8);
    expect(pairUrl).toMatch(/^\/compare\/.+--.+\/$/);
    expect(unchangedRuns().length).toBeGreaterThanOrEqual(2);
  });

  it('folds each run into one disclosure that names its rows, and unfolds it on request', async () => {
    const page = await open(true);
    try {
      const runs = unchangedRuns();
      await expect(page.locator('details[data-run]').count()).resolves.toBe(runs.length);
      for (const [i, run] of runs.entries()) {
        const summary = page.locator('details[data-run]').nth(i).locator('summary');
        await expect(summary.innerText()).resolves.toBe(`${run.length} unchanged rows (rows ${run[0]}–${run.at(-1)})`);
        await expect(isOpen(page, i)).resolves.toBe(false);
        await expect(page.locator(`#row-${run[0]}`).isVisible()).resolves.toBe(false);
        await summary.click();
        await expect(isOpen(page, i)).resolves.toBe(true);
        await expect(page.locator(`#row-${run[0]}`).isVisible()).resolves.toBe(true);
      }
    } finally {
      await page.context().close();
    }
  });

  it('keeps open the run that holds a linked row, and only that one', async () => {
    const runs = unchangedRuns();
    const target = runs[1]?.[1];
    const page = await open(true, `#row-${target}`);
    try {
      await expect(isOpen(page, 0)).resolves.toBe(false);
      await expect(isOpen(page, 1)).resolves.toBe(true);
      await expect(page.locator(`#row-${target}`).isVisible()).resolves.toBe(true);
    } finally {
      await page.context().close();
    }
  });

  it('prints every row, folded runs unfolded on paper', async () => {
    const page = await open(true);
    try {
      await expect(isOpen(page, 0)).resolves.toBe(false);
      await page.emulateMedia({ media: 'print' });
      for (const n of unchangedRuns().flat()) await expect(page.locator(`#row-${n}`).isVisible()).resolves.toBe(true);
    } finally {
      await page.context().close();
    }
  });

  it('shows every row, unfolded, without JavaScript', async () => {
    const page = await open(false);
    try {
      const runs = page.locator('details[data-run]');
      await expect(runs.count()).resolves.toBe(unchangedRuns().length);
      for (let i = 0; i < (await runs.count()); i += 1) await expect(isOpen(page, i)).resolves.toBe(true);
      for (const n of unchangedRuns().flat()) await expect(page.locator(`#row-${n}`).isVisible()).resolves.toBe(true);
      const text = (await page.locator('main').innerText()).replace(/\s+/g, '');
      const missing = alignment.rows.flatMap((r) => [...r.left, ...r.right]).filter((s) => !text.includes(s.replace(/\s+/g, '')));
      expect(missing).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

// Issue #16 item 16: without WIREDIFF_SITE the build warns once, in one line, and still succeeds.
describe('the build without WIREDIFF_SITE', () => {
  it('warns in exactly one line where absolute links point and how to change it', () => {
    const lines = site.built.log.split('\n').filter((l) => l.includes('WIREDIFF_SITE'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/WARN/);
    expect(lines[0]).toContain(DEFAULT_SITE);
    expect(readFileSync(join(site.built.dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${DEFAULT_SITE}sitemap-index.xml`);
  });
});
