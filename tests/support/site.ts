// The built site (or a throw-away one) served on loopback plus one Chromium, for the browser tests of one file.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
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
export function useBuiltSite(root = 'dist'): SiteUnderTest {
  let site: StaticSite | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await serveStatic(root);
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

/** A throw-away site under test: the built folder and its build log, besides the server and browser. */
export interface ThrowawaySiteUnderTest extends SiteUnderTest {
  readonly built: BuiltSite;
}

/**
 * Builds a throw-away site with extra articles (see buildSiteWith) before the file's tests, serves it and launches
 * Chromium; after them closes both and deletes the site.
 */
export function useSiteBuiltWith(extraArticles: Record<string, string | Uint8Array>, env: Record<string, string | undefined> = {}): ThrowawaySiteUnderTest {
  let built: BuiltSite | undefined;
  let site: StaticSite | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    built = buildSiteWith(extraArticles, env);
    site = await serveStatic(built.dist);
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (built) rmSync(built.root, { recursive: true, force: true });
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the throw-away site exists only inside tests');
    return value;
  };
  return {
    get built() {
      return ready(built);
    },
    get origin() {
      return ready(site).origin;
    },
    get browser() {
      return ready(browser);
    },
  };
}
