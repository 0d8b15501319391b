// The full build: parse and compare the corpus through the cache (scripts/ingest.ts, in a child process), then `astro build`,
// whose one line per page becomes a progress line (count, rate, ETA): one updating line in a terminal, a few plain
// lines in CI or a log. Everything else Astro prints passes through. Usage: node scripts/build.ts [astro build args]
import { spawn } from 'node:child_process';
import { createProgress } from '../src/lib/build/progress.ts';
import { isBuildSummary, summaryLine, type BuildSummary } from './lib/build-summary.ts';

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Parses and compares the corpus in a child process (scripts/ingest.ts, which prints warnings and a refused file
 * itself): its memory, the whole parsed corpus and comparison, is returned when it exits, before Astro starts,
 * instead of staying beside Astro for the whole page build. Astro finds everything in the build cache.
 */
function prepareInChild(): Promise<BuildSummary> {
  return new Promise((resolve) => {
    let summary: BuildSummary | undefined;
    const child = spawn(process.execPath, ['scripts/ingest.ts'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.on('message', (message) => {
      if (isBuildSummary(message)) summary = message;
    });
    child.on('close', (code) => {
      if (code !== 0 || !summary) process.exit(code || 1);
      resolve(summary);
    });
  });
}

const prepared = await prepareInChild();
console.log(summaryLine(prepared));
const { articles, load, compare, timings, data, expectedPages: expected } = prepared;
const pages = prepared.progress ? createProgress('rendering', 'pages') : null;
let rendered = 0;
let reused = 0;
const astroStarted = performance.now();
// CPU time of the prepare step (the child and its alignment workers) and of this process, for a load-independent figure.
const prepareCpuMs = cpu() + prepared.cpuMs;
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
  console.log(`wirediff-build: ${JSON.stringify({ articles, load, compare, timings, data, prepare_cpu_ms: prepareCpuMs, astro_ms: performance.now() - astroStarted, files: rendered, files_reused: reused })}`);
  process.exit(code ?? 1);
});
