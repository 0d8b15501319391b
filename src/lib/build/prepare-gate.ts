// The build starts Astro while the prepare step runs (scripts/build.ts): Astro's own start (loading Astro, Vite and
// the config, about 2.5 s) needs nothing of the corpus, so it runs on the core the prepare step leaves idle most of
// the time. The content loader is the first part of Astro that reads the build cache, so it waits here for the build
// script's word that the cache is written. Astro asks and the script answers: a message sent before the loader
// listened would be lost, a reply to its own question cannot be.

/** The environment variable scripts/build.ts sets on the Astro it starts early, with an IPC channel. */
export const AWAIT_PREPARE_ENV = 'WIREDIFF_AWAIT_PREPARE';

/** Astro to the build script: the content loader is waiting for the cache. */
export const WAITING_MESSAGE = 'wirediff:waiting-for-prepare';

/** The build script to Astro: the prepare step has written the cache (and the data bundle). */
export const PREPARED_MESSAGE = 'wirediff:prepared';

/** The part of a Node process the gate uses (a fake in tests). */
export interface GateProcess {
  env: Record<string, string | undefined>;
  send?: (message: unknown) => unknown;
  on(event: 'message' | 'disconnect', listener: (message?: unknown) => void): unknown;
  off(event: 'message' | 'disconnect', listener: (message?: unknown) => void): unknown;
  disconnect?: () => void;
}

/** One wait per process: Astro may run its loader more than once, the question is asked once. */
const waits = new WeakMap<GateProcess, Promise<void>>();

/**
 * Resolves once the build script says the cache is written; at once when Astro was started any other way (`astro
 * dev`, `astro sync`, a test). Rejects when the script goes away first (its prepare step failed and it is stopping).
 */
export function preparedCache(proc: GateProcess = process as unknown as GateProcess): Promise<void> {
  if (!proc.env[AWAIT_PREPARE_ENV] || !proc.send) return Promise.resolve();
  const known = waits.get(proc);
  if (known) return known;
  const waiting = new Promise<void>((resolve, reject) => {
    const done = () => {
      proc.off('message', onMessage);
      proc.off('disconnect', onGone);
    };
    const onMessage = (message?: unknown) => {
      if (message !== PREPARED_MESSAGE) return;
      done();
      proc.disconnect?.();
      resolve();
    };
    const onGone = () => {
      done();
      reject(new Error('the build stopped before the corpus was prepared'));
    };
    proc.on('message', onMessage);
    proc.on('disconnect', onGone);
    proc.send?.(WAITING_MESSAGE);
  });
  waits.set(proc, waiting);
  return waiting;
}

/** The build script's side: answers Astro's question once `prepared` settles well, and never when it fails. */
export function answerWhenPrepared(child: { on(event: 'message', listener: (message: unknown) => void): unknown; send(message: unknown): unknown; connected: boolean }, prepared: Promise<unknown>): void {
  child.on('message', (message) => {
    if (message !== WAITING_MESSAGE) return;
    prepared.then(
      () => {
        if (child.connected) child.send(PREPARED_MESSAGE);
      },
      () => undefined,
    );
  });
}
