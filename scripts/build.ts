// The full build: parse and compare the corpus through the cache (scripts/ingest.ts, in a child process), then `astro build`,
// whose one line per page becomes a progress line (count, rate, ETA): one updating line in a terminal, a few plain
// lines in CI or a log. Everything else Astro prints passes through. Usage: node scripts/build.ts [astro build args]
// Astro starts at the same time as the prepare step: its own start needs nothing of the corpus, and its content loader
// waits for the prepare step's cache (src/lib/build/prepare-gate.ts). Its output is held back until then.
import { spawn } from 'node:child_process';
import { createProgress } from '../src/lib/build/progress.ts';
import { isBuildSummary, summaryLine, type BuildSummary } from './lib/build-summary.ts';
import { answerWhenPrepared, AWAIT_PREPARE_ENV } from '../src/lib/build/prepare-gate.ts';

/**
 * V8 flags for both children. A young generation of at most 8 MB per semi-space: with the default, the prepare step
 * peaked at 540–640 MB at 1,000 articles and Astro beside it, idle, at 350 MB, past the 1 GB goal; with it, 370 MB,
 * in about the same time (measured cold at 1,000, three runs each: peak tree memory 1,035–1,057 → 893–897 MB).
 */
const NODE_FLAGS = ['--max-semi-space-size=8'];

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Parses and compares the corpus in a child process (scripts/ingest.ts, which prints warnings and a refused file
 * itself): its memory, the whole parsed corpus and comparison, is returned when it exits, before Astro reads the
 * corpus (Astro has only started up beside it), instead of staying beside Astro for the whole page build. Astro
 * finds everything in the build cache. Rejects with the child's exit code when it fails.
 */
function prepareInChild(): Promise<BuildSummary> {
  return new Promise((resolve, reject) => {
    let summary: BuildSummary | undefined;
    const child = spawn(process.execPath, [...NODE_FLAGS, 'scripts/ingest.ts'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.on('message', (message) => {
      if (isBuildSummary(message)) summary = message;
    });
    child.on('close', (code) => {
      if (code !== 0 || !summary) reject(code || 1);
      else resolve(summary);
    });
  });
}

const preparing = prepareInChild();
const child = spawn(process.execPath, [...NODE_FLAGS, 'node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], {
  stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', [AWAIT_PREPARE_ENV]: '1' },
});
answerWhenPrepared(child, preparing);
const astroClosed = new Promise<number | null>((resolve) => child.on('close', resolve));
// Astro's lines wait until the prepare step's have been printed, so the log reads in the order the build runs.
let held: (() => void)[] | null = [];
let pages: ReturnType<typeof createProgress> | null = null;
let expected = 0;
let rendered = 0;
let reused = 0;
// Astro prints "├─ /path (+12ms)" (or "(cached)") per page; the colour codes are stripped before matching.
const PAGE_LINE = /^\s*\S*\s*[├└]─ \S/;
const relay = (out: NodeJS.WriteStream) => {
  let rest = '';
  return (chunk: Buffer) => {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      if (held) {
        held.push(() => out.write(`${line}\n`));
        continue;
      }
      const plain = line.replace(/\x1b\[[0-9;]*m/g, '');
      if (pages && PAGE_LINE.test(plain)) {
        rendered += 1;
        if (/\((?:cached|restored)\)/.test(plain)) reused += 1;
        pages.update(rendered, Math.max(expected, rendered + 1));
      } else out.write(`${line}\n`);
    }
  };
};
child.stdout?.on('data', relay(process.stdout));
child.stderr?.on('data', relay(process.stderr));

const prepared = await preparing.catch((code: number) => {
  // The prepare step printed why; Astro has written nothing yet (its content loader was still waiting).
  child.kill();
  process.exit(code);
});
console.log(summaryLine(prepared));
for (const write of held) write();
held = null;
const { articles, load, compare, timings, data } = prepared;
expected = prepared.expectedPages;
pages = prepared.progress ? createProgress('rendering', 'pages') : null;
// From here Astro's time is the build's: what it did before, it did beside the prepare step.
const astroStarted = performance.now();
// CPU time of the prepare step (the child and its alignment workers) and of this process, for a load-independent figure.
const prepareCpuMs = cpu() + prepared.cpuMs;
void astroClosed.then((code) => {
  pages?.update(rendered, rendered);
  if (pages) console.log(`wirediff: ${rendered} files written, ${reused} of them reused from the last build (Astro incremental build)`);
  // One machine-readable line for the benchmark: what each stage took and reused.
  console.log(`wirediff-build: ${JSON.stringify({ articles, load, compare, timings, data, prepare_cpu_ms: prepareCpuMs, astro_ms: performance.now() - astroStarted, files: rendered, files_reused: reused })}`);
  process.exit(code ?? 1);
});
