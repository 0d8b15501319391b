// <compare-reader>: progressive enhancement of a pair page. Without it the page is complete (side by side, every
// row shown); with it, unchanged runs fold, buttons switch to the inline view, hide boilerplate and step through
// the changes, and j/n and k/p do the same from the keyboard. Anchor ids come from the page (built by routes on the
// server), so this element imports nothing and stays small enough to be inlined.

/** Makes a toggle button; `aria-pressed` carries its state for assistive technology. */
function toggle(label: string, onChange: (on: boolean) => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.setAttribute('aria-pressed', 'false');
  b.addEventListener('click', () => {
    const on = b.getAttribute('aria-pressed') !== 'true';
    b.setAttribute('aria-pressed', String(on));
    onChange(on);
  });
  return b;
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

/** The id of the change-list entry a change link sits in (`change-N`). */
function changeIdOf(link: HTMLAnchorElement): string {
  return link.closest('li[id]')?.id ?? '';
}

class CompareReader extends HTMLElement {
  private links: HTMLAnchorElement[] = [];
  private current = -1;
  private status = document.createElement('output');
  /** Page-wide listeners, removed when a reader built in the browser (/check/, /compare/) is replaced by another. */
  private listeners = new AbortController();

  connectedCallback(): void {
    const bar = this.querySelector('[data-toolbar]');
    if (!bar || bar.childElementCount > 0) return;
    this.links = [...this.querySelectorAll<HTMLAnchorElement>('a[data-change]')];
    const target = decodeURIComponent(location.hash.slice(1));
    // Fold unchanged runs, except one holding the row a deep link points at.
    for (const d of this.querySelectorAll('details[data-run]')) {
      if (!target || !d.querySelector(`[id="${CSS.escape(target)}"]`)) (d as HTMLDetailsElement).open = false;
    }
    bar.append(toggle('Inline view', (on) => (on ? this.setAttribute('data-view', 'inline') : this.removeAttribute('data-view'))));
    if (this.querySelector('[data-boilerplate]')) bar.append(toggle('Hide boilerplate', (on) => this.toggleAttribute('data-boilerplate-hidden', on)));
    if (this.links.length > 0) {
      bar.append(button('Previous change', () => this.go(-1)), button('Next change', () => this.go(1)), this.status);
      this.status.setAttribute('aria-live', 'polite');
      for (const hint of this.querySelectorAll('[data-js-only]')) hint.removeAttribute('hidden');
      this.links.forEach((a, i) => a.addEventListener('click', () => this.select(i, false)));
      const current = this.links.findIndex((a) => changeIdOf(a) === target);
      if (current >= 0) this.current = current;
      document.addEventListener('keydown', (e) => this.key(e), { signal: this.listeners.signal });
    }
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
    this.listeners.abort();
    this.listeners = new AbortController();
  }

  private key(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
    const t = e.target as HTMLElement;
    if (t.closest('input, textarea, select, [contenteditable]')) return;
    const step = { j: 1, n: 1, k: -1, p: -1 }[e.key];
    if (!step) return;
    e.preventDefault();
    this.go(step);
  }

  private go(step: number): void {
    const n = this.links.length;
    this.select(this.current < 0 ? (step > 0 ? 0 : n - 1) : (this.current + step + n) % n, true);
  }

  /** Makes change i current: says where it is, and (when asked) moves focus to its row. */
  private select(i: number, focus: boolean): void {
    this.current = i;
    const link = this.links[i];
    if (!link) return;
    this.status.textContent = `Change ${i + 1} of ${this.links.length}: ${link.textContent ?? ''}`;
    const row = document.getElementById(link.hash.slice(1));
    const run = row?.closest('details');
    if (run) run.open = true;
    if (focus && row) {
      history.replaceState(null, '', `#${changeIdOf(link)}`);
      row.focus();
    }
  }
}

customElements.define('compare-reader', CompareReader);
