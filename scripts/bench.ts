// Corpus-scale benchmark (issue #7): builds synthetic corpora of N articles from the seeds and prints, per N,
// ingest, variant detection (time, precision, recall), alignment, full `astro build` time, pages, output size,
// search index size, first-query bytes, search latency and peak memory. Writes bench-results/bench.json.
// Usage: npm run bench [-- --sizes 5,100,300,1000] [-- --no-browser]
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateCorpus, type SeedTruth } from './bench/synth.ts';
import { fileSizes, listFiles, runMeasured } from './bench/measure.ts';
import { detectionScores } from './bench/scores.ts';
import { loadCorpus } from '../src/lib/corpus/load.ts';
import { compareCorpus } from '../src/lib/compare/index.ts';
import { measureSearch } from './bench-search.ts';
import seedTruth from './bench/seed-truth.json' with { type: 'json' };

const sizesArg = process.argv.find((a, i) => process.argv[i - 1] === '--sizes');
const sizes = (sizesArg ?? '5,100,300,1000').split(',').map(Number);
const withBrowser = !process.argv.includes('--no-browser');
const work = resolve(process.env.WIREDIFF_BENCH_DIR ?? '/tmp/wirediff-bench');

interface Row {
  n: number;
  ingest_ms: number;
  detect_ms: number;
  precision: number;
  recall: number;
  align_ms: number;
  build_ms: number;
  pages: number;
  output_bytes: number;
  index_raw: number;
  index_gzip: number;
  first_query_gzip: number | null;
  node_search_median_ms: number | null;
  node_search_p95_ms: number | null;
  browser_search_median_ms: number | null;
  browser_search_p95_ms: number | null;
  peak_rss_mb: number;
}

const rows: Row[] = [];
for (const n of sizes) {
  const root = join(work, String(n));
  rmSync(root, { recursive: true, force: true });
  const content = join(root, 'content');
  mkdirSync(join(content, 'articles'), { recursive: true });
  const corpus = generateCorpus(n, 'content/articles', seedTruth satisfies SeedTruth);
  for (const f of corpus.files) writeFileSync(join(content, 'articles', f.name), f.text);
  writeFileSync(join(content, 'metadata.yaml'), '{}\n');
  if (existsSync('content/glossary.yaml')) copyFileSync('content/glossary.yaml', join(content, 'glossary.yaml'));
  console.error(`bench: N=${n}: ${corpus.files.length} files, ${corpus.groups.filter((g) => g.length > 1).length} variant groups`);

  let t = performance.now();
  const articles = loadCorpus({ articlesDir: join(content, 'articles'), metadataFile: join(content, 'metadata.yaml') });
  const ingestMs = performance.now() - t;
  t = performance.now();
  const comparison = compareCorpus(articles);
  const compareMs = performance.now() - t;
  const scores = detectionScores(comparison.groups, corpus.groups);
  const timings = comparison.timings;

  const dist = join(root, 'dist');
  const build = await runMeasured(
    'node_modules/.bin/node',
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist],
    { ...process.env, WIREDIFF_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' },
    (line) => /parsed|aligned|pairs/.test(line) && console.error(`  ${line.trim()}`),
  );
  if (build.code !== 0) throw new Error(`astro build failed for N=${n}:\n${build.output.slice(-2000)}`);
  const files = listFiles(dist);
  const indexFiles = files.filter((f) => /\/search\/.*\.json$/.test(f.path));
  const index = indexFiles.reduce((s, f) => { const z = fileSizes(f.path); return { raw: s.raw + z.raw, gzip: s.gzip + z.gzip }; }, { raw: 0, gzip: 0 });
  const search = await measureSearch(dist, { browser: withBrowser });

  rows.push({
    n,
    ingest_ms: ingestMs,
    detect_ms: timings ? timings.candidates_ms + timings.verify_ms : compareMs,
    precision: scores.precision,
    recall: scores.recall,
    align_ms: timings ? timings.align_ms : compareMs,
    build_ms: build.ms,
    pages: files.filter((f) => f.path.endsWith('.html')).length,
    output_bytes: files.reduce((s, f) => s + f.bytes, 0),
    index_raw: index.raw,
    index_gzip: index.gzip,
    first_query_gzip: search.firstQueryGzip ?? null,
    node_search_median_ms: search.node?.median ?? null,
    node_search_p95_ms: search.node?.p95 ?? null,
    browser_search_median_ms: search.browser?.median ?? null,
    browser_search_p95_ms: search.browser?.p95 ?? null,
    peak_rss_mb: Math.max(build.peakRss, process.resourceUsage().maxRSS * 1024) / 2 ** 20,
  });
  rmSync(dist, { recursive: true, force: true });
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} kB`;
const ms = (x: number | null) => (x === null ? '—' : `${x < 10 ? x.toFixed(2) : Math.round(x)} ms`);
console.log('| N | ingest | detect | P / R | align | astro build | pages | output | index raw / gz | 1st query gz | search node p50/p95 | search Chromium p50/p95 | peak RSS |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.n} | ${ms(r.ingest_ms)} | ${ms(r.detect_ms)} | ${r.precision.toFixed(3)} / ${r.recall.toFixed(3)} | ${ms(r.align_ms)} | ${(r.build_ms / 1000).toFixed(1)} s | ${r.pages} | ${(r.output_bytes / 2 ** 20).toFixed(1)} MB | ${kb(r.index_raw)} / ${kb(r.index_gzip)} | ${r.first_query_gzip === null ? '—' : kb(r.first_query_gzip)} | ${ms(r.node_search_median_ms)} / ${ms(r.node_search_p95_ms)} | ${ms(r.browser_search_median_ms)} / ${ms(r.browser_search_p95_ms)} | ${Math.round(r.peak_rss_mb)} MB |`,
  );
}
const base = rows.find((r) => r.n === 5);
const at300 = rows.find((r) => r.n === 300);
const at1000 = rows.find((r) => r.n === 1000);
if (base && at300) console.log(`goal: 300 articles build in ≤ 6× the 5-article time: ${(at300.build_ms / base.build_ms).toFixed(2)}×`);
if (at1000) console.log(`goal: 1,000 articles build in ≤ 120 s: ${(at1000.build_ms / 1000).toFixed(1)} s`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`);
