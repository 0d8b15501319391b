// The pair page of the corpus's near-duplicate pair (found by source-file prefixes 000 and 001 through the JSON
// API, never by id): the inserted clause, keyboard navigation through changes, the inline toggle, narrow screens
// and reading with JavaScript off.
import { describe, expect, it } from 'vitest';
import { readFileSync, globSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/site.ts';

interface ArticleJson { id: string; published: string | null; boilerplate: { kind: string; text: string }[] }

interface ArticleSummary { id: string; source_file: string; url: string }
interface PairSummary { left: string; right: string; url: string | null; json: string | null }
interface AlignmentJson { rows: { left: string[]; right: string[] }[]; changes: unknown[] }

const CLAUSE = 'three major sponsors of terrorism in the region';
const articles: ArticleSummary[] = JSON.parse(readFileSync('dist/api/articles.json', 'utf8'));
const pairs: PairSummary[] = JSON.parse(readFileSync('dist/api/pairs.json', 'utf8'));
const idOf = (prefix: string) => articles.find((a) => a.source_file.startsWith(prefix))?.id;
const a000 = idOf('000');
const a001 = idOf('001');
const pair = pairs.find((p) => p.url && ((p.left === a000 && p.right === a001) || (p.left === a001 && p.right === a000)));
/** Which column (A = left, B = right) holds 001. */
const side001 = pair?.left === a001 ? 'a' : 'b';

const site = useBuiltSite();

async function open(options: { javaScriptEnabled?: boolean; width?: number; height?: number; hash?: string } = {}): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: options.width ?? 1280, height: options.height ?? 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto(`${site.origin}${pair?.url}${options.hash ?? ''}`);
  expect(response?.status()).toBe(200);
  expect(errors).toEqual([]);
  return page;
}

describe('pair page of 000 and 001', () => {
  it('exists and is listed in /api/pairs.json', () => {
    expect(a000 && a001).toBeTruthy();
    expect(pair?.url).toMatch(/^\/compare\/.+--.+\/$/);
  });

  it(`marks “${CLAUSE}” as added on 001’s side`, async () => {
    const page = await open();
    try {
      const cell = page.locator(`.row .cell.side-${side001}`, { hasText: CLAUSE });
      await expect(cell.count()).resolves.toBe(1);
      const added = (await cell.locator('ins').allTextContents()).join(' ');
      // Every word of the clause is inside <ins> in 001's cell, and nowhere in the other side's cell of that row.
      for (const word of ['three', 'major', 'sponsors', 'terrorism']) expect(added).toContain(word);
      const other = page.locator(`.row:has(.cell.side-${side001}:has-text("${CLAUSE}")) .cell.side-${side001 === 'a' ? 'b' : 'a'}`);
      await expect(other.innerText()).resolves.not.toContain(CLAUSE);
      // Marked by shape as well as colour: underlined.
      const decoration = await cell.locator('ins').first().evaluate((el) => getComputedStyle(el).textDecorationLine);
      expect(decoration).toContain('underline');
    } finally {
      await page.context().close();
    }
  });

  it('moves focus through the changes with j/k and n/p and the buttons', async () => {
    const page = await open();
    try {
      const changes = await page.locator('a[data-change]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
      expect(changes.length).toBeGreaterThan(1);
      const focusedRow = () => page.evaluate(() => document.activeElement?.id ?? '');
      await page.locator('h1').click();
      await page.keyboard.press('j');
      await expect(focusedRow()).resolves.toBe(changes[0]);
      await expect(page.evaluate(() => location.hash)).resolves.toBe(`#${changes[0]}`);
      await page.keyboard.press('n');
      await expect(focusedRow()).resolves.toBe(changes[1]);
      await page.keyboard.press('k');
      await expect(focusedRow()).resolves.toBe(changes[0]);
      await page.keyboard.press('p');
      await expect(focusedRow()).resolves.toBe(changes[changes.length - 1]);
      // Going round is said, so a reader knows the list was done.
      await expect(page.locator('output').innerText()).resolves.toMatch(/\(before the first change, on to the last\)$/);
      await page.getByRole('button', { name: 'Next change' }).click();
      await expect(focusedRow()).resolves.toBe(changes[0]);
      await expect(page.locator('output').innerText()).resolves.toContain(`Change 1 of ${changes.length}`);
      await expect(page.locator('output').innerText()).resolves.toMatch(/\(past the last change, back to the first\)$/);
      await page.keyboard.press('j');
      await expect(page.locator('output').innerText()).resolves.not.toMatch(/back to the first|on to the last/);
    } finally {
      await page.context().close();
    }
  });

  it('reaches with j every row it marks as other than unchanged (a first user found a changed row j skipped)', async () => {
    const page = await open();
    try {
      const differing = await page.locator('li.row:not(.kind-same)').evaluateAll((rows) => rows.map((r) => r.id));
      const count = await page.locator('a[data-change]').count();
      const reached = new Set<string>();
      await page.locator('h1').click();
      for (let i = 0; i < count; i += 1) {
        await page.keyboard.press('j');
        reached.add(await page.evaluate(() => document.querySelector('.row[data-current]')?.id ?? ''));
      }
      expect(differing.length).toBeGreaterThan(0);
      expect(differing.filter((id) => !reached.has(id))).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('marks the current change after j/k, by outline and arrow as well as colour, even with two changes in one row', async () => {
    const page = await open();
    try {
      // Two changes in a row: j from the first to the second keeps the row, so only the marks tell them apart.
      const hashes = await page.locator('.change-list a[data-change]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash));
      const second = hashes.findIndex((h, i) => i > 0 && h === hashes[i - 1]);
      expect(second).toBeGreaterThan(0);
      const current = () =>
        page.evaluate(() => ({
          entries: [...document.querySelectorAll('.change-list li[data-current]')].map((li) => li.id),
          links: [...document.querySelectorAll('compare-reader a[aria-current="true"]')].map((a) => `${a.closest('[id]')?.id} ${a.getAttribute('href')}`),
          rows: [...document.querySelectorAll('.row[data-current]')].map((r) => r.id),
        }));
      await page.locator('h1').click();
      for (let i = 0; i <= second; i += 1) await page.keyboard.press('j');
      const id = `change-${second + 1}`;
      const row = hashes[second]?.slice(1) ?? '';
      await expect(current()).resolves.toEqual({ entries: [id], links: [`${id} ${hashes[second]}`, `${row} #${id}`], rows: [row] });
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(row);
      // The row is in view below the sticky toolbar.
      expect(await rowTop(page, row)).toBeGreaterThanOrEqual(Math.max(0, await toolbarBottom(page)));
      // Not by colour alone: an arrow before the current change's links, in bold, and an outline that stays when focus moves on.
      const arrow = await page.locator(`#${row} a.change-ref[aria-current="true"]`).evaluate((a) => [getComputedStyle(a, '::before').content, getComputedStyle(a).fontWeight]);
      expect(arrow[0]).toMatch(/▶/);
      expect(Number(arrow[1])).toBeGreaterThanOrEqual(700);
      await page.locator('h1').click();
      await expect(page.locator(`#${row}`).evaluate((r) => getComputedStyle(r).outlineStyle)).resolves.toBe('dashed');
      await expect(page.locator(`#${id}`).evaluate((li) => getComputedStyle(li).outlineStyle)).resolves.toBe('dashed');
      await page.keyboard.press('k');
      await expect(current()).resolves.toMatchObject({ entries: [`change-${second}`], rows: [row] });
    } finally {
      await page.context().close();
    }
  });

  it('opens a deep link to a change', async () => {
    const page = await open();
    try {
      await page.goto(`${site.origin}${pair?.url}#change-1`);
      await expect(page.locator('#change-1').isVisible()).resolves.toBe(true);
      await expect(page.locator('#change-1 a').getAttribute('href')).resolves.toMatch(/^#row-\d+$/);
    } finally {
      await page.context().close();
    }
  });

  it('switches to the inline view and back', async () => {
    const page = await open();
    try {
      const toggle = page.getByRole('button', { name: 'Inline view' });
      await expect(page.locator('.cell.inline').first().isVisible()).resolves.toBe(false);
      await toggle.click();
      await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
      await expect(page.locator('.cell.inline').first().isVisible()).resolves.toBe(true);
      await expect(page.locator('.cell.side-a').first().isVisible()).resolves.toBe(false);
      // Inline, the row with the clause shows both what was removed and what was added.
      const row = page.locator('.row', { hasText: CLAUSE }).locator('.cell.inline');
      await expect(row.locator('ins').count()).resolves.toBeGreaterThan(0);
      await expect(row.locator('del').count()).resolves.toBeGreaterThan(0);
      await toggle.click();
      await expect(page.locator('.cell.side-a').first().isVisible()).resolves.toBe(true);
      await expect(page.locator('.cell.inline').first().isVisible()).resolves.toBe(false);
    } finally {
      await page.context().close();
    }
  });

  it('has no horizontal scroll at 360 px and stacks each row', async () => {
    const page = await open({ width: 360 });
    try {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const row = page.locator('.row', { hasText: CLAUSE });
      const [a, b] = await Promise.all([row.locator('.cell.side-a').boundingBox(), row.locator('.cell.side-b').boundingBox()]);
      expect(a && b && b.y >= a.y + a.height - 1).toBe(true);
    } finally {
      await page.context().close();
    }
  });

  it('reads fully with JavaScript disabled: every sentence, side by side, no folded rows', async () => {
    const page = await open({ javaScriptEnabled: false });
    try {
      const alignment = JSON.parse(readFileSync(`dist${pair?.json}`, 'utf8')) as AlignmentJson;
      const text = (await page.locator('main').innerText()).replace(/\s+/g, '');
      const missing = alignment.rows.flatMap((r) => [...r.left, ...r.right]).filter((s) => !text.includes(s.replace(/\s+/g, '')));
      expect(missing).toEqual([]);
      await expect(page.locator('.cell.side-a').first().isVisible()).resolves.toBe(true);
      await expect(page.locator('.toolbar button').count()).resolves.toBe(0);
      await expect(page.locator('ol.change-list > li').count()).resolves.toBe(alignment.changes.length);
    } finally {
      await page.context().close();
    }
  });

  it('ships at most 3 kB of gzipped JavaScript', () => {
    const html = readFileSync(`dist${pair?.url}index.html`, 'utf8');
    const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').join('');
    const external = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => readFileSync(`dist${m[1]}`, 'utf8')).join('');
    const size = gzipSync(inline + external, { level: 9 }).length;
    expect(size).toBeGreaterThan(0);
    expect(size).toBeLessThanOrEqual(3 * 1024);
    expect(globSync('dist/compare/*/index.html').length).toBeGreaterThan(0);
  });
});

/** The article entry as the JSON API serves it. */
const articleJson = (id: string | undefined): ArticleJson => JSON.parse(readFileSync(`dist/api/articles/${id}.json`, 'utf8'));

/** Bottom edge of the sticky toolbar, in viewport pixels. */
const toolbarBottom = (page: Page) => page.locator('[data-toolbar]').evaluate((el) => el.getBoundingClientRect().bottom);

/** Top edge of a row's focus outline (3px plus 2px offset above the row) and of its header, in viewport pixels. */
const rowTop = (page: Page, id: string) => page.locator(`[id="${id}"]`).evaluate((el) => el.getBoundingClientRect().top - 5);

describe('issue #16: the comparison reader', () => {
  it('item 7: says how A and B are ordered, and no figure, grade or label reads as a direction of copying', async () => {
    const page = await open();
    try {
      const [left, right] = [articleJson(pair?.left), articleJson(pair?.right)];
      const order = await page.locator('.pair-head .order').innerText();
      if (left.published && right.published && left.published !== right.published) expect(order).toMatch(/^A was published first/);
      else expect(order).toMatch(/in order of file name/);
      const words = [
        order,
        await page.locator('.pair-head .figures').innerText(),
        await page.locator('.pair-head > p.meta').last().innerText(),
        await page.locator('.legend').innerText(),
        await page.locator('.changes > p.meta').first().innerText(),
        ...(await page.locator('.change-type').allInnerTexts()),
        ...(await page.locator('.row-meta').allInnerTexts()),
      ];
      const DIRECTION = /\b(keeps?|kept|new|added|adds|inserted|dropped|removed|became|moved from)\b/i;
      expect(words.filter((w) => DIRECTION.test(w))).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it.each([360, 768, 1280])('item 9: at %i px a row reached by a change link or by j lands below the sticky toolbar', async (width) => {
    const page = await open({ width, height: 740 });
    try {
      const links = page.locator('.change-list a[data-change]');
      const count = await links.count();
      const middle = Math.floor(count / 2);
      const target = (await links.nth(middle).getAttribute('href'))?.slice(1) ?? '';
      await links.nth(middle).click();
      await expect(page.evaluate(() => location.hash.slice(1))).resolves.toBe(target);
      expect(await rowTop(page, target)).toBeGreaterThanOrEqual(await toolbarBottom(page));
      await page.keyboard.press('j');
      const next = await page.evaluate(() => document.activeElement?.id ?? '');
      expect(next).toMatch(/^row-\d+$/);
      expect(await rowTop(page, next)).toBeGreaterThanOrEqual(await toolbarBottom(page));
      expect(await rowTop(page, next)).toBeLessThan(740);
      // Where the two sides sit in columns, their heads (A, B and the outlets) stay in view under the toolbar, above
      // the row (a first user found them hidden behind the toolbar after a jump).
      const heads = await page.locator('.col-heads').evaluate((el) => el.getBoundingClientRect());
      if (heads.height > 0) {
        expect(heads.top).toBeGreaterThanOrEqual((await toolbarBottom(page)) - 1);
        expect(await rowTop(page, next)).toBeGreaterThanOrEqual(heads.bottom - 1);
      }
    } finally {
      await page.context().close();
    }
  });

  it('item 10: after j/k the address names the focused row, and opening it lands on that row in view', async () => {
    const page = await open({ width: 360, height: 740 });
    let address = '';
    let focused = '';
    let nextInSession: string[] = [];
    try {
      // Step to a change that is the first of its row (not the first row), as a copied address reopens a row.
      const rows = await page.locator('.change-list a[data-change]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash));
      const index = rows.findIndex((h, i) => i >= 2 && h !== rows[i - 1]);
      expect(index).toBeGreaterThan(0);
      await page.locator('h1').click();
      for (let i = 0; i <= index; i += 1) await page.keyboard.press('j');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
      address = page.url();
      expect(new URL(address).hash).toBe(`#${focused}`);
      await page.keyboard.press('j');
      nextInSession = await page.evaluate(() => [document.activeElement?.id ?? '', document.querySelector('output')?.textContent ?? '']);
    } finally {
      await page.context().close();
    }
    const reopened = await open({ width: 360, height: 740, hash: new URL(address).hash });
    try {
      await expect(reopened.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe(focused);
      expect(await rowTop(reopened, focused)).toBeGreaterThanOrEqual(Math.max(0, await toolbarBottom(reopened)));
      // The reader carries on from there, as it would have in the first visit.
      await reopened.keyboard.press('j');
      await expect(reopened.evaluate(() => [document.activeElement?.id ?? '', document.querySelector('output')?.textContent ?? ''])).resolves.toEqual(nextInSession);
    } finally {
      await reopened.context().close();
    }
  });

  it('item 10: a deep link to a change-list entry shows its whole outline', async () => {
    const page = await open({ width: 360, height: 740, hash: '#change-3' });
    try {
      expect(await rowTop(page, 'change-3')).toBeGreaterThanOrEqual(0);
    } finally {
      await page.context().close();
    }
  });

  it('a deep link to a row without changes: j goes to the next change after it, k to the one before', async () => {
    // Every row of this pair differs, so each has a change; a row without one (an unchanged row elsewhere) is made by
    // serving the page with one middle row's entries left out of the change list.
    const alignment = JSON.parse(readFileSync(`dist${pair?.json}`, 'utf8')) as { changes: { row: number }[] };
    const rows = [...new Set(alignment.changes.map((c) => c.row))].sort((x, y) => x - y);
    const row = rows[Math.floor(rows.length / 2)] as number;
    const target = `row-${row + 1}`;
    const before = alignment.changes.filter((c) => c.row < row).length;
    const total = alignment.changes.filter((c) => c.row !== row).length;
    expect(before).toBeGreaterThan(0);
    expect(total).toBeGreaterThan(before);
    for (const [key, expected] of [['j', before + 1], ['k', before]] as const) {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.route(`${site.origin}${pair?.url}`, async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(new RegExp(`<li id="change-\\d+"><a href="#${target}" data-change.*?</li>`, 'gs'), '');
        await route.fulfill({ response, body });
      });
      const page = await context.newPage();
      try {
        await page.goto(`${site.origin}${pair?.url}#${target}`);
        await expect(page.locator(`.change-list a[href="#${target}"]`).count()).resolves.toBe(0);
        await page.keyboard.press(key);
        await expect(page.locator('[data-toolbar] output').innerText()).resolves.toContain(`Change ${expected} of ${total}`);
      } finally {
        await context.close();
      }
    }
  });

  it('item 11: single-key shortcuts can be switched off, the page says how, and the choice is remembered', async () => {
    const page = await open();
    try {
      const toggle = page.getByRole('button', { name: 'Single-key shortcuts' });
      await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
      await expect(page.locator('.nav-hint').innerText()).resolves.toMatch(/“Single-key shortcuts” button .* switches these keys off/);
      await toggle.click();
      await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
      const state = () => page.evaluate(() => [document.activeElement?.id ?? '', location.hash]);
      await page.locator('h1').click();
      const before = await state();
      for (const key of ['j', 'n', 'k', 'p']) await page.keyboard.press(key);
      await expect(state()).resolves.toEqual(before);
      await page.reload();
      await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
      await page.locator('h1').click();
      await page.keyboard.press('j');
      await expect(page.evaluate(() => document.activeElement?.id ?? '')).resolves.not.toMatch(/^row-/);
      await toggle.click();
      await page.locator('h1').click();
      await page.keyboard.press('j');
      await expect(page.evaluate(() => document.activeElement?.id ?? '')).resolves.toMatch(/^row-\d+$/);
    } finally {
      await page.context().close();
    }
  });

  it('item 12: the boilerplate is folded where it is, under a summary that says what it holds; no remote toggle', async () => {
    const page = await open();
    try {
      await expect(page.locator('[data-toolbar] button', { hasText: /boilerplate/i }).count()).resolves.toBe(0);
      const pieces = [articleJson(pair?.left), articleJson(pair?.right)].flatMap((a) => a.boilerplate);
      const details = page.locator('details[data-boilerplate]');
      if (pieces.length === 0) {
        await expect(details.count()).resolves.toBe(0);
        return;
      }
      const summary = await details.locator('summary').innerText();
      for (const p of pieces) expect(summary).toContain(p.kind.replace(/-/g, ' '));
      const first = details.locator('dd').first();
      await expect(first.isVisible()).resolves.toBe(false);
      await details.locator('summary').click();
      await expect(first.isVisible()).resolves.toBe(true);
      await expect(first.innerText()).resolves.toBe(pieces.find((p) => p.text.trim())?.text.trim());
    } finally {
      await page.context().close();
    }
  });

  it('item 13: prints both texts side by side, without bracketed labels, with the legend and without the toolbar', async () => {
    // About the printable width of an A4 page; the inline view is on, and paper must still get both columns.
    const page = await open({ width: 680 });
    try {
      await page.getByRole('button', { name: 'Inline view' }).click();
      await page.emulateMedia({ media: 'print' });
      const labels = await page.locator('.rows ins, .rows del').evaluateAll((els) =>
        els.flatMap((el) => ['::before', '::after'].map((p) => getComputedStyle(el, p).content)).filter((c) => c !== 'none' && c !== 'normal'),
      );
      expect(labels).toEqual([]);
      // Every row with text, the headline row too (here one side has no headline, so it holds only its note).
      const layout = await page.locator('.row:has(.side-a)').evaluateAll((rows) =>
        rows.map((r) => {
          const a = r.querySelector('.side-a')?.getBoundingClientRect();
          const b = r.querySelector('.side-b')?.getBoundingClientRect();
          return Boolean(a && b && a.width > 0 && b.width > 0 && b.left >= a.right && Math.abs(a.top - b.top) < 2);
        }),
      );
      expect(layout.length).toBeGreaterThan(0);
      expect(layout.filter((ok) => !ok)).toEqual([]);
      await expect(page.locator('[data-toolbar]').isVisible()).resolves.toBe(false);
      await expect(page.locator('.legend-marks').isVisible()).resolves.toBe(true);
      // The page's address is printed: on paper the only way back to it, and it names the two articles.
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      await expect(page.locator('.print-address').innerText()).resolves.toBe(canonical);
      await page.emulateMedia({ media: 'screen' });
      await expect(page.locator('.print-address').isVisible()).resolves.toBe(false);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await page.context().close();
    }
  });
});
