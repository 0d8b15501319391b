// The full build: parse and compare the corpus through the cache (src/lib/build/prepare.ts), then `astro build`,
// whose one line per page becomes a progress line (count, rate, ETA): one updating line in a terminal, a few plain
// lines in CI or a log. Everything else Astro prints passes through. Usage: node scripts/build.ts [astro build args]
import { spawn } from 'node:child_process';
import { prepareBuild, PROGRESS_FROM } from '../src/lib/build/prepare.ts';
import { createProgress } from '../src/lib/build/progress.ts';
import { loadGlossary } from '../src/lib/corpus/glossary.ts';
import { storyTimeline } from '../src/lib/present/timeline.ts';
import { estimatePages } from './lib/page-estimate.ts';
import { exitOnBuildError, warningCollector } from './lib/report.ts';

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const warnings = warningCollector();
let prepared;
try {
  prepared = await prepareBuild(undefined, { onFile: warnings.onFile });
} catch (error) {
  exitOnBuildError(error);
}
warnings.print();
const { articles, comparison, load, compare } = prepared;
console.log(
  `wirediff: ${articles.length} articles (${load.reused} from the cache, ${load.parsed} parsed); ${compare.pairs_reused + compare.pairs_computed} candidate pairs ` +
    `(${compare.pairs_reused} from the cache, ${compare.pairs_computed} aligned on ${compare.workers} thread(s)); ${comparison.pairs.filter((p) => p.variant).length} variant pairs`,
);

const expected = estimatePages(articles.length, comparison, loadGlossary().length, storyTimeline(articles).length);
const pages = articles.length >= PROGRESS_FROM ? createProgress('rendering', 'pages') : null;
let rendered = 0;
let reused = 0;
const astroStarted = performance.now();
// CPU time of this process (all its threads: the alignment workers too), for a load-independent figure.
const prepareCpuMs = cpu();
const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], {
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
// Astro prints "├─ /path (+12ms)" (or "(cached)") per page; the colour codes are stripped before matching.
const PAGE_LINE = /^\s*\S*\s*[├└]─ \S/;
const relay = (out: NodeJS.WriteStream) => {
  let rest = '';
  return (chunk: Buffer) => {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      const plain = line.replace(/\x1b\[[0-9;]*m/g, '');
      if (pages && PAGE_LINE.test(plain)) {
        rendered += 1;
        if (/\((?:cached|restored)\)/.test(plain)) reused += 1;
        pages.update(rendered, Math.max(expected, rendered + 1));
      } else out.write(`${line}\n`);
    }
  };
};
child.stdout.on('data', relay(process.stdout));
child.stderr.on('data', relay(process.stderr));
child.on('close', (code) => {
  pages?.update(rendered, rendered);
  if (pages) console.log(`wirediff: ${rendered} files written, ${reused} of them reused from the last build (Astro incremental build)`);
  // One machine-readable line for the benchmark: what each stage took and reused.
  console.log(`wirediff-build: ${JSON.stringify({ articles: articles.length, load, compare, timings: comparison.timings, prepare_cpu_ms: prepareCpuMs, astro_ms: performance.now() - astroStarted, files: rendered, files_reused: reused })}`);
  process.exit(code ?? 1);
});
