// @ts-check
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

// The public URL is configurable so canonical links and the sitemap are right wherever the site is hosted.
const site = process.env.WIREDIFF_SITE ?? 'http://127.0.0.1:4321';

/**
 * Writes robots.txt after the build, because its Sitemap line must be an absolute URL on the configured site.
 * @returns {import('astro').AstroIntegration}
 */
function robotsTxt() {
  return {
    name: 'wirediff-robots-txt',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const sitemapUrl = new URL('sitemap-index.xml', site.endsWith('/') ? site : `${site}/`).href;
        await writeFile(new URL('robots.txt', dir), `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`);
      },
    },
  };
}

export default defineConfig({
  site,
  // Astro's caches (content store, incremental build) sit with the build cache when WIREDIFF_CACHE_DIR says where
  // (benchmarks, tests); by default in node_modules/.astro, which `npm ci` clears.
  ...(process.env.WIREDIFF_CACHE_DIR ? { cacheDir: join(process.env.WIREDIFF_CACHE_DIR, 'astro') } : {}),
  experimental: {
    // Pages whose getStaticPaths() entry carries a cacheKey (articles, pairs, groups and their JSON) are copied from
    // the last build when that key and the page's code are unchanged: adding one article re-renders only the pages
    // it touches, plus the lists. See src/data/cache-key.ts.
    incrementalBuild: true,
  },
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Telemetry is off for reproducible, offline builds; ASTRO_TELEMETRY_DISABLED is also set in scripts.
  devToolbar: { enabled: false },
  // Sitemap of every HTML page (Astro already leaves out 404); data files (JSON API, feed) are not pages.
  integrations: [sitemap({ filter: (page) => page.endsWith('/') }), robotsTxt()],
  security: {
    // Every page gets a Content-Security-Policy <meta> with hashes of its own scripts and styles: no unsafe-inline.
    // The extra directives shut what the site never uses (plugins, foreign bases and form targets, other origins).
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
