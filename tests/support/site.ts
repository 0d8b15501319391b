// The built site served on loopback plus one Chromium, for the browser tests of one file.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic, type StaticSite } from '../../scripts/lib/server.ts';

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
