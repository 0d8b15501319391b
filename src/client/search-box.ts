// <search-box>: searches the sharded index in the browser, keeps each settled query as one history entry, and lets
// the keyboard do everything ("/" to focus, arrows through results). The form works without it, as a plain GET.
import { describe, plan, PHRASE_READ_MORE, type IndexSource, type ResultGroup, type SearchPlan } from '../lib/search/engine.ts';
import type { SnippetSegment } from '../lib/text/snippet.ts';
import { articleCaption, plural } from '../lib/present/format.ts';
import { hitLabel, hitNotes, searchSummary } from '../lib/present/search-results.ts';
import { SEARCH_INDEX_URL, searchHitUrl } from '../lib/routes.ts';
import { fetchSource } from './search-source.ts';
import { el } from './dom.ts';

/** Articles described at once, and again each time the reader asks for more: a common word must not build a huge page. */
const GROUPS_PER_PAGE = 10;
const MAX_HITS = 5;
/** A query left alone this long is settled: the next change starts a new history entry, so Back returns to it. */
const SETTLE_MS = 1000;
/** What the search keeps in its history entry: how many result groups were shown, and which result link was opened. */
interface EntryState {
  shown?: number;
  opened?: number;
}

/** The entry's state, when it is one the search wrote (anything else is ignored). */
function entryState(state: unknown): EntryState {
  if (typeof state !== 'object' || state === null) return {};
  const { shown, opened } = state as Record<string, unknown>;
  return { shown: typeof shown === 'number' ? shown : undefined, opened: typeof opened === 'number' ? opened : undefined };
}

/**
 * The address follows the box once typing pauses this long, not on every key: each history call cost Chromium a few
 * milliseconds and a request for the favicon (measured: keystroke median 10 → 5 ms, p95 −15 ms at 1,000 articles).
 */
const URL_PAUSE_MS = 250;

function segmentsInto(parent: HTMLElement, segments: readonly SnippetSegment[]) {
  for (const s of segments) parent.append(s.mark ? el('mark', s.text) : document.createTextNode(s.text));
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function groupItem(group: ResultGroup, apart: boolean): HTMLLIElement {
  const item = el('li');
  item.dataset.article = group.article.id;
  const caption = articleCaption(group.article);
  const heading = el('h2', undefined, 'result-title');
  const link = el('a', caption.title);
  link.href = searchHitUrl(group.article.id, 0, group.marks);
  heading.append(link);
  const where = apart ? ' · the words are in different paragraphs' : '';
  const meta = el('p', `${caption.outlet} · ${caption.dateText} · ${plural(group.hitCount, 'hit')}${where}`, 'meta');
  const hits = el('ol', undefined, 'hits');
  for (const hit of group.hits) {
    const li = el('li');
    li.dataset.paragraph = String(hit.paragraph);
    if (hit.meets) li.dataset.meets = '';
    const a = el('a');
    a.href = searchHitUrl(group.article.id, hit.paragraph, group.marks);
    a.append(el('span', hitLabel(hit), 'para-number'));
    segmentsInto(a, hit.segments);
    li.append(a);
    for (const note of hitNotes(hit)) li.append(el('span', ` ${note}`, note.startsWith('approximate') ? 'via approximate' : 'via'));
    hits.append(li);
  }
  item.append(heading, meta, hits);
  if (group.hitCount > group.hits.length) {
    item.append(el('p', `${group.hitCount - group.hits.length} more in this article, marked on its page.`, 'meta'));
  }
  return item;
}

class SearchBox extends HTMLElement {
  #source: IndexSource = fetchSource(SEARCH_INDEX_URL);
  #sequence = 0;
  /** True while the current history entry holds a settled query (or the page as opened): a change then pushes. */
  #settled = true;
  #settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** The query the address still has to show (typed, not yet written), and when it will be written. */
  #unwritten: string | null = null;
  #urlTimer: ReturnType<typeof setTimeout> | undefined;

  /** The page's own title ("Search · wirediff"); a query is put before it, so tabs and bookmarks of searches differ. */
  #title = '';
  /** True from a key until typing pauses: results still show at once, but nothing is announced meanwhile. */
  #typing = false;
  #pauseTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    this.#title = document.title;
    this.#source = fetchSource(this.dataset.index ?? SEARCH_INDEX_URL);
    const form = this.querySelector('form') as HTMLFormElement;
    const input = this.querySelector('input[name="q"]') as HTMLInputElement;
    const results = this.querySelector('[data-results]') as HTMLElement;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run(input.value);
      this.#unwritten = input.value;
      this.writeUrl();
      this.settle(true);
      this.paused();
    });
    input.addEventListener('input', () => {
      void this.run(input.value);
      this.#unwritten = input.value;
      clearTimeout(this.#urlTimer);
      this.#urlTimer = setTimeout(() => this.writeUrl(), URL_PAUSE_MS);
      clearTimeout(this.#settleTimer);
      // An emptied box never settles: the next query replaces it rather than leaving an empty page in history.
      this.#settleTimer = setTimeout(() => this.settle(input.value.trim() !== ''), SETTLE_MS);
      this.#typing = true;
      clearTimeout(this.#pauseTimer);
      this.#pauseTimer = setTimeout(() => this.paused(), URL_PAUSE_MS);
    });
    // Leaving the box (arrows into the results, a click on one, the page hidden) writes the address first, so Back
    // from a result returns to the query that found it.
    input.addEventListener('blur', () => {
      this.writeUrl();
      this.paused();
    });
    window.addEventListener('pagehide', () => {
      this.writeUrl();
      // The result being opened (a link is focused as it is clicked or entered): Back returns to it.
      const links = [...results.querySelectorAll('a')];
      const opened = links.indexOf(document.activeElement as HTMLAnchorElement);
      if (opened >= 0) this.remember({ opened });
    });
    // A mouse's back button is pressed before it navigates, and does not blur the box either.
    window.addEventListener('pointerdown', () => this.writeUrl());
    input.addEventListener('focus', () => void this.#source.manifest().catch(() => undefined), { once: true });
    input.addEventListener('keydown', (event) => {
      // Back by keyboard (Alt+←, ⌘[) leaves the box focused, so no blur writes the address first: the modifier does.
      if (event.altKey || event.metaKey) this.writeUrl();
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        results.querySelector<HTMLAnchorElement>('a')?.focus();
      }
    });
    results.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      const links = [...results.querySelectorAll<HTMLAnchorElement>('a')];
      const at = links.indexOf(document.activeElement as HTMLAnchorElement);
      event.preventDefault();
      if (event.key === 'ArrowUp' && at <= 0) input.focus();
      else links[Math.min(links.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1))]?.focus();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === '/' && !isTyping(event.target) && !event.metaKey && !event.ctrlKey) {
        event.preventDefault();
        input.focus();
      }
    });
    window.addEventListener('popstate', (event) => {
      clearTimeout(this.#urlTimer);
      this.#unwritten = null;
      this.settle(true);
      input.value = new URL(location.href).searchParams.get('q') ?? '';
      void this.restore(input.value, entryState(event.state));
    });
    // Results render after the page loads, too late for the browser's own scroll restoration (and their heights are
    // estimated until laid out): the search brings back the entry's results and the one opened from them itself.
    history.scrollRestoration = 'manual';
    const initial = new URL(location.href).searchParams.get('q');
    if (initial) {
      input.value = initial;
      void this.restore(initial, entryState(history.state));
    }
  }

  /** Shows a query as its history entry left it: as many result groups, and the result opened from them in view and focused. */
  async restore(query: string, state: EntryState) {
    await this.run(query, undefined, state.shown);
    if (state.opened === undefined || this.dataset.rendered !== String(this.#sequence)) return;
    const link = this.querySelectorAll<HTMLAnchorElement>('[data-results] a')[state.opened];
    link?.focus({ preventScroll: true });
    link?.scrollIntoView({ block: 'center' });
  }

  /** Adds to the current history entry's state, unless the address does not show a query (nothing to come back to). */
  remember(state: EntryState) {
    if (!new URL(location.href).searchParams.get('q')) return;
    history.replaceState({ ...entryState(history.state), ...state }, '', location.href);
  }

  /** Typing has paused (or the box was left, or the form sent): the result as it stands is announced. */
  paused() {
    clearTimeout(this.#pauseTimer);
    this.#typing = false;
    this.announce();
  }

  /**
   * Says the summary through the page's live region, which is not the visible status: a screen reader is told the
   * result once typing pauses, not the count of every prefix ("P", "Po"…). Only a rendered latest query is said; one
   * still running is said when it renders.
   */
  announce() {
    const announcer = this.querySelector('[data-announce]');
    const status = this.querySelector('[data-status]');
    if (!announcer || !status || this.#typing || this.dataset.rendered !== String(this.#sequence)) return;
    if (announcer.textContent !== status.textContent) announcer.textContent = status.textContent;
  }

  /** Settles the current query (or not, for an emptied box); a query still unwritten is written first. */
  settle(settled: boolean) {
    this.writeUrl();
    clearTimeout(this.#settleTimer);
    this.#settled = settled;
  }

  /** Puts the unwritten query in the address: a new history entry after a settled query, else the current one. */
  writeUrl() {
    clearTimeout(this.#urlTimer);
    if (this.#unwritten === null) return;
    const url = new URL(location.href);
    if (this.#unwritten.trim()) url.searchParams.set('q', this.#unwritten);
    else url.searchParams.delete('q');
    this.#unwritten = null;
    if (url.href === location.href) return;
    if (this.#settled) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    this.#settled = false;
  }

  /**
   * Searches and renders `shown` result groups; `phraseRead` reads that many candidates to check a quoted phrase
   * (the reader asked).
   */
  async run(query: string, phraseRead?: number, shown = GROUPS_PER_PAGE) {
    const sequence = ++this.#sequence;
    document.title = query.trim() ? `${query.trim()} · ${this.#title}` : this.#title;
    const status = this.querySelector('[data-status]') as HTMLElement;
    const results = this.querySelector('[data-results]') as HTMLElement;
    if (!query.trim()) {
      results.replaceChildren();
      status.textContent = '';
      this.dataset.rendered = String(sequence);
      this.announce();
      return;
    }
    try {
      const found = await plan(this.#source, query, undefined, phraseRead);
      // A query overtaken while it planned fetches and keys no documents: the newer one does not wait behind it.
      if (sequence !== this.#sequence) return;
      const groups = await describe(this.#source, found, found.ranked.slice(0, Math.max(GROUPS_PER_PAGE, shown)), MAX_HITS);
      if (sequence !== this.#sequence) return;
      this.render(found, groups, query, results, status);
    } catch (error) {
      if (sequence !== this.#sequence) return;
      results.replaceChildren();
      status.textContent = `Search could not load its index (${error instanceof Error ? error.message : String(error)}). Check the connection and try again.`;
    }
    this.dataset.rendered = String(sequence);
    this.announce();
  }

  render(found: SearchPlan, groups: ResultGroup[], query: string, results: HTMLElement, status: HTMLElement) {
    status.textContent = searchSummary(found, query, groups.flatMap((g) => g.hits));
    const list = el('ol', undefined, 'result-groups');
    const apart = (article: number) => found.parts.length > 1 && (found.ranked.find((g) => g.article === article)?.meeting ?? 0) === 0;
    const append = (described: ResultGroup[], from: number) => {
      described.forEach((g, i) => list.append(groupItem(g, apart(found.ranked[from + i]?.article ?? -1))));
    };
    append(groups, 0);
    const more = el('button', undefined, 'more-results');
    more.type = 'button';
    const updateMore = () => {
      const left = found.ranked.length - list.children.length;
      more.hidden = left <= 0;
      more.textContent = `Show ${plural(Math.min(GROUPS_PER_PAGE, left), 'more article')} (${left} not shown)`;
    };
    more.addEventListener('click', async () => {
      const from = list.children.length;
      const next = await describe(this.#source, found, found.ranked.slice(from, from + GROUPS_PER_PAGE), MAX_HITS);
      append(next, from);
      updateMore();
      this.remember({ shown: list.children.length });
      (list.children[from]?.querySelector('a') as HTMLAnchorElement | null)?.focus();
    });
    updateMore();
    results.replaceChildren(list, more);
    // A quoted phrase is checked in the text of the first candidates only; the rest are read when the reader asks.
    if (found.unchecked > 0) {
      const further = el('button', `Check the phrase in ${plural(Math.min(found.unchecked, PHRASE_READ_MORE), 'more article')}`, 'more-results');
      further.type = 'button';
      further.addEventListener('click', async () => {
        const input = this.querySelector('input[name="q"]') as HTMLInputElement;
        // The box may hold a newer query whose results are not shown yet: that one runs instead, as if sent.
        if (input.value !== query) {
          void this.run(input.value);
          return;
        }
        further.disabled = true;
        further.textContent = 'Checking…';
        await this.run(query, found.checked + PHRASE_READ_MORE);
        // Unless the reader has typed meanwhile: focus goes to the first result, else the button checking further,
        // else back to the box (every candidate read, none confirmed).
        if (input.value !== query || document.activeElement !== document.body) return;
        (results.querySelector<HTMLElement>('.result-title a') ?? [...results.querySelectorAll<HTMLButtonElement>('button:not([hidden])')].at(-1) ?? input).focus();
      });
      results.append(further);
    }
  }
}

customElements.define('search-box', SearchBox);
