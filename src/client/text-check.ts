// <text-check>: the /check/ form. Reads the pasted text or a chosen file, loads the engine on first use (so the page
// itself stays small) and shows which corpus articles share text with it. The text never leaves the browser: the
// form has no action that sends it anywhere, and the engine only downloads index shards and article entries.
import type { TextInput } from './check-engine.ts';
import { EngineForm } from './engine-form.ts';
import { checkedOnLine } from '../lib/present/format.ts';

class TextCheck extends EngineForm {
  connectedCallback(): void {
    const form = this.querySelector('form') as HTMLFormElement;
    const textarea = form.querySelector('textarea') as HTMLTextAreaElement;
    const file = form.querySelector<HTMLInputElement>('input[type="file"]');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (textarea.value.trim()) void this.check({ kind: 'text', text: textarea.value });
      else this.say('Paste a text first, or choose a file.', true);
    });
    file?.addEventListener('change', () => {
      const chosen = file.files?.[0];
      if (chosen) void this.check({ kind: 'file', file: chosen });
    });
    this.preloadOnFocus(form);
    this.dataset.state = 'ready';
  }

  check(input: TextInput): Promise<void> {
    const list = this.querySelector('#matches') as HTMLOListElement;
    const reader = this.querySelector('[data-reader]') as HTMLElement;
    const status = this.querySelector('[data-status]') as HTMLElement;
    const read = this.querySelector('[data-read]') as HTMLElement;
    // On paper the result says when and where it was made: the corpus changes, and a printout outlives the page.
    const printedOn = this.querySelector('[data-printed-on]') as HTMLElement;
    printedOn.hidden = true;
    return this.run(
      'Checking your text against the corpus…',
      async (engine) => {
        await engine.runCheck(input, list, status, reader, () => this.resultShown(), read);
        printedOn.textContent = checkedOnLine(new Date(), location.href);
        printedOn.hidden = false;
      },
      () => {
        read.replaceChildren();
        read.hidden = true;
        list.replaceChildren();
        list.hidden = true;
        reader.replaceChildren();
        reader.hidden = true;
      },
    );
  }
}

customElements.define('text-check', TextCheck);
