// The built site as the quality gates see it: every HTML file in dist/, so pages added later are checked too.
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { startTags } from './html.ts';

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

/** Where a page's refresh sends the reader at once (a list's "/1/" address leads to the list), or null. */
export function refreshTargetOf(html: string): string | null {
  const tag = startTags(html).find((t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'refresh');
  return /;\s*url=(.+)$/i.exec(tag?.attrs.get('content') ?? '')?.[1]?.trim() ?? null;
}

/**
 * Opens a built page in the browser. A page that refreshes to another is served without its refresh, so the gate
 * checks that page itself and not, half-way through a navigation, the one it leads to (which has its own case).
 */
export async function openBuilt(page: Page, origin: string, built: BuiltPage, options?: Parameters<Page['goto']>[1]): Promise<Response | null> {
  const url = `${origin}${built.path}`;
  if (refreshTargetOf(read(built.file))) {
    await page.route(url, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/i, '') });
    });
  }
  return page.goto(url, options);
}
