// <compare-reader>: progressive enhancement of a pair page. Without it the page is complete (side by side, every
// row shown); with it, unchanged runs fold, buttons switch to the inline view and step through the changes, and
// j/n and k/p do the same from the keyboard unless the reader switches single-key shortcuts off (WCAG 2.1.4).
// Anchor ids come from the page (built by routes on the server), so this element imports nothing and stays small
// enough to be inlined.

/** Where the reader's choice to switch single-key shortcuts off is kept, for every pair page. */
const SHORTCUTS_KEY = 'wirediff:shortcuts';

/** Reads or writes a stored setting; storage can be unavailable (private modes, blocked cookies). */
function stored(value?: string): string | null {
  try {
    if (value !== undefined) localStorage.setItem(SHORTCUTS_KEY, value);
    return localStorage.getItem(SHORTCUTS_KEY);
  } catch {
    return null;
  }
}

/** Makes a toggle button; `aria-pressed` carries its state for assistive technology. */
function toggle(label: string, on: boolean, onChange: (on: boolean) => void): HTMLButtonElement {
  const b = button(label, () => {
    const next = b.getAttribute('aria-pressed') !== 'true';
    b.setAttribute('aria-pressed', String(next));
    onChange(next);
  });
  b.setAttribute('aria-pressed', String(on));
  return b;
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

/** The row a change link points at (`#row-M`). */
function rowOf(link: HTMLAnchorElement): HTMLElement | null {
  return document.getElementById(link.hash.slice(1));
}

class CompareReader extends HTMLElement {
  private links: HTMLAnchorElement[] = [];
  /**
   * The current change's index; a half-way value (i - 0.5) is a place between changes i - 1 and i, as when a deep
   * link opens a row without changes: j then goes to the next change after it and k to the one before.
   */
  private current = -0.5;
  private shortcuts = stored() !== 'off';
  private status = document.createElement('output');
  private bar: HTMLElement | null = null;
  /** Page-wide listeners, removed when a reader built in the browser (/check/, /compare/) is replaced by another. */
  private listeners = new AbortController();
  private resize: ResizeObserver | null = null;

  connectedCallback(): void {
    const bar = this.querySelector<HTMLElement>('[data-toolbar]');
    if (!bar || bar.childElementCount > 0) return;
    this.bar = bar;
    this.links = [...this.querySelectorAll<HTMLAnchorElement>('a[data-change]')];
    const target = decodeURIComponent(location.hash.slice(1));
    const targetEl = target ? document.getElementById(target) : null;
    // Fold unchanged runs, except one holding the row a deep link points at.
    for (const d of this.querySelectorAll('details[data-run]')) {
      if (!targetEl || !d.contains(targetEl)) (d as HTMLDetailsElement).open = false;
    }
    bar.append(toggle('Inline view', false, (on) => (on ? this.setAttribute('data-view', 'inline') : this.removeAttribute('data-view'))));
    // A link to a row that is not a change (where a given text was found) opens the folded run holding it.
    for (const a of this.querySelectorAll<HTMLAnchorElement>('a[data-row-link]')) {
      a.addEventListener('click', () => {
        const run = this.querySelector(a.hash)?.closest('details');
        if (run) run.open = true;
      });
    }
    if (this.links.length > 0) {
      bar.append(
        button('Previous change', () => this.go(-1)),
        button('Next change', () => this.go(1)),
        toggle('Single-key shortcuts', this.shortcuts, (on) => {
          this.shortcuts = on;
          stored(on ? 'on' : 'off');
        }),
        this.status,
      );
      this.status.setAttribute('aria-live', 'polite');
      for (const hint of this.querySelectorAll('[data-js-only]')) hint.removeAttribute('hidden');
      this.links.forEach((a, i) => a.addEventListener('click', () => this.select(i, false)));
      // A deep link to a change or to a row makes that change (the row's first) the current one; a deep link to a
      // row without changes puts the reader between the changes before and after it.
      const linked = this.links.findIndex((a) => a.closest('li[id]')?.id === target || a.hash === `#${target}`);
      this.current = linked >= 0 ? linked : this.placeAfter(targetEl) - 0.5;
      if (linked >= 0) this.mark(linked);
      document.addEventListener('keydown', (e) => this.key(e), { signal: this.listeners.signal });
    }
    this.measure();
    this.resize = new ResizeObserver(() => this.measure());
    this.resize.observe(bar);
    if (targetEl && this.contains(targetEl)) targetEl.scrollIntoView();
    // Paper shows every row: open the folded runs while printing, fold them again after.
    const folded = () => [...this.querySelectorAll<HTMLDetailsElement>('details[data-run]:not([open])')];
    let reopened: HTMLDetailsElement[] = [];
    addEventListener('beforeprint', () => {
      reopened = folded();
      for (const d of reopened) d.open = true;
    }, { signal: this.listeners.signal });
    addEventListener('afterprint', () => {
      for (const d of reopened) d.open = false;
    }, { signal: this.listeners.signal });
  }

  disconnectedCallback(): void {
    this.resize?.disconnect();
    this.listeners.abort();
    this.listeners = new AbortController();
  }

  /** Rows scrolled to (links, j/k, deep links) land below the sticky toolbar, whose height changes as it wraps. */
  private measure(): void {
    this.style.setProperty('--toolbar-h', `${this.bar?.offsetHeight ?? 0}px`);
  }

  private key(e: KeyboardEvent): void {
    if (!this.shortcuts || e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
    const t = e.target as HTMLElement;
    if (t.closest('input, textarea, select, [contenteditable]')) return;
    const step = { j: 1, n: 1, k: -1, p: -1 }[e.key];
    if (!step) return;
    e.preventDefault();
    this.go(step);
  }

  /** How many changes lie before an element in reading order (0 when there is none, or no element). */
  private placeAfter(el: Element | null): number {
    if (!el || !this.contains(el) || el.closest('.change-list')) return 0;
    const before = this.links.filter((a) => {
      const row = rowOf(a);
      return row !== null && row !== el && (row.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    return before.length;
  }

  private go(step: number): void {
    const n = this.links.length;
    const from = Number.isInteger(this.current) ? this.current + step : step > 0 ? Math.ceil(this.current) : Math.floor(this.current);
    this.select((from + n) % n, true);
    // Stepping past the last change (or before the first) goes round: said, so the reader knows the list was done.
    if (from >= n) this.status.textContent += ' (past the last change, back to the first)';
    else if (from < 0) this.status.textContent += ' (before the first change, on to the last)';
  }

  /**
   * Marks change i as current where it shows, so the reader sees which it is even when several share a row or focus
   * has moved on: its change-list link and its reference in the row get aria-current, the entry and the row
   * data-current (compare.css draws an outline and an arrow, not a colour alone).
   */
  private mark(i: number): void {
    for (const old of this.querySelectorAll('[data-current], [aria-current]')) {
      old.removeAttribute('data-current');
      old.removeAttribute('aria-current');
    }
    const link = this.links[i];
    const entry = link?.closest('li[id]');
    const row = link && rowOf(link);
    link?.setAttribute('aria-current', 'true');
    entry?.setAttribute('data-current', '');
    row?.setAttribute('data-current', '');
    row?.querySelector(`a.change-ref[href="#${entry?.id}"]`)?.setAttribute('aria-current', 'true');
  }

  /** Makes change i current: marks and says where it is, and (when asked) moves focus to its row and the address with it. */
  private select(i: number, focus: boolean): void {
    this.current = i;
    const link = this.links[i];
    if (!link) return;
    this.mark(i);
    this.status.textContent = `Change ${i + 1} of ${this.links.length}: ${link.textContent ?? ''}`;
    // The status can wrap the toolbar onto another line: measure now, before a link or j/k scrolls to the row.
    this.measure();
    const row = rowOf(link);
    const run = row?.closest('details');
    if (run) run.open = true;
    if (focus && row) {
      // The address names the row that gets focus, so a copied link reopens exactly what is on screen.
      history.replaceState(null, '', link.hash);
      row.focus({ preventScroll: true });
      row.scrollIntoView({ block: 'start' });
    }
  }
}

customElements.define('compare-reader', CompareReader);
