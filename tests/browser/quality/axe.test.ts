// axe-core on every built page, in the light and the dark colour scheme: 0 violations of any rule axe runs by
// default (WCAG A/AA and best practices).
import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { useBuiltSite } from '../../support/site.ts';
import { builtPages, openBuilt, pageCases } from './pages.ts';

const pages = builtPages();
const site = useBuiltSite();

/** A violation as a readable block: rule, impact, help, and the first few offending elements with axe's summary. */
function describeViolation(v: Result): string {
  const nodes = v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`);
  return `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${nodes.join('\n')}${v.nodes.length > 5 ? `\n    …and ${v.nodes.length - 5} more` : ''}`;
}

describe('accessibility (axe-core)', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it.each(pageCases(pages))(`%s in ${scheme} mode has no violations`, async (_path, p) => {
      const context = await site.browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      try {
        await openBuilt(page, site.origin, p);
        await page.emulateMedia({ colorScheme: scheme });
        const results = await new AxeBuilder({ page }).analyze();
        const report = results.violations.map(describeViolation).join('\n\n');
        expect(results.violations.map((v) => v.id), report).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
