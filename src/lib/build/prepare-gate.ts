// The build starts Astro while the prepare step runs (scripts/build.ts): Astro's own start (loading Astro, Vite and
// the config, about 2.5 s) needs nothing of the corpus, and its pages need the parsed entries and the comparison but
// not the data files (JSON API, search and check indexes) the prepare step writes last. So Astro waits twice: its
// content loader until the cache is written, and its last step, which adds the data files to the output, until they
// are. Each wait is a question Astro asks and the build script answers once that stage is done: a message sent before
// Astro listened would be lost, a reply to its own question cannot be.

/** The environment variable scripts/build.ts sets on the Astro it starts early, with an IPC channel. */
export const AWAIT_PREPARE_ENV = 'WIREDIFF_AWAIT_PREPARE';

/** What Astro waits for: the build cache (entries and comparison), then the data bundle. */
export type PrepareStage = 'cache' | 'data';

/** Astro's question and the build script's answer, for one stage. */
export interface GateMessage {
  wirediff: 'waiting' | 'ready';
  stage: PrepareStage;
}

/** The prepare step to the build script: the cache is written, the data files are being made. */
export const CACHE_WRITTEN_MESSAGE = 'wirediff:cache-written';

/** Tells a gate message from anything else on the channel. */
export function isGateMessage(message: unknown, kind: GateMessage['wirediff']): message is GateMessage {
  const m = message as Partial<GateMessage> | null;
  return typeof m === 'object' && m !== null && m.wirediff === kind && (m.stage === 'cache' || m.stage === 'data');
}

/** The part of a Node process the gate uses (a fake in tests). */
export interface GateProcess {
  env: Record<string, string | undefined>;
  send?: (message: unknown) => unknown;
  on(event: 'message' | 'disconnect', listener: (message?: unknown) => void): unknown;
  off(event: 'message' | 'disconnect', listener: (message?: unknown) => void): unknown;
  disconnect?: () => void;
}

/** Whether this Astro was started by scripts/build.ts beside the prepare step (else nothing is waited for). */
export function startedBesidePrepare(proc: GateProcess = process as unknown as GateProcess): boolean {
  return Boolean(proc.env[AWAIT_PREPARE_ENV] && proc.send);
}

/** One wait per process and stage: Astro may run its loader more than once, the question is asked once. */
const waits = new WeakMap<GateProcess, Map<PrepareStage, Promise<void>>>();

/**
 * Resolves once the build script says the stage is done; at once when Astro was started any other way (`astro dev`,
 * `astro sync`, a test). Rejects when the script goes away first (its prepare step failed and it is stopping). After
 * the last stage, the channel is let go.
 */
export function preparedStage(stage: PrepareStage, proc: GateProcess = process as unknown as GateProcess): Promise<void> {
  if (!startedBesidePrepare(proc)) return Promise.resolve();
  const known = waits.get(proc) ?? new Map<PrepareStage, Promise<void>>();
  waits.set(proc, known);
  const existing = known.get(stage);
  if (existing) return existing;
  const waiting = new Promise<void>((resolve, reject) => {
    const done = () => {
      proc.off('message', onMessage);
      proc.off('disconnect', onGone);
    };
    const onMessage = (message?: unknown) => {
      if (!isGateMessage(message, 'ready') || message.stage !== stage) return;
      done();
      if (stage === 'data') proc.disconnect?.();
      resolve();
    };
    const onGone = () => {
      done();
      reject(new Error(`the build stopped before the prepare step's ${stage === 'cache' ? 'cache' : 'data files'} were written`));
    };
    proc.on('message', onMessage);
    proc.on('disconnect', onGone);
    proc.send?.({ wirediff: 'waiting', stage } satisfies GateMessage);
  });
  known.set(stage, waiting);
  return waiting;
}

/** The channel to the Astro child, as the build script holds it. */
export interface GateChild {
  on(event: 'message', listener: (message: unknown) => void): unknown;
  send(message: unknown): unknown;
  connected: boolean;
}

/** The build script's side: answers each of Astro's questions once that stage's promise settles well, never if it fails. */
export function answerStages(child: GateChild, stages: Readonly<Record<PrepareStage, Promise<unknown>>>): void {
  child.on('message', (message) => {
    if (!isGateMessage(message, 'waiting')) return;
    const { stage } = message;
    stages[stage].then(
      () => {
        if (child.connected) child.send({ wirediff: 'ready', stage } satisfies GateMessage);
      },
      () => undefined,
    );
  });
}
