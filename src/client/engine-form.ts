// The common part of <text-check> and <any-compare>: loading the engine on first use, a status line, and running a
// task with it so that a problem with the reader's input is told in words and the page never stays "busy".
import { CHECK_MANIFEST_URL } from '../lib/routes.ts';

/** What the loaded engine offers (see check-engine.ts). */
export type Engine = typeof import('./check-engine.ts');

/** A form element whose work is done by the on-demand engine. */
export class EngineForm extends HTMLElement {
  #engine: Promise<Engine> | null = null;
  #sequence = 0;
  #started: number | null = null;

  /**
   * Loads the engine once, and the check index's manifest beside it (not after it: both are needed before anything
   * else can be fetched); called early (on focus) so the work starts at once.
   */
  engine(): Promise<Engine> {
    if (!this.#engine) {
      const manifest = fetch(CHECK_MANIFEST_URL).then((r) => (r.ok ? r.json() : null), () => null);
      this.#engine = import('./check-engine.ts').then((engine) => {
        engine.useManifest(manifest);
        return engine;
      });
    }
    return this.#engine;
  }

  /** Notes how long the current run took to show its result (`data-result-ms`, for the benchmark). */
  resultShown(): void {
    if (this.#started !== null) this.dataset.resultMs = String(Math.round(performance.now() - this.#started));
  }

  /** Starts loading the engine when any of the form's controls gets focus. */
  preloadOnFocus(form: HTMLFormElement): void {
    for (const control of form.querySelectorAll('input, textarea')) control.addEventListener('focus', () => void this.engine(), { once: true });
  }

  /**
   * Writes the status line (`[data-status]`); a problem is marked as such, not by colour alone. Articles to choose
   * from (words that named no one article) follow as buttons, each choosing its article in place of the words.
   */
  say(text: string, problem = false, choices: { given: string; articles: readonly { id: string; text: string }[] } | null = null): void {
    const status = this.querySelector('[data-status]') as HTMLElement;
    status.textContent = text;
    status.classList.toggle('problem', problem);
    // The list stands after the status line, not in it: a paragraph cannot hold a list.
    status.parentElement?.querySelector(':scope > ul.choices')?.remove();
    if (!choices) return;
    const list = document.createElement('ul');
    list.className = 'choices';
    list.setAttribute('aria-label', 'Articles to choose from');
    for (const article of choices.articles) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = article.text;
      button.addEventListener('click', () => this.choose(choices.given, article.id));
      const item = document.createElement('li');
      item.append(button);
      list.append(item);
    }
    status.after(list);
    (list.querySelector('button') as HTMLButtonElement | null)?.focus();
  }

  /** An article chosen for the words `given` (see say); a form naming articles puts its id in their place. */
  choose(given: string, id: string): void {
    void given;
    void id;
  }

  /**
   * Brings the status line, and the result under it, into view when the form has pushed it off the screen (a long
   * pasted text: a first user pressed the button and saw nothing happen). Focus stays where the reader left it.
   */
  reveal(): void {
    const status = this.querySelector('[data-status]') as HTMLElement;
    const { top, bottom } = status.getBoundingClientRect();
    if (top >= 0 && bottom <= window.innerHeight * 0.75) return;
    status.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  }

  /**
   * Runs `task` with the engine. A ReaderMessage (bad input, unknown article) is said in the status line after
   * `clear()`; a newer run makes an older one's outcome moot. `data-state` and `data-ms` tell tests and benchmarks
   * when the page is done and how long it took in all (`data-result-ms`: until the result showed, see resultShown).
   */
  async run(busy: string, task: (engine: Engine) => Promise<string | void>, clear: () => void): Promise<void> {
    const sequence = ++this.#sequence;
    const started = performance.now();
    this.#started = started;
    this.dataset.state = 'running';
    this.say(busy);
    try {
      const engine = await this.engine();
      try {
        const done = await task(engine);
        if (done && sequence === this.#sequence) this.say(done);
      } catch (error) {
        if (!(error instanceof engine.ReaderMessage)) throw error;
        clear();
        this.say(error.message, true, error.choices);
      }
    } catch (error) {
      this.say(`Something went wrong: ${(error as Error).message}`, true);
    } finally {
      if (sequence === this.#sequence) {
        this.reveal();
        this.dataset.ms = String(Math.round(performance.now() - started));
        this.dataset.state = 'done';
      }
    }
  }
}
