// Check benchmark (issue #13): builds the seed corpus (N = 5) and a synthetic one (N = 1,000) and measures in
// Chromium the /check/ page's first-load JavaScript, what one check of a 1,000-word text downloads (gzipped: the
// engine, the index shards, id chunks and candidate articles) and how long it takes, cold (a fresh tab: engine
// download and compile included) and warm (the same tab again). For larger corpora (--index-sizes, default 10,000)
// it builds only the check index in Node and prints its total size and what the same check would download.
// Usage: npm run bench:check [-- --sizes 5,1000] [-- --index-sizes 10000] [-- --runs 5]
import { mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { generateCorpus, type SeedTruth } from './bench/synth.ts';
import { fileSizes, listFiles, percentiles, runMeasured } from './bench/measure.ts';
import seedTruth from './bench/seed-truth.json' with { type: 'json' };
import { launchBrowser } from './lib/browser.ts';
import { serveStatic } from './lib/server.ts';
import { ingestFile } from '../src/lib/corpus/ingest-file.ts';
import { buildCheckIndex } from '../src/lib/compare/check-index.ts';
import { checkText, type CheckSource } from '../src/lib/compare/check.ts';
import { toArticleJson } from '../src/lib/api/articles.ts';
import { countWords } from '../src/lib/text/words.ts';

const arg = (name: string, fallback: string) => process.argv.find((_, i) => process.argv[i - 1] === name) ?? fallback;
const sizes = arg('--sizes', '5,1000').split(',').filter(Boolean).map(Number);
const indexSizes = arg('--index-sizes', '10000').split(',').filter(Boolean).map(Number);
const runs = Number(arg('--runs', '5'));
const work = resolve(process.env.WIREDIFF_BENCH_DIR ?? '/tmp/wirediff-bench-check');

/** The checked text: a rewrite of seed 000, seed 003 and an unrelated story, about 1,000 words in all. */
const TEXT = ['tests/fixtures/rewrites/check-000/input.txt', 'content/articles/003_cc1147f7b31c9ca1.txt', 'tests/fixtures/rewrites/unrelated/input.txt']
  .map((f) => readFileSync(f, 'utf8').trim())
  .join('\n\n');
const gz = (body: Buffer | string) => gzipSync(body).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

interface Row {
  n: number;
  index_files: number;
  index_raw: number;
  index_gzip: number;
  first_load_js_gzip: number | null;
  cold_download_gzip: number | null;
  warm_download_gzip: number | null;
  engine_gzip: number | null;
  cold_ms: number | null;
  cold_reader_ms: number | null;
  warm_median_ms: number | null;
  warm_reader_median_ms: number | null;
  warm_p95_ms: number | null;
  matches: number;
  candidates: number;
  keys: number;
}

/** Writes a synthetic corpus of n articles (the seeds first) as a content folder. */
function writeCorpus(n: number, content: string): ReturnType<typeof generateCorpus> {
  const corpus = generateCorpus(n, 'content/articles', seedTruth satisfies SeedTruth);
  mkdirSync(join(content, 'articles'), { recursive: true });
  for (const f of corpus.files) writeFileSync(join(content, 'articles', f.name), f.text);
  writeFileSync(join(content, 'metadata.yaml'), '{}\n');
  if (existsSync('content/glossary.yaml')) copyFileSync('content/glossary.yaml', join(content, 'glossary.yaml'));
  return corpus;
}

/** Size of the check index in a built site: manifest, shards and id chunks. */
function indexSize(dist: string): { files: number; raw: number; gzip: number } {
  const files = listFiles(join(dist, 'check')).filter((f) => f.path.endsWith('.json'));
  return files.reduce((s, f) => { const z = fileSizes(f.path); return { files: s.files + 1, raw: s.raw + z.raw, gzip: s.gzip + z.gzip }; }, { files: 0, raw: 0, gzip: 0 });
}

/** Measures /check/ on a built site in Chromium. */
async function measureBrowser(dist: string) {
  const site = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const fresh = async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const bodies: { url: string; gzip: number }[] = [];
      page.on('response', (r) => void r.body().then((b) => bodies.push({ url: r.url(), gzip: gz(b) }), () => undefined));
      await page.goto(`${site.origin}/check/`, { waitUntil: 'networkidle' });
      return { page, bodies };
    };
    const checkOnce = async (page: import('playwright-core').Page, bodies: { url: string; gzip: number }[]) => {
      const from = bodies.length;
      await page.evaluate(() => {
        document.querySelector('text-check')?.removeAttribute('data-state');
        performance.clearResourceTimings();
      });
      await page.fill('textarea[name="text"]', TEXT);
      // The submit's time on the page's clock, so resource timings can be placed after it (see phases()).
      await page.evaluate(() => document.querySelector('button[type="submit"]')?.addEventListener('click', () => ((window as unknown as { submitAt: number }).submitAt = performance.now()), { once: true }));
      await page.click('button[type="submit"]');
      await page.waitForSelector('text-check[data-state="done"]', { timeout: 120_000 });
      await page.waitForLoadState('networkidle');
      const ms = Number(await page.getAttribute('text-check', 'data-result-ms'));
      const readerMs = Number(await page.getAttribute('text-check', 'data-ms'));
      const fetched = bodies.slice(from);
      const phases = await page.evaluate(() => {
        const at = (window as unknown as { submitAt: number }).submitAt;
        const kinds: [string, RegExp][] = [['engine', /\/_astro\//], ['manifest', /\/check\/index\.json/], ['shards', /\/check\/shards\//], ['ids', /\/check\/ids\//], ['articles', /\/api\/articles\//]];
        const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const out: Record<string, { n: number; from: number; to: number }> = {};
        for (const [kind, re] of kinds) {
          // Requests of this check, the engine and manifest included (they start on focus, when the text is filled in).
          const own = entries.filter((e) => re.test(e.name));
          if (own.length) out[kind] = { n: own.length, from: Math.round(Math.min(...own.map((e) => e.startTime)) - at), to: Math.round(Math.max(...own.map((e) => e.responseEnd)) - at) };
        }
        return out;
      });
      return {
        phases, ms, readerMs, download: fetched.reduce((s, b) => s + b.gzip, 0), engine: fetched.filter((b) => /check-engine/.test(b.url)).reduce((s, b) => s + b.gzip, 0), status: await page.innerText('[data-status]') };
    };
    const first = await fresh();
    const firstLoadJs = first.bodies.filter((b) => b.url.endsWith('.js')).reduce((s, b) => s + b.gzip, 0);
    const cold = await checkOnce(first.page, first.bodies);
    const warm: Awaited<ReturnType<typeof checkOnce>>[] = [];
    for (let i = 0; i < runs; i++) warm.push(await checkOnce(first.page, first.bodies));
    await first.page.context().close();
    return { firstLoadJs, cold, warm };
  } finally {
    await browser.close();
    await site.close();
  }
}

const rows: Row[] = [];
for (const n of sizes) {
  const root = join(work, String(n));
  rmSync(root, { recursive: true, force: true });
  const content = join(root, 'content');
  writeCorpus(n, content);
  const dist = join(root, 'dist');
  const env = { ...process.env, WIREDIFF_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' };
  console.error(`bench:check: building N=${n}`);
  for (const [cmd, args] of [['node_modules/.bin/node', ['scripts/ingest.ts']], ['node_modules/.bin/node', ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist]]] as const) {
    const r = await runMeasured(cmd, [...args], env);
    if (r.code !== 0) throw new Error(`build failed for N=${n}:\n${r.output.slice(-2000)}`);
  }
  const index = indexSize(dist);
  const figures = await measureBrowser(dist);
  const warmTimes = percentiles(figures.warm.map((w) => w.ms));
  console.error(`  ${figures.cold.status}`);
  const phaseText = (p: Record<string, { n: number; from: number; to: number }>) => Object.entries(p).map(([k, v]) => `${k} ×${v.n} ${v.from}→${v.to} ms`).join('; ');
  console.log(`N = ${n}, cold check, requests after submit (ms from submit; result at ${figures.cold.ms} ms): ${phaseText(figures.cold.phases)}`);
  console.log(`N = ${n}, warm check (last run; result at ${figures.warm.at(-1)?.ms} ms): ${phaseText(figures.warm.at(-1)?.phases ?? {})}`);
  rows.push({
    n,
    index_files: index.files,
    index_raw: index.raw,
    index_gzip: index.gzip,
    first_load_js_gzip: figures.firstLoadJs,
    cold_download_gzip: figures.cold.download,
    warm_download_gzip: percentiles(figures.warm.map((w) => w.download)).median,
    engine_gzip: figures.cold.engine,
    cold_ms: figures.cold.ms,
    cold_reader_ms: figures.cold.readerMs,
    warm_median_ms: warmTimes.median,
    warm_reader_median_ms: percentiles(figures.warm.map((w) => w.readerMs)).median,
    warm_p95_ms: warmTimes.p95,
    matches: Number(/^(\d+) article/.exec(figures.cold.status)?.[1] ?? 0),
    candidates: 0,
    keys: 0,
  });
  rmSync(dist, { recursive: true, force: true });
}

// Larger corpora: the index alone, built in Node, and what the same check would fetch from it (engine excluded).
for (const n of indexSizes) {
  console.error(`bench:check: check index of N=${n} (Node only)`);
  const corpus = generateCorpus(n, 'content/articles', seedTruth satisfies SeedTruth);
  const articles = corpus.files.map((f) => ingestFile(f.name, new TextEncoder().encode(f.text)));
  const started = performance.now();
  const index = buildCheckIndex(articles);
  const buildMs = performance.now() - started;
  const files = [JSON.stringify(index.manifest), ...index.shards.map((s) => JSON.stringify(s)), ...index.idChunks.map((c) => JSON.stringify(c))];
  const byId = new Map(articles.map((a) => [a.id, a]));
  let download = 0;
  const counted = <T>(body: T): T => {
    download += gz(JSON.stringify(body));
    return body;
  };
  const source: CheckSource = {
    manifest: async () => counted(index.manifest),
    shard: async (s) => counted(index.shards[s] ?? { keys: [], docs: [] }),
    ids: async (c) => counted(index.idChunks[c] ?? []),
    article: async (id) => counted(toArticleJson(byId.get(id) as (typeof articles)[number], [])),
  };
  const checked = ingestFile('checked.txt', new TextEncoder().encode(TEXT));
  const result = await checkText(checked, source);
  console.error(`  index built in ${Math.round(buildMs)} ms; ${result.matches.length} matches of ${result.candidates} candidates`);
  rows.push({
    n,
    index_files: files.length,
    index_raw: files.reduce((s, f) => s + f.length, 0),
    index_gzip: files.reduce((s, f) => s + gz(f), 0),
    first_load_js_gzip: null,
    cold_download_gzip: null,
    warm_download_gzip: download,
    engine_gzip: null,
    cold_ms: null,
    cold_reader_ms: null,
    warm_median_ms: null,
    warm_reader_median_ms: null,
    warm_p95_ms: null,
    matches: result.matches.length,
    candidates: result.candidates,
    keys: result.keys,
  });
}

const ms = (x: number | null) => (x === null ? '—' : `${Math.round(x)} ms`);
const size = (x: number | null) => (x === null ? '—' : kb(x));
console.log(`Checked text: ${countWords(TEXT)} words. Sizes gzipped; times from submit to the result list (to the reader of the best match in brackets); warm = the same tab again (median / p95 of ${runs}); load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores.`);
console.log('| N | check index (files, raw / gz) | /check/ first-load JS | per check: cold (engine incl.) | per check: warm | engine | time cold | time warm p50 / p95 | matches |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.n} | ${r.index_files} files, ${kb(r.index_raw)} / ${kb(r.index_gzip)} | ${size(r.first_load_js_gzip)} | ${size(r.cold_download_gzip)} | ${size(r.warm_download_gzip)}${r.first_load_js_gzip === null ? ' (index + articles, Node)' : ''} | ${size(r.engine_gzip)} | ${ms(r.cold_ms)}${r.cold_reader_ms === null ? '' : ` (${ms(r.cold_reader_ms)})`} | ${r.warm_median_ms === null ? '—' : `${ms(r.warm_median_ms)} / ${ms(r.warm_p95_ms)} (${ms(r.warm_reader_median_ms)})`} | ${r.matches} |`,
  );
}
const at1000 = rows.find((r) => r.n === 1000 && r.cold_ms !== null);
if (at1000) {
  console.log(`goal: first-load JS ≤ 15 kB gz: ${size(at1000.first_load_js_gzip)}`);
  console.log(`goal: a check of a 1,000-word text at N = 1,000 fetches ≤ 500 kB gz: ${size(at1000.cold_download_gzip)} cold, ${size(at1000.warm_download_gzip)} warm`);
  console.log(`goal: … and answers in ≤ 1 s: ${ms(at1000.cold_ms)} cold, ${ms(at1000.warm_median_ms)} warm`);
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench-check.json', `${JSON.stringify({ date: new Date().toISOString(), words: countWords(TEXT), rows }, null, 2)}\n`);
