// The group page (/compare/group/<base>/), which the seeds alone never make (no story has three copies there): a
// throw-away site gets two blind rewrites of seeds 000 and 001 (tests/fixtures/rewrites), so their story has four
// copies. Each differing cell that holds a typed change names its facts, as the pair page lists them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { useSiteBuiltWith } from '../support/site.ts';
import { HOME_GROUP_ITEMS } from '../../src/lib/present/pagination.ts';

const fixture = (name: string, file: string) => readFileSync(join('tests/fixtures/rewrites', name, file));
const site = useSiteBuiltWith({ 'zz-group-light.txt': fixture('fresh-001-light', 'input.txt'), 'zz-group-heavy.md': fixture('fresh-000-heavy', 'article.md') });

interface PairJson { left: string; right: string; rows: unknown[]; changes: { type: string; row: number }[] }

describe('the home page’s variant groups', () => {
  it('show a few members and comparisons of a group, and link the rest where they are listed', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.origin}/`);
      const group = page.locator('ol.groups > li').first();
      expect(await group.locator('ol.members > li').count()).toBeLessThanOrEqual(HOME_GROUP_ITEMS);
      expect(await group.locator('ul.comparisons > li').count()).toBeLessThanOrEqual(HOME_GROUP_ITEMS);
      const more = group.locator('p.meta', { hasText: /more comparisons?/ });
      expect(await more.count()).toBe(1);
      const hidden = Number(/and (\d+) more/.exec(await more.innerText())?.[1]);
      const href = (await more.locator('a').getAttribute('href')) as string;
      await page.goto(`${site.origin}${href}`);
      const listed = page.locator(`li:has(> #${href.split('#')[1]}) ul.comparisons > li`);
      expect(await listed.count()).toBe(HOME_GROUP_ITEMS + hidden);
    } finally {
      await page.close();
    }
  });
});

describe('/compare/group/', () => {
  it('reads every copy against the base, names the facts that differ in a cell, and has no accessibility violations', async () => {
    const { dist } = site.built;
    const context = await site.browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${site.origin}/`);
      const href = await page.locator('a[href^="/compare/group/"]').first().getAttribute('href');
      expect(href).toBeTruthy();
      await page.goto(`${site.origin}${href}`);
      await expect(page.locator('h1').innerText()).resolves.toMatch(/^\d+ copies of “/);
      await expect(page.locator('main p.prose').first().innerText()).resolves.toMatch(/The base (?:is|text is) .*≠ with a fact that differs/s);
      // Every ≠ cell says which facts, and the pair page it opens has a typed change of that kind on that row.
      const cells = await page.locator('td.state-changed a').evaluateAll((links) => links.map((a) => ({ text: a.textContent ?? '', href: a.getAttribute('href') ?? '' })));
      const facts = cells.filter((c) => c.text.startsWith('≠'));
      expect(facts.length).toBeGreaterThan(0);
      for (const cell of facts) {
        expect(cell.text).toMatch(/^≠differs: (?:figure|date|name|attribution|quote|clause)(?:, (?:figure|date|name|attribution|quote|clause))*/);
        const [path, row] = cell.href.split('#row-') as [string, string];
        const pair = JSON.parse(readFileSync(join(dist, 'api/pairs', `${path.split('/')[2]}.json`), 'utf8')) as PairJson;
        expect(pair.changes.some((c) => c.row === Number(row) - 1 && !['wording-changed', 'form-changed', 'sentence-breaks-changed'].includes(c.type))).toBe(true);
      }
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
