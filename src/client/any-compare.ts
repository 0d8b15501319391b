// <any-compare>: the /compare/ form. Aligns two corpus articles, or an article and a pasted text or local file, in
// the browser, with the engine loaded on first use. Two articles are kept in the URL (?a=…&b=…), so a comparison
// can be shared and is restored on load and on Back; a pasted text never goes into the URL or anywhere else.
import { articleIdOf, compareAnyUrl, queryParam } from '../lib/routes.ts';
import { unreadableSideText } from '../lib/present/unreadable-address.ts';
import type { TextInput } from './check-engine.ts';
import { EngineForm } from './engine-form.ts';

class AnyCompare extends EngineForm {
  /** The page's own title, which a comparison's title goes before (a tab, a bookmark or history says what was compared). */
  #title = document.title;

  connectedCallback(): void {
    this.#title = document.title;
    const form = this.querySelector('form') as HTMLFormElement;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    this.preloadOnFocus(form);
    addEventListener('popstate', () => this.restore());
    this.dataset.state = 'ready';
    this.restore();
  }

  field<T extends HTMLElement>(name: string): T {
    return this.querySelector(`[data-field="${name}"]`) as T;
  }

  /**
   * Fills the form from the URL and compares when it names two articles, or says what is missing when it names one,
   * or which one cannot be read.
   */
  restore(): void {
    const [givenA, givenB] = [queryParam(location.search, 'a'), queryParam(location.search, 'b')];
    // A shared link, or the form sent before this script ran, may name an article by its page address.
    const a = articleIdOf(givenA ?? '');
    const b = articleIdOf(givenB ?? '');
    this.field<HTMLInputElement>('a').value = a;
    this.field<HTMLInputElement>('b').value = b;
    if (givenA === null || givenB === null) {
      this.clearReader();
      this.say(unreadableSideText(givenA === null ? 'A' : 'B'), true);
    } else if (a && b) void this.compare(a, b);
    else if (a || b) void this.describe(a ? { a } : { b });
  }

  /** Says which side an address naming only one article lacks, or that the article named is not in the corpus. */
  describe(given: { a?: string; b?: string }): Promise<void> {
    return this.run('Looking up the article…', (engine) => engine.describeOneSide(given), () => this.clearReader());
  }

  submit(): void {
    const a = articleIdOf(this.field<HTMLInputElement>('a').value);
    const b = articleIdOf(this.field<HTMLInputElement>('b').value);
    const text = this.field<HTMLTextAreaElement>('text').value;
    const file = this.field<HTMLInputElement>('file').files?.[0];
    if (!a) return this.say('Name article A: its id, the address of its page or words of its title.', true);
    if ([b, text.trim(), file].filter(Boolean).length !== 1) return this.say('Give one text B: an article, a pasted text or a file.', true);
    const url = compareAnyUrl(a, b || null);
    if (`${location.pathname}${location.search}` !== url) history.pushState(null, '', url);
    void this.compare(a, b || (file ? { kind: 'file', file } : { kind: 'text', text }));
  }

  /** Puts the chosen article's id in the field that held the words, and compares again. */
  override choose(given: string, id: string): void {
    for (const name of ['a', 'b']) {
      const field = this.field<HTMLInputElement>(name);
      if (articleIdOf(field.value) === given) field.value = id;
    }
    this.submit();
  }

  async compare(a: string, b: string | TextInput): Promise<void> {
    await this.run('Aligning the two texts…', (engine) => engine.runCompare(a, b, this.reader()), () => this.clearReader());
    const heading = this.reader().hidden ? null : this.reader().querySelector('h2');
    document.title = heading?.textContent ? `${heading.textContent} · ${this.#title}` : this.#title;
  }

  /** The element the reader is rendered into. */
  reader(): HTMLElement {
    return this.querySelector('[data-reader]') as HTMLElement;
  }

  /** Empties and hides the reader (after a problem, so no stale comparison stays under the message). */
  clearReader(): void {
    document.title = this.#title;
    this.reader().replaceChildren();
    this.reader().hidden = true;
  }
}

customElements.define('any-compare', AnyCompare);
