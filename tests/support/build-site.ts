// Builds throw-away sites from the project content plus extra article files, for tests that need articles the real
// corpus lacks (hostile inputs, other formats, bad files, pairs with unchanged runs, a corpus without its glossary).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throw-away site built from an extra content folder, for tests that need articles the real corpus lacks. */
export interface BuiltSite {
  root: string;
  dist: string;
  /** Everything the ingest and the build printed (stdout and stderr), for tests of what the build says. */
  log: string;
}

/**
 * Astro keeps build state in the project's own .astro/ folder whatever the output folder, so two throw-away builds
 * at once (test files run in parallel) would overwrite each other's files. One build at a time holds this lock.
 */
const LOCK = '.astro/throwaway-build.lock';
/** A lock older than this is left over from a killed run. */
const STALE_MS = 10 * 60_000;

/** Runs `work` while holding the build lock, waiting (synchronously, like the build itself) for it to be free. */
export function withBuildLock<T>(work: () => T): T {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  mkdirSync('.astro', { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const age = (() => {
        try {
          return Date.now() - statSync(LOCK).mtimeMs;
        } catch {
          return 0;
        }
      })();
      if (age > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      else Atomics.wait(pause, 0, 0, 250);
    }
  }
  try {
    return work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Runs one build step, keeping its output; a failing step throws with that output. */
function run(args: string[], env: NodeJS.ProcessEnv): string {
  const r = spawnSync('node_modules/.bin/node', args, { env, encoding: 'utf8' });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0) throw new Error(`build step ${args.join(' ')} failed (${r.status ?? r.signal}):\n${out}`);
  return out;
}

/**
 * A scratch copy of the project's content folder with extra article files, where its build goes, and the build's
 * environment: WIREDIFF_CONTENT points the pipeline there, WIREDIFF_CACHE_DIR gives it its own content-layer store.
 * `env` adds or, with undefined, removes environment variables (e.g. WIREDIFF_SITE); `withoutGlossary` leaves
 * content/glossary.yaml out of the copy.
 */
function scratchSite(extraArticles: Record<string, string | Uint8Array>, env: Record<string, string | undefined> = {}, options: SiteOptions = {}) {
  const root = mkdtempSync(join(tmpdir(), 'wirediff-site-'));
  const content = join(root, 'content');
  cpSync('content', content, { recursive: true });
  if (options.withoutGlossary) rmSync(join(content, 'glossary.yaml'), { force: true });
  mkdirSync(join(content, 'articles'), { recursive: true });
  for (const [name, text] of Object.entries(extraArticles)) writeFileSync(join(content, 'articles', name), text);
  const buildEnv: NodeJS.ProcessEnv = { ...process.env, WIREDIFF_CONTENT: content, WIREDIFF_CACHE_DIR: join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete buildEnv[key];
    else buildEnv[key] = value;
  }
  return { root, dist: join(root, 'dist'), env: buildEnv };
}

/** How a scratch site differs from the project's content beyond its extra articles. */
export interface SiteOptions {
  /** Build the corpus as if content/glossary.yaml did not exist. */
  withoutGlossary?: boolean;
}

/**
 * Copies the project's content folder plus extra article files into a temp folder and runs the real build on it,
 * so test inputs go through exactly what `npm run build` does.
 */
export function buildSiteWith(extraArticles: Record<string, string | Uint8Array>, env: Record<string, string | undefined> = {}, options: SiteOptions = {}): BuiltSite {
  const { root, dist, env: buildEnv } = scratchSite(extraArticles, env, options);
  const log = withBuildLock(() => run(['scripts/ingest.ts'], buildEnv) + run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], buildEnv));
  return { root, dist, log };
}

/** What `npm run build` did on a scratch copy of the content with extra files: exit status, output, where dist/ would be. */
export interface BuildRun {
  root: string;
  dist: string;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run build` itself (the package script) on a scratch copy of the content with extra article files. */
export function runBuildWith(extraArticles: Record<string, string | Uint8Array>): BuildRun {
  const { root, dist, env } = scratchSite(extraArticles);
  const result = withBuildLock(() => spawnSync('npm', ['run', '--silent', 'build', '--', '--outDir', dist], { env, encoding: 'utf8' }));
  return { root, dist, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs the prepare step on a scratch copy of the content, then adds an article and runs `astro build` alone: the
 * data files the prepare step wrote are then stale, which the build must refuse before writing any page.
 */
export function astroBuildAfterContentChange(added: Record<string, string>): BuildRun {
  const { root, dist, env } = scratchSite({});
  const result = withBuildLock(() => {
    run(['scripts/ingest.ts'], env);
    for (const [name, text] of Object.entries(added)) writeFileSync(join(env.WIREDIFF_CONTENT as string, 'articles', name), text);
    return spawnSync('node_modules/.bin/node', ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], { env, encoding: 'utf8' });
  });
  return { root, dist, status: result.status, stdout: result.stdout, stderr: result.stderr };
}
