// @ts-check
import { writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { isFirstPageAlias, publicSite } from './src/lib/routes.ts';
import { checkDataBundle, dataBundlePath, unpackDataBundle } from './src/lib/build/data-bundle.ts';
import { contentStamp } from './src/lib/build/content-stamp.ts';
import { listOutput, outputRecordPath, prepareOutput, pruneOutput } from './src/lib/build/kept-output.ts';

// The public URL is configurable (WIREDIFF_SITE) so canonical links, the feed and the sitemap are right wherever
// the site is hosted; unset, they point at the local preview server and the build says so.
const publicUrl = publicSite(process.env);
const site = publicUrl.url;

/**
 * Says where absolute links point, once per build and when `astro preview` starts (so `npm start` prints it): a
 * warning while WIREDIFF_SITE is unset, never an error, so local and CI builds still pass.
 * @returns {import('astro').AstroIntegration}
 */
function publicUrlNotice() {
  return {
    name: 'wirediff-public-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'preview') return;
        if (publicUrl.configured) logger.info(publicUrl.message);
        else logger.warn(publicUrl.message);
      },
    },
  };
}

/**
 * Writes robots.txt after the build, because its Sitemap line must be an absolute URL on the configured site.
 * @returns {import('astro').AstroIntegration}
 */
function robotsTxt() {
  return {
    name: 'wirediff-robots-txt',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const sitemapUrl = new URL('sitemap-index.xml', site).href;
        await writeFile(new URL('robots.txt', dir), `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`);
      },
    },
  };
}

/** The data files' paths in the output folder, as the last build unpacked them: kept by keptOutput() like pages. */
/** @type {Set<string>} */
const dataFilePaths = new Set();

/**
 * Adds the data files (JSON API, search and check indexes) to the built site: the prepare step (scripts/ingest.ts,
 * run first by `npm run build`) wrote them into one bundle, since rendering thousands of JSON files as Astro routes
 * cost more than the pages. Fails the build, before any page is written, when the bundle is missing or was made from
 * other content or code.
 * @returns {import('astro').AstroIntegration}
 */
function dataFiles() {
  /** The content's stamp, taken once when the build starts (it reads every content file). */
  let stamp = '';
  return {
    name: 'wirediff-data-files',
    hooks: {
      // Checked before any page is written, so a stale or missing bundle leaves no half-built site.
      'astro:build:start': () => {
        stamp = contentStamp();
        checkDataBundle(dataBundlePath(), stamp);
      },
      'astro:build:done': ({ dir, logger }) => {
        const { paths, written } = unpackDataBundle(dataBundlePath(), fileURLToPath(dir), stamp || contentStamp());
        for (const path of paths) dataFilePaths.add(path);
        logger.info(`${paths.length} data files added (JSON API, search and check indexes), ${written} of them written, the rest already in place`);
      },
    },
  };
}

/**
 * Keeps the output folder between builds instead of letting Astro empty it, so a rebuild leaves unchanged pages in
 * place rather than copying each back from the incremental cache; trusted only when it holds exactly what the last
 * build recorded (else emptied), and pruned afterwards of whatever that build left and this one did not write.
 * Runs last, after every other integration has written its files. See src/lib/build/kept-output.ts.
 * @returns {import('astro').AstroIntegration}
 */
function keptOutput() {
  let outDir = '';
  let record = '';
  let publicDir = '';
  let root = '';
  /** @type {import('./src/lib/build/kept-output.ts').PreparedOutput} */
  let prepared = { kept: false, previous: null };
  return {
    name: 'wirediff-kept-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        publicDir = fileURLToPath(config.publicDir);
        root = fileURLToPath(config.root);
        record = outputRecordPath(fileURLToPath(config.cacheDir));
      },
      'astro:build:start': ({ logger }) => {
        prepared = prepareOutput(record, outDir, root);
        logger.info(prepared.kept ? 'output folder kept from the last build' : 'output folder emptied (no record of the last build, or it changed since)');
      },
      'astro:build:done': ({ assets, logger }) => {
        const pages = new Set([...assets.values()].flat().map((url) => relative(outDir, fileURLToPath(url)).split(sep).join('/')));
        // public/ is copied by Vite on every build today; kept by name too, should a copy ever keep the old times.
        for (const file of listOutput(publicDir).keys()) pages.add(file);
        // A data file left in place (same bytes) keeps its old time: kept by name, since the bundle holds it.
        for (const file of dataFilePaths) pages.add(file);
        const { pruned, files } = pruneOutput(record, outDir, prepared, pages);
        logger.info(`${files} files in the output folder; ${pruned} left by the last build and not written again removed`);
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
    // Pages whose getStaticPaths() entry carries a cacheKey (articles, pairs, groups, list and term pages) are kept
    // from the last build when that key and the page's code are unchanged: adding one article re-renders only the
    // pages it touches. See src/data/cache-key.ts.
    incrementalBuild: true,
  },
  // The output folder is emptied, or kept, by keptOutput() above.
  vite: { build: { emptyOutDir: false } },
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Telemetry is off for reproducible, offline builds; ASTRO_TELEMETRY_DISABLED is also set in scripts.
  devToolbar: { enabled: false },
  // Sitemap of every HTML page (Astro already leaves out 404); data files (JSON API, feed) are not pages, and a list's
  // "/1/" address only leads to its first page.
  integrations: [
    publicUrlNotice(),
    dataFiles(),
    sitemap({ filter: (page) => page.endsWith('/') && !isFirstPageAlias(new URL(page).pathname) }),
    robotsTxt(),
    keptOutput(),
  ],
  // The site renders no Markdown through Astro (articles are parsed by src/lib/ingest, shown as text), so Astro's
  // code highlighter, whose inline styles a strict CSP would block, is off.
  markdown: { syntaxHighlight: false },
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
