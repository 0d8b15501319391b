// Search benchmark (issues #5, #7, #14 and #16), side by side with Pagefind over the same build, in one Chromium run:
// bytes fetched for a first query (gzipped), keystroke-to-results latency, search time in Node, and the layout shift
// of opening /search/?q=MESA from a link. Usage: npm run build && npm run bench:search [-- --dist other/dist]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import * as pagefind from 'pagefind';
import type { SearchManifest } from '../src/lib/search/data.ts';
import { search } from '../src/lib/search/engine.ts';
import { SEARCH_INDEX_URL } from '../src/lib/routes.ts';
import { distSearchSource } from './lib/dist-source.ts';
import { percentiles } from './bench/measure.ts';
import { launchBrowser } from './lib/browser.ts';
import { serveStatic } from './lib/server.ts';
import { layoutShift, VIEWPORTS } from './lib/layout-shift.ts';

/** Queries a reader would type: glossary terms, names, a typo, a phrase, common words, several words. */
export const QUERIES = ['MESA', 'JCPOA', 'Pompoe', 'Khashoggi', 'air defence', '"nuclear deal"', 'Saudi Arabia', 'sanctions', 'Qatar', 'alliance', 'MESA Egypt'];

/** The query whose shared link is opened to measure layout shift (issue #14). */
export const CLS_QUERY = 'MESA';

/** Median and 95th percentile, in milliseconds. */
export interface Latency {
  median: number;
  p95: number;
}

/** Bytes a first query fetched: files, raw bytes, and bytes as a static host would send them gzipped. */
export interface Download {
  query: string;
  files: number;
  raw: number;
  gzip: number;
}

/** Pagefind's figures over the same build (its article pages), measured in the same browser run. */
export interface PagefindFigures {
  version: string;
  pages: number;
  indexMs: number;
  /** Everything its first query fetches (its script, WebAssembly, index chunks, and the shown results' fragments). */
  firstQueryGzip: number;
  firstQueryRaw: number;
  downloads: Download[];
  browser: Latency;
}

/** What one search measurement found. */
export interface SearchFigures {
  /** The largest first-query download over QUERIES (each on a fresh page): what a reader may wait for. */
  firstQueryRaw: number;
  firstQueryGzip: number;
  /** The median first-query download over QUERIES, gzipped. */
  firstQueryMedianGzip: number;
  /** Per query, on a fresh page: manifest, shards and the shown articles' documents. */
  downloads: Download[];
  /** The search page's own scripts, loaded with the page (not counted in the first query). */
  scriptGzip: number;
  node: Latency;
  browser: Latency | null;
  /** Layout shift of opening /search/?q=MESA, the worst of the viewports measured; null without a browser. */
  cls: number | null;
  pagefind: PagefindFigures | null;
}

const gz = (body: Buffer) => Math.min(body.length, gzipSync(body).length);

/** Records every response a page receives from now on, with its body size raw and gzipped. */
function recordDownloads(page: Page): () => Promise<{ files: number; raw: number; gzip: number }> {
  const bodies: Promise<Buffer | null>[] = [];
  page.on('response', (r) => bodies.push(r.body().catch(() => null)));
  return async () => {
    const all = (await Promise.all(bodies)).filter((b): b is Buffer => b !== null);
    return { files: all.length, raw: all.reduce((n, b) => n + b.length, 0), gzip: all.reduce((n, b) => n + gz(b), 0) };
  };
}

/** Types `text` into the page's search box in one go and waits for the results it renders. */
async function typeAndWait(page: Page, text: string): Promise<number> {
  return page.evaluate(async (value) => {
    const box = document.querySelector('search-box') as HTMLElement;
    const input = box.querySelector('input') as HTMLInputElement;
    const before = box.dataset.rendered;
    const started = performance.now();
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await new Promise<void>((done) => {
      const observer = new MutationObserver(() => {
        if (box.dataset.rendered !== before) {
          observer.disconnect();
          done();
        }
      });
      observer.observe(box, { attributes: true, attributeFilter: ['data-rendered'] });
    });
    void box.offsetHeight; // include layout of the new results
    return performance.now() - started;
  }, text);
}

/** The same keystroke loop for Pagefind: search, load the shown results' fragments, render them, lay out. */
async function pagefindKeystroke(page: Page, text: string): Promise<number> {
  return page.evaluate(async (value) => {
    const started = performance.now();
    const api = (window as unknown as { pagefind: { search(q: string): Promise<{ results: { data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }> }[] } | null> } }).pagefind;
    const found = await api.search(value);
    const shown = await Promise.all((found?.results ?? []).slice(0, 10).map((r) => r.data()));
    const list = document.getElementById('results') as HTMLElement;
    list.replaceChildren(
      ...shown.map((d) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = d.url;
        a.textContent = d.meta.title ?? d.url;
        const p = document.createElement('p');
        p.innerHTML = d.excerpt; // Pagefind's excerpt carries its <mark> tags (bench page only, never the site)
        li.append(a, p);
        return li;
      }),
    );
    void list.offsetHeight;
    return performance.now() - started;
  }, text);
}

const PAGEFIND_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind bench</title></head>
<body><ol id="results"></ol><script type="module">
import * as pagefind from './pagefind.js';
window.pagefind = pagefind;
window.pagefindReady = true;
</script></body></html>`;

/** Indexes the build's article pages with Pagefind into a folder of its own, beside the build. */
async function buildPagefind(dist: string): Promise<{ dir: string; pages: number; ms: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'wirediff-pagefind-'));
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ rootSelector: 'main' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist, glob: 'articles/**/*.html' });
  if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: dir });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  writeFileSync(join(dir, 'bench.html'), PAGEFIND_PAGE);
  return { dir, pages: added.page_count, ms: performance.now() - started };
}

function summarise(downloads: Download[]): { raw: number; gzip: number; median: number } {
  const worst = downloads.reduce((a, b) => (b.gzip > a.gzip ? b : a), downloads[0] as Download);
  return { raw: worst.raw, gzip: worst.gzip, median: percentiles(downloads.map((d) => d.gzip)).median };
}

/** Measures search on a built site folder: Node latency always; Chromium latency, downloads, CLS and Pagefind unless disabled. */
export async function measureSearch(dist: string, options: { browser?: boolean; pagefind?: boolean } = {}): Promise<SearchFigures> {
  const nodeTimes: number[] = [];
  const source = distSearchSource(dist);
  for (let round = 0; round < 5; round++) {
    for (const q of QUERIES) {
      const t = performance.now();
      await search(source, q);
      nodeTimes.push(performance.now() - t);
    }
  }
  const html = readFileSync(join(dist, 'search/index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1] as string)));
  const figures: SearchFigures = {
    firstQueryRaw: 0,
    firstQueryGzip: 0,
    firstQueryMedianGzip: 0,
    downloads: [],
    scriptGzip: scripts.reduce((n, s) => n + gz(s), 0),
    node: percentiles(nodeTimes),
    browser: null,
    cls: null,
    pagefind: null,
  };
  if (options.browser === false) return figures;

  const reference = options.pagefind === false ? null : await buildPagefind(dist);
  const site = await serveStatic(dist, reference ? { '/pagefind/': reference.dir } : {});
  const browser = await launchBrowser();
  try {
    // First query on a fresh page each: what a reader arriving at the search page downloads to see results.
    for (const q of QUERIES) {
      const page = await browser.newPage();
      await page.goto(`${site.origin}/search/`);
      await page.waitForLoadState('networkidle');
      const downloads = recordDownloads(page);
      await page.focus('input[name="q"]');
      await typeAndWait(page, q);
      figures.downloads.push({ query: q, ...(await downloads()) });
      await page.close();
    }
    const first = summarise(figures.downloads);
    Object.assign(figures, { firstQueryRaw: first.raw, firstQueryGzip: first.gzip, firstQueryMedianGzip: first.median });

    // Keystrokes: each query typed a letter at a time from its second letter, on one page, as a reader types.
    const page = await browser.newPage();
    await page.goto(`${site.origin}/search/`);
    const manifest = page.waitForResponse((r) => r.url().endsWith(SEARCH_INDEX_URL));
    await page.focus('input[name="q"]');
    await manifest;
    const times: number[] = [];
    for (const q of QUERIES) for (let length = 2; length <= q.length; length++) times.push(await typeAndWait(page, q.slice(0, length)));
    figures.browser = percentiles(times);
    await page.close();

    figures.cls = 0;
    for (const v of VIEWPORTS) {
      figures.cls = Math.max(figures.cls, await layoutShift(browser, `${site.origin}/search/?q=${encodeURIComponent(CLS_QUERY)}`, v, 'search-box[data-rendered]'));
    }

    if (reference) {
      const downloads: Download[] = [];
      for (const q of QUERIES) {
        const pf = await browser.newPage();
        await pf.goto(`${site.origin}/pagefind/bench.html`);
        await pf.waitForFunction(() => (window as unknown as { pagefindReady?: boolean }).pagefindReady === true);
        const recorded = recordDownloads(pf);
        await pagefindKeystroke(pf, q);
        downloads.push({ query: q, ...(await recorded()) });
        await pf.close();
      }
      const pf = await browser.newPage();
      await pf.goto(`${site.origin}/pagefind/bench.html`);
      await pf.waitForFunction(() => (window as unknown as { pagefindReady?: boolean }).pagefindReady === true);
      await pf.evaluate(() => (window as unknown as { pagefind: { init(): Promise<void> } }).pagefind.init());
      const pfTimes: number[] = [];
      for (const q of QUERIES) for (let length = 2; length <= q.length; length++) pfTimes.push(await pagefindKeystroke(pf, q.slice(0, length)));
      await pf.close();
      const pfFirst = summarise(downloads);
      const version = (JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')) as { version: string }).version;
      figures.pagefind = { version, pages: reference.pages, indexMs: reference.ms, firstQueryGzip: pfFirst.gzip, firstQueryRaw: pfFirst.raw, downloads, browser: percentiles(pfTimes) };
    }
  } finally {
    await browser.close();
    await site.close();
    if (reference) rmSync(reference.dir, { recursive: true, force: true });
  }
  return figures;
}

/** Goals from issue #14, by corpus size: first-query download (gzipped bytes) and keystroke p95 (ms). */
export function searchGoals(n: number): { firstQueryGzip: number; p95: number; cls: number } {
  // By the nearest of the sizes: a benchmark corpus of 1,000 has 1,001 articles after its warm build.
  if (n <= 50) return { firstQueryGzip: 30 * 1024, p95: 16, cls: 0.05 };
  if (n <= 3000) return { firstQueryGzip: 100 * 1024, p95: 25, cls: 0.05 };
  return { firstQueryGzip: 150 * 1024, p95: 30, cls: 0.05 };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const distArg = process.argv.find((_, i) => process.argv[i - 1] === '--dist') ?? 'dist';
  const f = await measureSearch(distArg, { pagefind: !process.argv.includes('--no-pagefind') });
  const articles = (JSON.parse(readFileSync(join(distArg, SEARCH_INDEX_URL), 'utf8')) as SearchManifest).articles;
  const goal = searchGoals(articles);
  const kb = (b: number) => `${(b / 1024).toFixed(1)} kB`;
  const ms = (x: number) => `${x.toFixed(2)} ms`;
  console.log(`search over ${articles} articles (goals for this size: first query ≤ ${kb(goal.firstQueryGzip)} gz, keystroke p95 ≤ ${goal.p95} ms, CLS ≤ ${goal.cls})`);
  for (const d of f.downloads) console.log(`  first query “${d.query}”: ${d.files} files, ${kb(d.raw)} raw, ${kb(d.gzip)} gz`);
  console.log(`wirediff first query: worst ${kb(f.firstQueryGzip)} gz, median ${kb(f.firstQueryMedianGzip)} gz; search script ${kb(f.scriptGzip)} gz (loaded with the page)`);
  console.log(`wirediff search in Node: median ${ms(f.node.median)}, p95 ${ms(f.node.p95)}`);
  if (f.browser) console.log(`wirediff keystroke to results in Chromium: median ${ms(f.browser.median)}, p95 ${ms(f.browser.p95)}`);
  if (f.cls !== null) console.log(`wirediff /search/?q=${CLS_QUERY} opened from a link: layout shift ${f.cls.toFixed(3)}`);
  if (f.pagefind) {
    const p = f.pagefind;
    console.log(`Pagefind ${p.version} over ${p.pages} article pages (indexed in ${(p.indexMs / 1000).toFixed(1)} s): first query worst ${kb(p.firstQueryGzip)} gz (its script and WebAssembly included); keystroke median ${ms(p.browser.median)}, p95 ${ms(p.browser.p95)}`);
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/search.json', `${JSON.stringify({ date: new Date().toISOString(), queries: QUERIES, articles, ...f }, null, 2)}\n`);
}
