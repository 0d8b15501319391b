// The search's place in the browser's history: the address follows the box once typing pauses, and each settled
// query is one history entry (Back returns to it), with how many results were shown and which one was opened.
import { queryParam } from '../lib/routes.ts';

/** A query left alone this long is settled: the next change starts a new history entry, so Back returns to it. */
const SETTLE_MS = 1000;

/**
 * The address follows the box once typing pauses this long, not on every key: each history call cost Chromium a few
 * milliseconds and a request for the favicon (measured: keystroke median 10 → 5 ms, p95 −15 ms at 1,000 articles).
 */
export const URL_PAUSE_MS = 250;

/** What the search keeps in its history entry: how many result groups were shown, and which result link was opened. */
export interface EntryState {
  shown?: number;
  opened?: number;
}

/** The entry's state, when it is one the search wrote (anything else is ignored). */
export function entryState(state: unknown): EntryState {
  if (typeof state !== 'object' || state === null) return {};
  const { shown, opened } = state as Record<string, unknown>;
  return { shown: typeof shown === 'number' ? shown : undefined, opened: typeof opened === 'number' ? opened : undefined };
}

/** The query the address shows ('' for none), or null when its escapes cannot be read (see `queryParam`). */
export function addressQuery(): string | null {
  return queryParam(location.search, 'q');
}

/** Keeps the address and the history entries in step with the search box. */
export class QueryHistory {
  /** True while the current history entry holds a settled query (or the page as opened): a change then pushes. */
  #settled = true;
  #settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** The query the address still has to show (typed, not yet written). */
  #unwritten: string | null = null;
  #urlTimer: ReturnType<typeof setTimeout> | undefined;

  /** A key changed the query: the address follows once typing pauses, and the query settles if left alone. */
  typed(query: string) {
    this.#unwritten = query;
    clearTimeout(this.#urlTimer);
    this.#urlTimer = setTimeout(() => this.write(), URL_PAUSE_MS);
    clearTimeout(this.#settleTimer);
    // An emptied box never settles: the next query replaces it rather than leaving an empty page in history.
    this.#settleTimer = setTimeout(() => this.settle(query.trim() !== ''), SETTLE_MS);
  }

  /** The query was sent (Enter): written and settled at once. */
  sent(query: string) {
    this.#unwritten = query;
    this.write();
    this.settle(true);
  }

  /** Back or Forward moved to another entry: nothing typed is left to write, and the entry's query is settled. */
  moved() {
    clearTimeout(this.#urlTimer);
    this.#unwritten = null;
    this.settle(true);
  }

  /** Settles the current query (or not, for an emptied box); a query still unwritten is written first. */
  settle(settled: boolean) {
    this.write();
    clearTimeout(this.#settleTimer);
    this.#settled = settled;
  }

  /** Puts the unwritten query in the address: a new history entry after a settled query, else the current one. */
  write() {
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

  /** Adds to the current history entry's state, unless the address does not show a query (nothing to come back to). */
  remember(state: EntryState) {
    if (!addressQuery()) return;
    history.replaceState({ ...entryState(history.state), ...state }, '', location.href);
  }
}
