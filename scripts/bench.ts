// Corpus-scale benchmark (issues #7 and #14): for each N, builds a synthetic corpus end to end with `npm run build`'s
// script (ingest + compare + astro build) from a cold cache, then adds one article and builds again with the warm
// cache, and prints the issue's table: cold and warm build time, peak memory, variant detection precision/recall,
// search figures (measureSearch), largest HTML page, plus where the time went and what the cache reused.
// Writes bench-results/bench.json. Run it with `nice`, one at a time: N=10,000 takes many minutes.
// Usage: npm run bench [-- --sizes 5,1000,10000] [--no-browser] [--verify]
//   --verify also builds the N+1 corpus cold and compares it with the warm build (scripts/diff-builds.ts --all).
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { generateCorpus, generateCorpusPlusOne, type SeedTruth, type SynthCorpus } from './bench/synth.ts';
import { listFiles, runMeasured } from './bench/measure.ts';
import { writeContent } from './bench/content.ts';
import { detectionScores } from './bench/scores.ts';
import { variantGroups } from '../src/lib/compare/groups.ts';
import { measureSearch, type PagefindFigures } from './bench-search.ts';
import seedTruth from './bench/seed-truth.json' with { type: 'json' };

const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
const sizes = (arg('--sizes') ?? '5,1000').split(',').map(Number);
const withBrowser = !process.argv.includes('--no-browser');
const verify = process.argv.includes('--verify');
const work = resolve(process.env.WIREDIFF_BENCH_DIR ?? '/tmp/wirediff-bench');
/** Builds are compared byte for byte, so both use one build time for the feed. */
const EPOCH = '1700000000';

/** What scripts/build.ts reports on its last line. */
interface BuildReport {
  load: { reused: number; parsed: number; ms: number };
  compare: { pairs_reused: number; pairs_computed: number; terms_reused: number; workers: number; whole: boolean; ms: number };
  timings: { candidates_ms: number; align_ms: number };
  data: { files: number; bytes: number; ms: number };
  astro_ms: number;
  prepare_cpu_ms: number;
  files: number;
  files_reused: number;
}

/** One timed build. */
interface BuildRun {
  ms: number;
  cpu_ms: number;
  peak_rss_mb: number;
  report: BuildReport;
}

/** One corpus size's figures. */
interface Row {
  n: number;
  cold: BuildRun;
  warm: BuildRun | null;
  warm_share: number | null;
  warm_identical: boolean | null;
  precision: number;
  recall: number;
  pages: number;
  output_mb: number;
  largest_html: { path: string; kb: number };
  largest_terms_html: { path: string; kb: number } | null;
  /** Largest page outside /terms/ (whose size is the terms pages' own goal). */
  largest_other_html: { path: string; kb: number } | null;
  search: Record<string, unknown> & { firstQueryGzip?: number; browser?: { median: number; p95: number } | null; pagefind?: PagefindFigures | null };
}

/** The N-article corpus and the same corpus with one more article. */
function corpora(n: number): { base: SynthCorpus; plus: SynthCorpus } {
  return { base: generateCorpus(n, 'content/articles', seedTruth satisfies SeedTruth), plus: generateCorpusPlusOne(n, 'content/articles', seedTruth) };
}

/** Runs scripts/build.ts on a content folder with a cache folder, measuring wall time, CPU time and peak memory. */
async function build(content: string, cache: string, dist: string): Promise<BuildRun> {
  const env = { ...process.env, WIREDIFF_CONTENT: content, WIREDIFF_CACHE_DIR: cache, SOURCE_DATE_EPOCH: EPOCH, ASTRO_TELEMETRY_DISABLED: '1' };
  const run = await runMeasured('/usr/bin/time', ['-f', 'wirediff-cpu %U %S', 'node_modules/.bin/node', 'scripts/build.ts', '--outDir', dist], env, (line) => {
    if (/^wirediff: (aligning|rendering).*100%|^wirediff: \d+ articles|files written|output folder/.test(line)) console.error(`  ${line.trim()}`);
  });
  if (run.code !== 0) throw new Error(`bench: build failed:\n${run.output.slice(-3000)}`);
  const report = JSON.parse(/wirediff-build: (.*)/.exec(run.output)?.[1] ?? 'null') as BuildReport;
  const cpu = /wirediff-cpu ([\d.]+) ([\d.]+)/.exec(run.output);
  return { ms: run.ms, cpu_ms: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN, peak_rss_mb: run.peakRss / 2 ** 20, report };
}

/** Variant detection against the known groups, from the built /api/ (the site's own output, not a re-run). */
function detection(dist: string, truth: string[][]): { precision: number; recall: number } {
  const articles = JSON.parse(readFileSync(join(dist, 'api/articles.json'), 'utf8')) as { id: string; published: string | null }[];
  const pairs = JSON.parse(readFileSync(join(dist, 'api/pairs.json'), 'utf8')) as { left: string; right: string; variant: boolean }[];
  return detectionScores(variantGroups(articles, pairs), truth);
}

/** The largest HTML file under a folder (optionally under a sub-path, or outside one), as a URL path and kB. */
function largestHtml(dist: string, under = '', outside?: string): { path: string; kb: number } | null {
  const files = listFiles(join(dist, under)).filter((f) => f.path.endsWith('.html') && !(outside && relative(dist, f.path).startsWith(outside)));
  const top = files.sort((a, b) => b.bytes - a.bytes)[0];
  return top ? { path: `/${relative(dist, top.path).replace(/index\.html$/, '')}`, kb: top.bytes / 1024 } : null;
}

const rows: Row[] = [];
for (const n of sizes) {
  const root = join(work, String(n));
  rmSync(root, { recursive: true, force: true });
  const { base, plus } = corpora(n);
  const content = join(root, 'content');
  const cache = join(root, 'cache');
  writeContent(content, base);
  console.error(`bench: N=${n}: ${base.files.length} files, ${base.groups.filter((g) => g.length > 1).length} variant groups; cold build`);
  const coldDist = join(root, 'dist-cold');
  const cold = await build(content, cache, coldDist);
  const files = listFiles(coldDist);
  const scores = detection(coldDist, base.groups);
  const search = (await measureSearch(coldDist, { browser: withBrowser })) as unknown as Row['search'];
  const largest = largestHtml(coldDist) ?? { path: '—', kb: 0 };
  const terms = statSync(join(coldDist, 'terms'), { throwIfNoEntry: false }) ? largestHtml(coldDist, 'terms') : null;
  const largestOther = largestHtml(coldDist, '', 'terms/');

  let warm: BuildRun | null = null;
  let identical: boolean | null = null;
  if (n >= 2) {
    const extra = plus.files.at(-1) as SynthCorpus['files'][number];
    console.error(`bench: N=${n}: adding ${extra.name}; warm build`);
    writeFileSync(join(content, 'articles', extra.name), extra.text);
    // Into the cold build's folder, as a reader rebuilding their site would: unchanged pages stay where they are.
    const warmDist = coldDist;
    warm = await build(content, cache, warmDist);
    if (verify) {
      console.error(`bench: N=${n}: cold build of the ${n + 1}-article corpus, to compare with the warm one`);
      const coldPlus = join(root, 'dist-cold-plus');
      await build(content, join(root, 'cache-cold-plus'), coldPlus);
      const diff = await runMeasured('node_modules/.bin/node', ['scripts/diff-builds.ts', warmDist, coldPlus, '--all'], process.env);
      identical = diff.code === 0;
      console.error(`  ${diff.output.trim().split('\n').slice(-3).join('\n  ')}`);
      rmSync(coldPlus, { recursive: true, force: true });
    }
  }
  rows.push({
    n,
    cold,
    warm,
    warm_share: warm ? warm.ms / cold.ms : null,
    warm_identical: identical,
    precision: scores.precision,
    recall: scores.recall,
    pages: files.filter((f) => f.path.endsWith('.html')).length,
    output_mb: files.reduce((s, f) => s + f.bytes, 0) / 2 ** 20,
    largest_html: largest,
    largest_terms_html: terms,
    largest_other_html: largestOther,
    search,
  });
  rmSync(coldDist, { recursive: true, force: true });
}

const s = (ms: number) => (ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`);
const kb = (b: number | undefined | null) => (typeof b === 'number' ? `${(b / 1024).toFixed(1)} kB` : '—');
const msf = (x: unknown) => (typeof x === 'number' ? `${x < 10 ? x.toFixed(1) : Math.round(x)} ms` : '—');
const num = (x: unknown, digits = 3) => (typeof x === 'number' ? x.toFixed(digits) : '—');
const line = (label: string, cell: (r: Row) => string) => `| ${label} | ${rows.map(cell).join(' | ')} |`;
const out = [
  `| figure | ${rows.map((r) => `N = ${r.n.toLocaleString('en-GB')}`).join(' | ')} |`,
  `|---|${rows.map(() => '---').join('|')}|`,
  line('full build (ingest + compare + astro build), cold', (r) => `${s(r.cold.ms)} (CPU ${s(r.cold.cpu_ms)})`),
  line('same after adding one article (warm cache)', (r) => (r.warm ? `${s(r.warm.ms)} = ${Math.round(100 * (r.warm_share ?? 0))}% (CPU ${s(r.warm.cpu_ms)})` : '—')),
  line('peak memory of the build', (r) => `${Math.round(r.cold.peak_rss_mb)} MB`),
  line('variant detection precision / recall', (r) => `${num(r.precision)} / ${num(r.recall)}`),
  line('search: bytes fetched for the first query (gz)', (r) => kb(r.search.firstQueryGzip)),
  line('search: keystroke to results, p95, Chromium', (r) => msf(r.search.browser?.p95)),
  line('largest HTML page', (r) => `${r.largest_html.kb.toFixed(0)} kB (${r.largest_html.path})`),
  line('`/search/?q=MESA` opened from a link: CLS', (r) => num(r.search.cls, 3)),
  line('Pagefind first query (gz) / p95, same keystrokes', (r) => (r.search.pagefind ? `${kb(r.search.pagefind.firstQueryGzip)} / ${msf(r.search.pagefind.browser.p95)}` : '—')),
  line('cold: ingest / candidates / align / data files / astro', (r) => `${s(r.cold.report.load.ms)} / ${s(r.cold.report.timings.candidates_ms)} / ${s(r.cold.report.timings.align_ms)} / ${s(r.cold.report.data.ms)} / ${s(r.cold.report.astro_ms)}`),
  line('CPU: prepare (ingest + compare) / astro build, cold → warm', (r) => `${s(r.cold.report.prepare_cpu_ms)} / ${s(r.cold.cpu_ms - r.cold.report.prepare_cpu_ms)}${r.warm ? ` → ${s(r.warm.report.prepare_cpu_ms)} / ${s(r.warm.cpu_ms - r.warm.report.prepare_cpu_ms)}` : ''}`),
  line('warm: ingest / compare / astro', (r) => (r.warm ? `${s(r.warm.report.load.ms)} / ${s(r.warm.report.compare.ms)} / ${s(r.warm.report.astro_ms)}` : '—')),
  line('warm: reused entries / pairs / files', (r) => (r.warm ? `${r.warm.report.load.reused} / ${r.warm.report.compare.pairs_reused} of ${r.warm.report.compare.pairs_reused + r.warm.report.compare.pairs_computed} / ${r.warm.report.files_reused} of ${r.warm.report.files}` : '—')),
  line('warm build = cold build, byte for byte', (r) => (r.warm_identical === null ? '—' : r.warm_identical ? 'yes' : 'NO')),
  line('pages / output', (r) => `${r.pages.toLocaleString('en-GB')} / ${r.output_mb.toFixed(0)} MB`),
  line('largest page outside /terms/', (r) => (r.largest_other_html ? `${r.largest_other_html.kb.toFixed(0)} kB (${r.largest_other_html.path})` : '—')),
  line('largest page under /terms/', (r) => (r.largest_terms_html ? `${r.largest_terms_html.kb.toFixed(0)} kB (${r.largest_terms_html.path})` : '—')),
];
console.log(out.join('\n'));
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`);
