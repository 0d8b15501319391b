// The built site as the quality gates see it: every HTML file in dist/, so pages added later are checked too.
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The build output folder the gates check. */
export const DIST = 'dist';

/** One built HTML page: its file and the URL path a static host serves it at. */
export interface BuiltPage {
  file: string;
  path: string;
}

/** The URL path of a file in dist/: "dist/a/index.html" is served at "/a/", "dist/404.html" at "/404.html". */
export function urlPathOf(file: string, root = DIST): string {
  const rel = relative(root, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** Every built HTML page, sorted by URL path. */
export function builtPages(root = DIST): BuiltPage[] {
  return globSync('**/*.html', { cwd: root })
    .map((rel) => join(root, rel))
    .map((file) => ({ file, path: urlPathOf(file, root) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The file a URL path maps to in dist/ (directory paths to their index.html), or null when there is none. */
export function fileFor(pathname: string, root = DIST): string | null {
  const file = join(root, decodeURIComponent(pathname));
  if (!existsSync(file)) return null;
  if (statSync(file).isDirectory()) {
    const index = join(file, 'index.html');
    return pathname.endsWith('/') && existsSync(index) ? index : null;
  }
  return file;
}

/** Reads a built file as text. */
export function read(file: string): string {
  return readFileSync(file, 'utf8');
}

/** Test names: the URL path of each page, for it.each. */
export function pageCases(pages: readonly BuiltPage[]): [string, BuiltPage][] {
  return pages.map((p) => [p.path, p]);
}
