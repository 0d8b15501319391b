// The built site served on loopback plus one Chromium, for the browser tests of one file.
import { afterAll, beforeAll } from 'vitest';
import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic, type StaticSite } from '../../scripts/lib/server.ts';
import { buildSiteWith, type BuiltSite } from './build-site.ts';

/** The built site served on loopback and one Chromium, for the tests of one file. */
export interface SiteUnderTest {
  readonly origin: string;
  readonly browser: Browser;
}

/** Serves a built folder and launches Chromium before the file's tests, and closes both after them. */
export function useBuiltSite(root: string | (() => string) = 'dist'): SiteUnderTest {
  let site: StaticSite | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await serveStatic(typeof root === 'string' ? root : root());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get origin() {
      if (!site) throw new Error('the site is served only inside tests');
      return site.origin;
    },
    get browser() {
      if (!browser) throw new Error('the browser runs only inside tests');
      return browser;
    },
  };
}

/** A throw-away site built with extra article files (see buildSiteWith), served with Chromium, removed afterwards. */
export function useSiteBuiltWith(extraArticles: Record<string, string | Uint8Array>): SiteUnderTest & { readonly dist: string } {
  let built: BuiltSite | undefined;
  beforeAll(() => {
    built = buildSiteWith(extraArticles);
  }, 300_000);
  afterAll(() => {
    if (built) rmSync(built.root, { recursive: true, force: true });
  });
  const served = useBuiltSite(() => (built as BuiltSite).dist);
  return {
    get origin() {
      return served.origin;
    },
    get browser() {
      return served.browser;
    },
    get dist() {
      if (!built) throw new Error('the site is built only inside tests');
      return built.dist;
    },
  };
}
