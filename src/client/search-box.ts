// <search-box>: runs searches in the browser over the prebuilt index, keeps the query in the URL, and lets the
// keyboard do everything ("/" to focus, arrows through results). The form works without it, as a plain GET.
import type { SearchData } from '../lib/search/data.ts';
import { createFuse, search, type SearchResult } from '../lib/search/engine.ts';
import type { SnippetSegment } from '../lib/text/snippet.ts';
import { articleCaption, plural } from '../lib/present/format.ts';
import { paragraphUrl, SEARCH_INDEX_URL } from '../lib/routes.ts';
import { el } from './dom.ts';

type Loaded = { data: SearchData; fuse: ReturnType<typeof createFuse> };

/** Result groups and hits per group drawn at once: a common word in a large corpus must not build a huge page. */
const MAX_GROUPS = 40;
const MAX_HITS = 8;

function segmentsInto(parent: HTMLElement, segments: readonly SnippetSegment[]) {
  for (const s of segments) parent.append(s.mark ? el('mark', s.text) : document.createTextNode(s.text));
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

class SearchBox extends HTMLElement {
  #loaded: Promise<Loaded> | null = null;
  #sequence = 0;
  /** True while the current history entry belongs to a query being typed, so keystrokes replace it. */
  #typing = false;

  connectedCallback() {
    const form = this.querySelector('form') as HTMLFormElement;
    const input = this.querySelector('input[name="q"]') as HTMLInputElement;
    const results = this.querySelector('[data-results]') as HTMLElement;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run(input.value, this.#typing ? 'replace' : 'push');
      this.#typing = false;
    });
    // The first keystroke of a new query starts a history entry; later ones update it, so Back returns to the
    // previous query rather than to each letter typed.
    input.addEventListener('input', () => {
      void this.run(input.value, this.#typing ? 'replace' : 'push');
      this.#typing = true;
    });
    input.addEventListener('focus', () => void this.load(), { once: true });
    input.addEventListener('keydown', (event) => {
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
    window.addEventListener('popstate', () => {
      this.#typing = false;
      input.value = new URL(location.href).searchParams.get('q') ?? '';
      void this.run(input.value, 'none');
    });
    const initial = new URL(location.href).searchParams.get('q');
    if (initial) {
      input.value = initial;
      void this.run(initial, 'none');
    }
  }

  /** Fetches the index once, on first focus or first query, so visitors who never search download nothing. */
  load(): Promise<Loaded> {
    this.#loaded ??= fetch(this.dataset.index ?? SEARCH_INDEX_URL)
      .then((r) => r.json() as Promise<SearchData>)
      .then((data) => ({ data, fuse: createFuse(data) }));
    return this.#loaded;
  }

  async run(query: string, history: 'push' | 'replace' | 'none') {
    const sequence = ++this.#sequence;
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (history === 'push' && url.href !== location.href) window.history.pushState(null, '', url);
    if (history === 'replace') window.history.replaceState(null, '', url);
    const status = this.querySelector('[data-status]') as HTMLElement;
    const results = this.querySelector('[data-results]') as HTMLElement;
    if (!query.trim()) {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    const { data, fuse } = await this.load();
    if (sequence !== this.#sequence) return;
    const result = search(data, fuse, query);
    this.render(result, query, results, status);
    this.dataset.rendered = String(sequence);
  }

  render(result: SearchResult, query: string, results: HTMLElement, status: HTMLElement) {
    const articles = result.groups.length;
    status.textContent = result.hitCount === 0
      ? `No paragraphs match “${query}”.`
      : `${plural(result.hitCount, 'paragraph')} in ${plural(articles, 'article')} match “${query}”${result.term ? `, including every name for ${result.term.name}` : ''}.`;
    const list = el('ol', undefined, 'result-groups');
    for (const group of result.groups.slice(0, MAX_GROUPS)) {
      const item = el('li');
      item.dataset.article = group.article.id;
      const caption = articleCaption(group.article);
      const heading = el('h2', undefined, 'result-title');
      const link = el('a', caption.title);
      link.href = caption.url;
      heading.append(link);
      const meta = el('p', `${caption.outlet} · ${caption.dateText} · ${plural(group.hits.length, 'hit')}`, 'meta');
      const hits = el('ol', undefined, 'hits');
      for (const hit of group.hits.slice(0, MAX_HITS)) {
        const li = el('li');
        const a = el('a');
        a.href = paragraphUrl(group.article.id, hit.paragraph);
        const label = el('span', `¶${hit.paragraph} `, 'para-number');
        a.append(label);
        segmentsInto(a, hit.segments);
        li.append(a);
        if (hit.via) li.append(el('span', ` matched “${hit.via}”`, 'via'));
        hits.append(li);
      }
      item.append(heading, meta, hits);
      if (group.hits.length > MAX_HITS) item.append(el('p', `${group.hits.length - MAX_HITS} more in this article: open it and use the browser’s find.`, 'meta'));
      list.append(item);
    }
    const more = result.groups.length > MAX_GROUPS ? [el('p', `Showing the best ${MAX_GROUPS} of ${articles} articles; refine the query to see others.`, 'meta')] : [];
    results.replaceChildren(list, ...more);
  }
}

customElements.define('search-box', SearchBox);
