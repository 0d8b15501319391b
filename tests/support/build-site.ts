// Builds a throw-away site from the project content plus extra article files, for hostile-input tests.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throw-away site built from an extra content folder, for tests that need articles the real corpus lacks. */
export interface BuiltSite {
  root: string;
  dist: string;
}

/**
 * Copies the project's content folder (optionally without its glossary) plus extra article files into a temp folder and runs the real build on it
 * (WIREDIFF_CONTENT points the pipeline there), so hostile inputs go through exactly what `npm run build` does.
 */
export function buildSiteWith(extraArticles: Record<string, string | Uint8Array>, options: { withoutGlossary?: boolean } = {}): BuiltSite {
  const root = mkdtempSync(join(tmpdir(), 'wirediff-site-'));
  const content = join(root, 'content');
  cpSync('content', content, { recursive: true });
  if (options.withoutGlossary) rmSync(join(content, 'glossary.yaml'), { force: true });
  mkdirSync(join(content, 'articles'), { recursive: true });
  for (const [name, text] of Object.entries(extraArticles)) writeFileSync(join(content, 'articles', name), text);
  const dist = join(root, 'dist');
  const env = { ...process.env, WIREDIFF_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' };
  execFileSync('node_modules/.bin/node', ['scripts/ingest.ts'], { env, stdio: 'pipe' });
  execFileSync('node_modules/.bin/node', ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], { env, stdio: 'pipe' });
  return { root, dist };
}
