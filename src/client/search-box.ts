// <search-box>: searches the sharded index in the browser, keeps each settled query as one history entry, and lets
// the keyboard do everything ("/" to focus, arrows through results). The form works without it, as a plain GET.
import { describe, plan, PHRASE_READ_MORE, type IndexSource, type ResultGroup, type SearchPlan } from '../lib/search/engine.ts';
import { warmUp } from '../lib/search/warm-up.ts';
import { plural } from '../lib/present/format.ts';
import { queryTitle, searchSummary } from '../lib/present/search-results.ts';
import { UNREADABLE_QUERY } from '../lib/present/unreadable-address.ts';
import { SEARCH_INDEX_URL } from '../lib/routes.ts';
import { el } from './dom.ts';
import { addressQuery, entryState, QueryHistory, URL_PAUSE_MS, type EntryState } from './search-history.ts';
import { groupItem } from './search-result-item.ts';
import { fetchSource } from './search-source.ts';

/** Articles described at once, and again each time the reader asks for more: a common word must not build a huge page. */
const GROUPS_PER_PAGE = 10;
const MAX_HITS = 5;

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

class SearchBox extends HTMLElement {
  #source: IndexSource = fetchSource(SEARCH_INDEX_URL);
  #sequence = 0;
  #history = new QueryHistory();

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
      this.#history.sent(input.value);
      this.paused();
    });
    input.addEventListener('input', () => {
      void this.run(input.value);
      this.#history.typed(input.value);
      this.#typing = true;
      clearTimeout(this.#pauseTimer);
      this.#pauseTimer = setTimeout(() => this.paused(), URL_PAUSE_MS);
    });
    // Leaving the box (arrows into the results, a click on one, the page hidden) writes the address first, so Back
    // from a result returns to the query that found it.
    input.addEventListener('blur', () => {
      this.#history.write();
      this.paused();
    });
    window.addEventListener('pagehide', () => {
      this.#history.write();
      // The result being opened (a link is focused as it is clicked or entered): Back returns to it.
      const links = [...results.querySelectorAll('a')];
      const opened = links.indexOf(document.activeElement as HTMLAnchorElement);
      if (opened >= 0) this.#history.remember({ opened });
    });
    // A mouse's back button is pressed before it navigates, and does not blur the box either.
    window.addEventListener('pointerdown', () => this.#history.write());
    input.addEventListener(
      'focus',
      () => {
        void this.#source.manifest().catch(() => undefined);
        // While the manifest is on its way: a search over a one-article index in memory, its result rendered into a
        // list never attached, so the first keystroke finds the tables built and the code compiled.
        setTimeout(() => void warmUp().then((r) => r.groups.map((g) => groupItem(g, false))), 0);
      },
      { once: true },
    );
    input.addEventListener('keydown', (event) => {
      // Back by keyboard (Alt+←, ⌘[) leaves the box focused, so no blur writes the address first: the modifier does.
      if (event.altKey || event.metaKey) this.#history.write();
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
      this.#history.moved();
      const query = addressQuery();
      input.value = query ?? '';
      void this.restore(input.value, entryState(event.state));
      if (query === null) this.unreadable();
    });
    // Results render after the page loads, too late for the browser's own scroll restoration (and their heights are
    // estimated until laid out): the search brings back the entry's results and the one opened from them itself.
    history.scrollRestoration = 'manual';
    const initial = addressQuery();
    if (initial) {
      input.value = initial;
      void this.restore(initial, entryState(history.state));
    } else if (initial === null) this.unreadable();
  }

  /** Says that the address's search words cannot be read, rather than show them as replacement characters. */
  unreadable() {
    (this.querySelector('[data-status]') as HTMLElement).textContent = UNREADABLE_QUERY;
    this.dataset.rendered = String(this.#sequence);
    this.announce();
  }

  /** Shows a query as its history entry left it: as many result groups, and the result opened from them in view and focused. */
  async restore(query: string, state: EntryState) {
    await this.run(query, undefined, state.shown);
    if (state.opened === undefined || this.dataset.rendered !== String(this.#sequence)) return;
    const link = this.querySelectorAll<HTMLAnchorElement>('[data-results] a')[state.opened];
    link?.focus({ preventScroll: true });
    link?.scrollIntoView({ block: 'center' });
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

  /**
   * Searches and renders `shown` result groups; `phraseRead` reads that many candidates to check a quoted phrase
   * (the reader asked).
   */
  async run(query: string, phraseRead?: number, shown = GROUPS_PER_PAGE) {
    const sequence = ++this.#sequence;
    document.title = queryTitle(query, this.#title);
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
      this.#history.remember({ shown: list.children.length });
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
