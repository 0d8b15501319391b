// Search benchmark (issues #5 and #7): Node-side Fuse latency, keystroke-to-results latency in Chromium, and the
// bytes fetched for a first query. Usage: npm run build && npm run bench:search [-- --dist other/dist]
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import type { SearchData } from '../src/lib/search/data.ts';
import { createFuse, search } from '../src/lib/search/engine.ts';
import { percentiles } from './bench/measure.ts';
import { launchBrowser } from './lib/browser.ts';
import { serveStatic } from './lib/server.ts';

/** Queries a reader would type: glossary terms, names, a typo, a phrase, common words. */
export const QUERIES = ['MESA', 'JCPOA', 'Pompoe', 'Khashoggi', 'air defence', '"nuclear deal"', 'Saudi Arabia', 'sanctions', 'Qatar', 'alliance'];

/** What one search measurement found. */
export interface SearchFigures {
  firstQueryRaw: number;
  firstQueryGzip: number;
  scriptGzip: number;
  node: { median: number; p95: number };
  browser: { median: number; p95: number } | null;
}

/** Measures search on a built site folder: Node latency always, Chromium keystroke latency unless disabled. */
export async function measureSearch(dist: string, options: { browser?: boolean } = {}): Promise<SearchFigures> {
  const body = readFileSync(join(dist, 'search/index.json'));
  const data = JSON.parse(body.toString()) as SearchData;
  const fuse = createFuse(data);
  const nodeTimes: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of QUERIES) {
      const t = performance.now();
      search(data, fuse, q);
      nodeTimes.push(performance.now() - t);
    }
  }
  const html = readFileSync(join(dist, 'search/index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1] as string)));
  const figures: SearchFigures = {
    firstQueryRaw: body.length,
    firstQueryGzip: gzipSync(body).length,
    scriptGzip: scripts.reduce((n, s) => n + gzipSync(s).length, 0),
    node: percentiles(nodeTimes),
    browser: null,
  };
  if (options.browser === false) return figures;

  const site = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/search/`);
    await page.focus('input[name="q"]');
    await page.waitForResponse((r) => r.url().endsWith('/search/index.json'));
    const times: number[] = [];
    for (const q of QUERIES) {
      for (let length = 2; length <= q.length; length++) {
        times.push(
          await page.evaluate(async (text) => {
            const box = document.querySelector('search-box') as HTMLElement;
            const input = box.querySelector('input') as HTMLInputElement;
            const before = box.dataset.rendered;
            const started = performance.now();
            input.value = text;
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
          }, q.slice(0, length)),
        );
      }
    }
    figures.browser = percentiles(times);
  } finally {
    await browser.close();
    await site.close();
  }
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const distArg = process.argv.find((_, i) => process.argv[i - 1] === '--dist') ?? 'dist';
  const f = await measureSearch(distArg);
  const ms = (x: number) => `${x.toFixed(2)} ms`;
  console.log(`first query fetches search/index.json: ${(f.firstQueryRaw / 1024).toFixed(1)} kB raw, ${(f.firstQueryGzip / 1024).toFixed(1)} kB gzipped (goal ≤ 30 kB); search script ${(f.scriptGzip / 1024).toFixed(1)} kB gzipped (loaded with the page)`);
  console.log(`search in Node: median ${ms(f.node.median)}, p95 ${ms(f.node.p95)}`);
  if (f.browser) console.log(`keystroke to results in Chromium: median ${ms(f.browser.median)}, p95 ${ms(f.browser.p95)} (goal ≤ 16 ms)`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/search.json', `${JSON.stringify({ date: new Date().toISOString(), queries: QUERIES, ...f }, null, 2)}\n`);
}
