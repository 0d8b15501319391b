// Every page carries Astro's Content-Security-Policy <meta> without 'unsafe-inline' for scripts (or styles), and
// loading it in Chromium raises no CSP violation.
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../../support/site.ts';
import { builtPages, openBuilt, pageCases, read } from './pages.ts';
import { startTags } from './html.ts';

const pages = builtPages();
const site = useBuiltSite();

/** The page's CSP directives by name, from its <meta http-equiv>. */
function policyOf(html: string): Map<string, string[]> | null {
  const tag = startTags(html).find((t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
  if (!tag) return null;
  const directives = new Map<string, string[]>();
  for (const part of (tag.attrs.get('content') ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

describe('Content-Security-Policy', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pageCases(pages))('%s has a policy without unsafe-inline', (_path, p) => {
    const policy = policyOf(read(p.file));
    expect(policy, 'no <meta http-equiv="content-security-policy">').not.toBeNull();
    const scripts = policy?.get('script-src') ?? policy?.get('default-src');
    expect(scripts, 'no script-src or default-src').toBeDefined();
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(policy?.get('style-src') ?? []).not.toContain("'unsafe-inline'");
    expect(policy?.get('object-src')).toEqual(["'none'"]);
  });

  it.each(pageCases(pages))('%s loads without a CSP violation', async (_path, p) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (/content security policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    // Listen before any of the page's own code runs, so a violation during parsing is caught too.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (globalThis as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) => {
        seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
      });
    });
    try {
      await openBuilt(page, site.origin, p, { waitUntil: 'networkidle' });
      const seen = await page.evaluate(() => (globalThis as unknown as { __csp: string[] }).__csp);
      expect([...seen, ...problems]).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('notices a violation when there is one', async () => {
    // The gate must be able to fail: a page whose inline script the policy does not allow.
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (globalThis as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
    });
    await page.route(`${site.origin}/csp-probe/`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><meta http-equiv="content-security-policy" content="script-src 'self'"><title>x</title><script>1</script>`,
      }),
    );
    await page.goto(`${site.origin}/csp-probe/`);
    const seen = await page.evaluate(() => (globalThis as unknown as { __csp: string[] }).__csp);
    expect(seen).toContain('script-src-elem');
    await context.close();
  });
});
