// The gate between the prepare step and the Astro started beside it: Astro asks, the build script answers once the
// cache is written, and never when the prepare step failed.
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { answerWhenPrepared, AWAIT_PREPARE_ENV, PREPARED_MESSAGE, preparedCache, WAITING_MESSAGE } from '../../../src/lib/build/prepare-gate.ts';

/** A process with an IPC channel, recording what it sends. */
function fakeProcess(env: Record<string, string> = { [AWAIT_PREPARE_ENV]: '1' }) {
  const emitter = new EventEmitter();
  const sent: unknown[] = [];
  let disconnected = false;
  const proc = Object.assign(emitter, { env, send: (m: unknown) => sent.push(m), disconnect: () => (disconnected = true) });
  return { proc, sent, isDisconnected: () => disconnected };
}

const settled = async (promise: Promise<unknown>) => {
  let state = 'pending';
  promise.then(() => (state = 'resolved'), () => (state = 'rejected'));
  await new Promise((r) => setTimeout(r, 0));
  return state;
};

describe('preparedCache', () => {
  it('does not wait when Astro was started any other way', async () => {
    const { proc, sent } = fakeProcess({});
    expect(await settled(preparedCache(proc))).toBe('resolved');
    expect(sent).toEqual([]);
  });

  it('asks once, waits for the answer, ignores other messages, then lets the channel go', async () => {
    const { proc, sent, isDisconnected } = fakeProcess();
    const first = preparedCache(proc);
    expect(preparedCache(proc)).toBe(first);
    expect(sent).toEqual([WAITING_MESSAGE]);
    proc.emit('message', 'something else');
    expect(await settled(first)).toBe('pending');
    proc.emit('message', PREPARED_MESSAGE);
    expect(await settled(first)).toBe('resolved');
    expect(isDisconnected()).toBe(true);
    expect(proc.listenerCount('message') + proc.listenerCount('disconnect')).toBe(0);
  });

  it('fails when the build script goes away before answering', async () => {
    const { proc } = fakeProcess();
    const waiting = preparedCache(proc);
    proc.emit('disconnect');
    await expect(waiting).rejects.toThrow(/stopped before the corpus was prepared/);
  });
});

describe('answerWhenPrepared', () => {
  function fakeChild() {
    const emitter = new EventEmitter();
    const sent: unknown[] = [];
    return { child: Object.assign(emitter, { connected: true, send: (m: unknown) => sent.push(m) }), sent };
  }

  it('answers the question only once the prepare step is done', async () => {
    const { child, sent } = fakeChild();
    let done = () => {};
    answerWhenPrepared(child, new Promise<void>((r) => (done = r)));
    child.emit('message', WAITING_MESSAGE);
    await settled(Promise.resolve());
    expect(sent).toEqual([]);
    done();
    await settled(Promise.resolve());
    expect(sent).toEqual([PREPARED_MESSAGE]);
  });

  it('never answers when the prepare step failed', async () => {
    const { child, sent } = fakeChild();
    answerWhenPrepared(child, Promise.reject(new Error('bad file')));
    child.emit('message', WAITING_MESSAGE);
    await settled(Promise.resolve());
    expect(sent).toEqual([]);
  });

  it('works across a real process boundary, whenever the child gets to ask', async () => {
    const script = `import { preparedCache } from ${JSON.stringify(new URL('../../../src/lib/build/prepare-gate.ts', import.meta.url).href)};
await new Promise((r) => setTimeout(r, 50));
await preparedCache();
console.log('prepared');`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, [AWAIT_PREPARE_ENV]: '1' }, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    // Already prepared before the child asks: the answer still reaches it.
    answerWhenPrepared(child, Promise.resolve());
    let out = '';
    child.stdout?.on('data', (d) => (out += d));
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(0);
    expect(out.trim()).toBe('prepared');
  });
});
