// Page 1 of every paginated list (articles, variant groups, each timeline month, the terms index, each term) has
// the list's own address ("/browse/"); its "/1/" address, which readers type and hand-written links use, leads
// there, with JavaScript and without.
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site.ts';
import { builtPages, fileFor, read, refreshTargetOf } from './quality/pages.ts';
import { articleListUrl, firstPageAlias, groupListUrl, isFirstPageAlias, termsIndexUrl } from '../../src/lib/routes.ts';

const site = useBuiltSite();
/** Every list's first page the build wrote, found by address so lists added later are covered too. */
const firstPages = builtPages()
  .map((p) => p.path)
  .filter((path) => !isFirstPageAlias(path) && isFirstPageAlias(firstPageAlias(path)));

describe('page 1 of a list at its "/1/" address', () => {
  it('is there for every list', () => {
    expect(firstPages).toEqual(expect.arrayContaining([articleListUrl(), groupListUrl(), termsIndexUrl()]));
    expect(firstPages.filter((p) => p.startsWith('/timeline/')).length).toBeGreaterThan(0);
    for (const path of firstPages) expect(fileFor(firstPageAlias(path)), firstPageAlias(path)).not.toBeNull();
  });

  it.each(firstPages)('%s: its "/1/" address leads there, and says where', async (path) => {
    const alias = fileFor(firstPageAlias(path));
    if (!alias) throw new Error(`no page at ${firstPageAlias(path)}`);
    expect(refreshTargetOf(read(alias))).toBe(path);
    expect(read(alias)).toMatch(new RegExp(`<main[^>]*>[\\s\\S]*<a href="${path}">`));
    for (const javaScriptEnabled of [true, false]) {
      const context = await site.browser.newContext({ javaScriptEnabled });
      try {
        const page = await context.newPage();
        await page.goto(`${site.origin}${firstPageAlias(path)}`);
        await page.waitForURL(`${site.origin}${path}`);
        await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
      } finally {
        await context.close();
      }
    }
  });
});
