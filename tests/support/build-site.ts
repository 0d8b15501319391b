// Builds throw-away sites from the project content plus extra article files, for hostile-input and bad-file tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throw-away site built from an extra content folder, for tests that need articles the real corpus lacks. */
export interface BuiltSite {
  root: string;
  dist: string;
}

/** A scratch copy of the project's content folder with extra article files, and where its build would go. */
function scratchContent(extraArticles: Record<string, string | Uint8Array>): { root: string; content: string; dist: string; env: NodeJS.ProcessEnv } {
  const root = mkdtempSync(join(tmpdir(), 'wirediff-site-'));
  const content = join(root, 'content');
  cpSync('content', content, { recursive: true });
  mkdirSync(join(content, 'articles'), { recursive: true });
  for (const [name, text] of Object.entries(extraArticles)) writeFileSync(join(content, 'articles', name), text);
  const env = { ...process.env, WIREDIFF_CONTENT: content, WIREDIFF_CACHE_DIR: join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  return { root, content, dist: join(root, 'dist'), env };
}

/** Held while an Astro build runs: two builds of one project at once share its .astro/ folder and break each other. */
const BUILD_LOCK = 'node_modules/.wirediff-build.lock';
/** A lock older than this was left by a killed run. */
const STALE_LOCK_MS = 10 * 60_000;

/** Runs `work` while holding the project's build lock, waiting for a test file in another worker to finish its build. */
function withBuildLock<T>(work: () => T): T {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      try {
        if (Date.now() - statSync(BUILD_LOCK).mtimeMs > STALE_LOCK_MS) rmSync(BUILD_LOCK, { recursive: true, force: true });
      } catch {
        // released between the two calls: try again
      }
      Atomics.wait(pause, 0, 0, 250);
    }
  }
  try {
    return work();
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/**
 * Copies the project's content folder plus extra article files into a temp folder and runs the real build on it
 * (WIREDIFF_CONTENT points the pipeline there), so hostile inputs go through exactly what `npm run build` does.
 */
export function buildSiteWith(extraArticles: Record<string, string | Uint8Array>): BuiltSite {
  const { root, dist, env } = scratchContent(extraArticles);
  execFileSync('node_modules/.bin/node', ['scripts/ingest.ts'], { env, stdio: 'pipe' });
  withBuildLock(() => execFileSync('node_modules/.bin/node', ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], { env, stdio: 'pipe' }));
  return { root, dist };
}

/** What `npm run build` did on a scratch copy of the content with extra files: exit status, output, where dist/ would be. */
export interface BuildRun extends BuiltSite {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run build` itself (the package script) on a scratch copy of the content with extra article files. */
export function runBuildWith(extraArticles: Record<string, string | Uint8Array>): BuildRun {
  const { root, dist, env } = scratchContent(extraArticles);
  const run = withBuildLock(() => spawnSync('npm', ['run', '--silent', 'build', '--', '--outDir', dist], { env, encoding: 'utf8' }));
  return { root, dist, status: run.status, stdout: run.stdout, stderr: run.stderr };
}
