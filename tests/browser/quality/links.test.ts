// Every internal link, stylesheet, script and image of every built page resolves to a file in dist/, and every
// #fragment names an id on its target page. The sitemap and the feed point only at pages that exist.
import { describe, expect, it } from 'vitest';
import { builtPages, fileFor, pageCases, read, refreshTargetOf, type BuiltPage } from './pages.ts';
import { idsOf, startTags } from './html.ts';

// Absolute URLs on the site's own origin (canonical, og:url) are internal too; same default as astro.config.mjs.
const site = new URL(process.env.WIREDIFF_SITE ?? 'http://127.0.0.1:4321');
const pages = builtPages();
const idCache = new Map<string, Set<string>>();

function idsIn(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = file.endsWith('.html') ? idsOf(read(file)) : new Set();
    idCache.set(file, ids);
  }
  return ids;
}

/** Attributes that point at a resource; srcset is left out because the site has none. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data'];

/** Checks one reference from a page; returns a problem in words, or null when it resolves. */
function check(from: BuiltPage, raw: string): string | null {
  if (raw.trim() === '') return 'empty URL';
  const url = new URL(raw, new URL(from.path, site));
  if (url.origin !== site.origin) {
    return url.protocol === 'javascript:' ? 'javascript: URL' : null;
  }
  const target = url.pathname === from.path && !raw.replace(/#.*$/, '').trim() ? from.file : fileFor(url.pathname);
  if (!target) {
    const dirWithoutSlash = !url.pathname.endsWith('/') && fileFor(`${url.pathname}/`);
    return dirWithoutSlash ? `${url.pathname} needs a trailing slash (trailingSlash: 'always')` : `${url.pathname} does not exist`;
  }
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment && !idsIn(target).has(fragment)) return `#${fragment} is not an id on ${url.pathname}`;
  return null;
}

describe('internal links', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pageCases(pages))('%s: every internal reference resolves', (_path, page) => {
    const problems: string[] = [];
    let checked = 0;
    for (const tag of startTags(read(page.file))) {
      for (const name of URL_ATTRIBUTES) {
        const value = tag.attrs.get(name);
        if (value === undefined) continue;
        checked += 1;
        const problem = check(page, value);
        if (problem) problems.push(`<${tag.name} ${name}="${value}">: ${problem}`);
      }
      // og:url and similar carry URLs in content="…".
      const property = tag.attrs.get('property') ?? '';
      if (tag.name === 'meta' && property.endsWith(':url')) {
        const problem = check(page, tag.attrs.get('content') ?? '');
        if (problem) problems.push(`<meta property="${property}">: ${problem}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('sitemap', () => {
  const index = read('dist/sitemap-index.xml');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  const locs = sitemaps.flatMap((s) => [...read(`dist${s}`).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ''));

  it('lists only pages that exist, on the configured site', () => {
    expect(locs.length).toBeGreaterThan(0);
    const bad = locs.filter((loc) => new URL(loc).origin !== site.origin || !fileFor(new URL(loc).pathname));
    expect(bad).toEqual([]);
  });

  it('lists every page except the 404 page and the pages that only lead to another', () => {
    const listed = new Set(locs.map((loc) => new URL(loc).pathname));
    const redirects = pages.filter((p) => refreshTargetOf(read(p.file))).map((p) => p.path);
    const missing = pages.map((p) => p.path).filter((p) => p !== '/404.html' && !redirects.includes(p) && !listed.has(p));
    expect(missing).toEqual([]);
    expect(listed.has('/404.html')).toBe(false);
    expect(redirects.filter((p) => listed.has(p))).toEqual([]);
  });
});

describe('Atom feed', () => {
  it('links only to pages that exist', () => {
    const xml = read('dist/feed.xml');
    const hrefs = [...xml.matchAll(/<link [^>]*href="([^"]+)"/g)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'));
    expect(hrefs.length).toBeGreaterThan(2);
    const bad = hrefs.filter((h) => new URL(h).origin !== site.origin || !fileFor(new URL(h).pathname));
    expect(bad).toEqual([]);
  });
});
