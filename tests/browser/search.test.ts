// The search page (results, keyboard, history, loading only the shards needed, layout shift, hit cues on the
// article page, reading without JavaScript) and term pages, in Chromium.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { useBuiltSite } from '../support/site.ts';
import { layoutShift, VIEWPORTS } from '../../scripts/lib/layout-shift.ts';

const articles: { id: string; source_file: string }[] = JSON.parse(readFileSync('dist/api/articles.json', 'utf8'));
const idOf = (prefix: string) => articles.find((a) => a.source_file.startsWith(prefix))?.id as string;

const site = useBuiltSite();

async function open(query: string): Promise<{ page: Page; dialogs: string[] }> {
  const page = await site.browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('search-box[data-rendered]');
  return { page, dialogs };
}

const listed = (page: Page) => page.locator('[data-article]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.article));
const query = (page: Page) => new URL(page.url()).searchParams.get('q');

/**
 * A new search page whose timers run only when the test says (Playwright's page clock), so "before the pause ends"
 * does not depend on the machine's speed; `typed` types into the box and waits for its result.
 */
async function pausedSearchPage(init?: (page: Page) => Promise<unknown>): Promise<{ page: Page; typed: (text: string) => Promise<void> }> {
  const page = await site.browser.newPage();
  await init?.(page);
  await page.clock.install();
  await page.goto(`${site.origin}/search/`);
  await page.clock.pauseAt(Date.now() + 1000);
  const typed = async (text: string) => {
    await page.locator('input[name="q"]').pressSequentially(text);
    await page.waitForFunction((t) => document.querySelector('[data-status]')?.textContent?.includes(t.trim()), text);
  };
  return { page, typed };
}

/** Types like a reader: one key at a time, then waits for the results of what was typed. */
/** A fresh search page recording the paths it requests, its box focused and the manifest that focus fetches loaded. */
async function focusedRecording(): Promise<{ page: Page; fetched: string[] }> {
  const page = await site.browser.newPage();
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`${site.origin}/search/`);
  const manifest = page.waitForResponse((r) => r.url().endsWith('/search/index.json'));
  await page.focus('input[name="q"]');
  await manifest;
  return { page, fetched };
}

async function typeQuery(page: Page, text: string) {
  await page.locator('input[name="q"]').pressSequentially(text, { delay: 30 });
  await page.waitForFunction((t) => new URL(location.href).searchParams.get('q') === t && document.querySelector('search-box')?.hasAttribute('data-rendered'), text);
}

describe('search page', () => {
  it('gives as its example a term these articles name several ways, by names they use', async () => {
    const terms: { aliases: { text: string; from: string }[] }[] = JSON.parse(readFileSync('dist/api/terms.json', 'utf8'));
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/`);
    const help = await page.locator('#search-help').innerText();
    const named = [...help.matchAll(/“([^”]+)”/g)].map((m) => m[1] as string);
    expect(named.length).toBeGreaterThanOrEqual(2);
    // Every name quoted is one name of one term.
    const owner = terms.find((t) => named.every((n) => t.aliases.some((a) => a.text === n)));
    expect(owner, `${named.join(', ')} are not names of one term`).toBeDefined();
    await page.close();
  });

  it('?q=MESA lists 000, 001, 002 and 003 and not 004', async () => {
    const { page } = await open('MESA');
    const ids = await listed(page);
    expect([...ids].sort()).toEqual(['000', '001', '002', '003'].map(idOf).sort());
    expect(ids).not.toContain(idOf('004'));
    await expect(page.locator('[data-status]').textContent()).resolves.toMatch(/in 4 articles/);
    await page.close();
  });

  it('?q=MESA Egypt puts 002 ¶1, where the words meet, first, and marks whole words and aliases only', async () => {
    const { page } = await open('MESA Egypt');
    expect((await listed(page))[0]).toBe(idOf('002'));
    const first = page.locator('[data-article] .hits li').first();
    await expect(first.getAttribute('data-paragraph')).resolves.toBe('1');
    await expect(first.getAttribute('data-meets')).resolves.toBe('');
    const meeting = await page.locator('[data-article]').evaluateAll((groups) =>
      groups.flatMap((g) => [...g.querySelectorAll('li[data-meets]')].map((li) => `${(g as HTMLElement).dataset.article} ¶${(li as HTMLElement).dataset.paragraph}`)),
    );
    expect(meeting).not.toContain(`${idOf('000')} ¶1`);
    expect(meeting).not.toContain(`${idOf('001')} ¶1`);
    await expect(page.locator('[data-status]').textContent()).resolves.toMatch(/hold every word of “MESA Egypt”, MESA by any of its names; the words meet in \d+ paragraph/);
    const marks = await page.locator('[data-results] mark').allTextContents();
    expect(marks).toEqual(expect.arrayContaining(['Egypt', 'MESA']));
    for (const m of marks) expect(m).toMatch(/^[\p{L}\p{N}][\p{L}\p{N}\s’'-]*[\p{L}\p{N}]$/u);
    await page.close();
  });

  it('?q=Iran Egypt marks no word fragments', async () => {
    const { page } = await open('Iran Egypt');
    const fragments = await page.locator('[data-results] .hits a').evaluateAll((links) =>
      links.flatMap((a) => [...a.querySelectorAll('mark')].filter((m) => /[\p{L}\p{N}]$/u.test(m.previousSibling?.textContent ?? '') || /^[\p{L}\p{N}]/u.test(m.nextSibling?.textContent ?? '')).map((m) => m.textContent)),
    );
    expect(fragments).toEqual([]);
    await page.close();
  });

  it('?q=JCPOA lists 000 first and the articles that only say "2015 deal" or "nuclear deal"', async () => {
    const { page } = await open('JCPOA');
    const ids = await listed(page);
    expect(ids[0]).toBe(idOf('000'));
    expect(ids).toEqual(expect.arrayContaining([idOf('002'), idOf('003'), idOf('004')]));
    await expect(page.locator('.via').allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringContaining('2015 deal')]));
    await page.close();
  });

  it('?q=Pompoe finds 002 with Pompeo marked, and says the hit is approximate', async () => {
    const { page } = await open('Pompoe');
    expect(await listed(page)).toEqual([idOf('002')]);
    await expect(page.locator('[data-results] mark').first().textContent()).resolves.toBe('Pompeo');
    await expect(page.locator('[data-status]').textContent()).resolves.toMatch(/Approximate: “Pompeo” for “Pompoe”/);
    await expect(page.locator('.via.approximate').first().textContent()).resolves.toMatch(/approximate: “Pompeo” for “Pompoe”/);
    await page.close();
  });

  it('finds articles by outlet and author: Tasnim, Mousavian', async () => {
    for (const [q, prefix] of [['Tasnim', '001'], ['Mousavian', '002']] as const) {
      const { page } = await open(q);
      expect(await listed(page)).toEqual([idOf(prefix)]);
      await page.close();
    }
  });

  it('shows a query like <img src=x onerror=alert(1)> as text and runs nothing', async () => {
    const q = '<img src=x onerror=alert(1)>';
    const { page, dialogs } = await open(q);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(await page.locator('main img').count()).toBe(0);
    await expect(page.locator('[data-status]').textContent()).resolves.toContain(q);
    await expect(page.locator('input[name="q"]').inputValue()).resolves.toBe(q);
    await page.close();
  });

  it('says a damaged ?q= cannot be read, with no replacement characters in the box, and reads a lone % as typed', async () => {
    const page = await site.browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    const unreadable = 'The search words could not be read: the page’s address was cut short or wrongly encoded. Type them in the box.';
    const box = page.locator('input[name="q"]');
    await page.goto(`${site.origin}/search/?q=%E0%A4%A`);
    await page.waitForSelector('search-box[data-rendered]');
    await expect(box.inputValue()).resolves.toBe('');
    await expect(page.locator('[data-status]').textContent()).resolves.toBe(unreadable);
    await expect(page.locator('[data-announce]').textContent()).resolves.toBe(unreadable);
    await expect(page.locator('[data-article]').count()).resolves.toBe(0);
    // A query typed over it replaces it in the address; Back says again that the damaged one cannot be read.
    await box.fill('MESA');
    await box.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'MESA');
    await expect.poll(async () => (await listed(page)).length).toBe(4);
    await page.goBack();
    await expect.poll(() => page.locator('[data-status]').textContent()).toBe(unreadable);
    await expect(box.inputValue()).resolves.toBe('');
    await expect(page.locator('[data-article]').count()).resolves.toBe(0);
    await page.goto(`${site.origin}/search/?q=%`);
    await page.waitForSelector('search-box[data-rendered]');
    await expect(box.inputValue()).resolves.toBe('%');
    await expect(page.locator('[data-status]').textContent()).resolves.toContain('“%”');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the query in the URL, with back and forward', async () => {
    const { page } = await open('MESA');
    await page.fill('input[name="q"]', 'Khashoggi');
    await page.press('input[name="q"]', 'Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'Khashoggi');
    await expect.poll(() => listed(page)).toEqual([idOf('004')]);
    await page.goBack();
    await expect.poll(() => page.locator('input[name="q"]').inputValue()).toBe('MESA');
    await expect.poll(async () => (await listed(page)).length).toBe(4);
    await page.reload();
    await page.waitForSelector('search-box[data-rendered]');
    await expect(page.locator('input[name="q"]').inputValue()).resolves.toBe('MESA');
    await page.close();
  });

  it('keeps each settled query as one history entry: Back after MESA → JCPOA (no Enter) shows MESA, then the empty page, then the page before', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/terms/`);
    await page.goto(`${site.origin}/search/`);
    await page.focus('input[name="q"]');
    await typeQuery(page, 'MESA');
    await page.waitForTimeout(1500); // a pause: MESA is settled
    await page.locator('input[name="q"]').selectText();
    await typeQuery(page, 'JCPOA');
    await expect.poll(async () => (await listed(page))[0]).toBe(idOf('000'));
    await page.goBack();
    await expect.poll(() => page.locator('input[name="q"]').inputValue()).toBe('MESA');
    expect(query(page)).toBe('MESA');
    await expect.poll(async () => (await listed(page)).length).toBe(4);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/search/');
    await expect.poll(() => page.locator('input[name="q"]').inputValue()).toBe('');
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/terms/');
    await page.close();
  });

  it('writes the address once per pause in typing, not on every key, and before a result is opened', async () => {
    // Counts history calls: each costs the browser a few milliseconds per key when made while typing.
    const { page, typed } = await pausedSearchPage((p) => p.addInitScript(() => {
      const calls: string[] = [];
      (window as unknown as { historyCalls: string[] }).historyCalls = calls;
      for (const name of ['pushState', 'replaceState'] as const) {
        const original = history[name].bind(history);
        history[name] = (...args: Parameters<History['pushState']>) => {
          calls.push(`${name} ${String(args[2])}`);
          original(...args);
        };
      }
    }));
    await page.focus('input[name="q"]');
    await typed('Khashoggi');
    const calls = () => page.evaluate(() => (window as unknown as { historyCalls: string[] }).historyCalls);
    expect(await calls()).toEqual([]);
    await page.clock.runFor(2000);
    expect(await calls()).toEqual([expect.stringMatching(/^pushState .*\?q=Khashoggi$/)]);
    // A result clicked before the next pause ends: the address is written first, so Back returns to this query.
    await typed(' Saudi');
    expect(await calls()).toHaveLength(1);
    await Promise.all([page.waitForURL(/\/articles\//), page.locator('[data-results] .result-title a').first().click()]);
    await page.goBack();
    await expect.poll(() => query(page)).toBe('Khashoggi Saudi');
    await page.close();
  });

  it('keeps the status quiet while the reader types and speaks once typing pauses; the tab title names the query', async () => {
    const { page, typed } = await pausedSearchPage();
    // The visible status follows every key; the live region a screen reader hears is told once typing pauses.
    const status = page.locator('[data-status]');
    const said = page.locator('[role="status"]');
    await expect(said.count()).resolves.toBe(1);
    await typed('Khashoggi');
    await expect(status.textContent()).resolves.toMatch(/match(es)? “Khashoggi”/);
    await expect(said.textContent()).resolves.toBe('');
    await page.clock.runFor(300);
    await expect(said.textContent()).resolves.toBe(await status.textContent());
    await expect(page.title()).resolves.toMatch(/^Khashoggi · Search/);
    // A query opened from a link is said at once: nobody is typing.
    await page.goto(`${site.origin}/search/?q=MESA`);
    await page.waitForSelector('search-box[data-rendered]');
    await expect(said.textContent()).resolves.toMatch(/“MESA”/);
    await page.close();
  });

  it('writes the address at a modifier key or a pointer press, since Back by keyboard or mouse button leaves the box focused', async () => {
    const { page, typed } = await pausedSearchPage();
    const box = page.locator('input[name="q"]');
    await box.focus();
    await typed('Qatar');
    expect(query(page)).toBeNull();
    await page.keyboard.down('Alt');
    await page.keyboard.up('Alt');
    expect(query(page)).toBe('Qatar');
    await typed(' Saudi');
    expect(query(page)).toBe('Qatar');
    await box.dispatchEvent('pointerdown');
    expect(query(page)).toBe('Qatar Saudi');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await page.close();
  });

  it('works from the keyboard: / focuses the box, arrows move through results, Enter opens', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/`);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('q');
    await page.keyboard.type('Pompeo');
    await page.waitForSelector('[data-results] .hits a');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toMatch(/#p\d+$/);
    await Promise.all([page.waitForURL(/\/articles\//), page.keyboard.press('Enter')]);
    expect(page.url()).toContain(focused as string);
    await page.close();
  });

  it('fetches the manifest only when needed, then only the shards the query needs', async () => {
    const page = await site.browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${site.origin}/search/`);
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((p) => p.startsWith('/search/') && p.endsWith('.json'))).toEqual([]);
    const manifest = page.waitForResponse((r) => r.url().endsWith('/search/index.json'));
    await page.focus('input[name="q"]');
    await manifest;
    const shards = JSON.parse(readFileSync('dist/search/index.json', 'utf8')).boundaries.length + 1;
    await typeQuery(page, 'Khashoggi');
    const fetchedShards = new Set(fetched.filter((p) => p.startsWith('/search/shards/')));
    expect(fetchedShards.size).toBeGreaterThan(0);
    expect(fetchedShards.size).toBeLessThanOrEqual(Math.max(1, shards - 1));
    expect(fetched.filter((p) => p.startsWith('/search/docs/'))).toEqual([expect.stringMatching(/^\/search\/docs\/\d+\.json$/)]);
    await page.close();
  });

  it('fetches the documents of a story’s versions in one pack: fewer files than results when a group is shown', async () => {
    const { page, fetched } = await focusedRecording();
    await typeQuery(page, 'MESA');
    const shown = await listed(page);
    // Which pack holds each article, read from the built files themselves.
    const packs = (JSON.parse(readFileSync('dist/search/index.json', 'utf8')) as { packs: number[] }).packs;
    const packOfId = new Map(packs.flatMap((_, n) => (JSON.parse(readFileSync(`dist/search/docs/${n}.json`, 'utf8')) as { id: string }[]).map((d) => [d.id, n] as const)));
    const expected = [...new Set(shown.map((id) => packOfId.get(id as string)))].map((n) => `/search/docs/${n}.json`).sort();
    expect([...new Set(fetched.filter((p) => p.startsWith('/search/docs/')))].sort()).toEqual(expected);
    // The seeds' variant pair (000 and 001) share a pack, and both mention MESA.
    expect(packOfId.get(idOf('000'))).toBe(packOfId.get(idOf('001')));
    expect(shown).toEqual(expect.arrayContaining([idOf('000'), idOf('001')]));
    expect(expected.length).toBeLessThan(shown.length);
    await page.close();
  });

  it('drops a query overtaken before its plan is done: it fetches no documents, and the newer query is shown', async () => {
    const { page, fetched } = await focusedRecording();
    // Two inputs in one task: the first query ("Pompeo", which would show 002) is overtaken before it plans.
    await page.evaluate(() => {
      const input = document.querySelector('input[name="q"]') as HTMLInputElement;
      for (const value of ['Pompeo', 'Zqxvbnm']) {
        input.value = value;
        input.dispatchEvent(new Event('input'));
      }
    });
    await page.waitForFunction(() => document.querySelector('search-box')?.hasAttribute('data-rendered'));
    await expect(page.locator('[data-status]').textContent()).resolves.toMatch(/Zqxvbnm/);
    expect(await listed(page)).toEqual([]);
    expect(fetched.filter((p) => p.startsWith('/search/docs/'))).toEqual([]);
    await page.close();
  });

  it('lands a hit with a cue: the paragraph is the :target, in view below the top edge, with the words marked', async () => {
    const { page } = await open('MESA');
    const hit = page.locator(`[data-article="${idOf('001')}"] .hits a`).first();
    const href = (await hit.getAttribute('href')) as string;
    expect(href).toMatch(/\?mark=.*#p\d+$/);
    await Promise.all([page.waitForURL(/\/articles\//), hit.click()]);
    const target = href.split('#')[1] as string;
    await page.waitForSelector(`[id="${target}"] mark.search-mark`);
    const cue = await page.evaluate(() => {
      const t = document.querySelector(':target') as HTMLElement;
      const plain = document.querySelector('.para:not(:target)') as HTMLElement;
      return {
        id: t.id,
        top: t.getBoundingClientRect().top,
        shaded: getComputedStyle(t).backgroundColor !== getComputedStyle(plain).backgroundColor,
        marks: [...t.querySelectorAll('mark.search-mark')].map((m) => m.textContent),
      };
    });
    expect(cue.id).toBe(target);
    expect(cue.shaded).toBe(true);
    expect(cue.top).toBeGreaterThan(10);
    expect(cue.marks.length).toBeGreaterThan(0);
    for (const m of cue.marks) expect(['MESA', 'Arab NATO', 'Middle East Strategic Alliance', 'Middle East Security Alliance']).toContain(m);
    await page.close();
  });

  it('marks only whole words given in the address, as text', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/articles/${idOf('002')}/?mark=Egypt&mark=${encodeURIComponent('<img src=x onerror=alert(1)>')}&mark=gyp#p1`);
    await page.waitForSelector('mark.search-mark');
    const marks = await page.locator('mark.search-mark').allTextContents();
    expect(new Set(marks)).toEqual(new Set(['Egypt']));
    expect(await page.locator('main img').count()).toBe(0);
    await page.close();
  });

  it.each(VIEWPORTS.map((v) => [`${v.width}×${v.height}`, v] as const))('opening /search/?q=MESA from a link shifts the layout by at most 0.05 at %s', async (_name, viewport) => {
    const shift = await layoutShift(site.browser, `${site.origin}/search/?q=MESA`, viewport, 'search-box[data-rendered]');
    expect(shift).toBeLessThanOrEqual(0.05);
  });

  it('without JavaScript, says what works instead, and never mentions keys that do nothing', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/search/?q=MESA`);
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/arrow keys|Press \//i);
    await expect(page.locator('.nojs').textContent()).resolves.toMatch(/JavaScript is off/);
    expect(await page.locator('.nojs a[href="/terms/"]').count()).toBe(1);
    expect(await page.locator('.nojs a[href="/browse/"]').count()).toBe(1);
    await context.close();
  });
});
