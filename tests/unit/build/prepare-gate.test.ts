// The gate between the prepare step and the Astro started beside it: Astro asks for each stage (the cache, then the
// data files), the build script answers once that stage is done, and never when the prepare step failed.
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { answerStages, AWAIT_PREPARE_ENV, isGateMessage, preparedStage, startedBesidePrepare } from '../../../src/lib/build/prepare-gate.ts';

/** A process with an IPC channel, recording what it sends. */
function fakeProcess(env: Record<string, string> = { [AWAIT_PREPARE_ENV]: '1' }) {
  const emitter = new EventEmitter();
  const sent: unknown[] = [];
  let disconnected = false;
  const proc = Object.assign(emitter, { env, send: (m: unknown) => sent.push(m), disconnect: () => (disconnected = true) });
  return { proc, sent, isDisconnected: () => disconnected };
}

/** A promise's state after pending callbacks have run. */
const settled = async (promise: Promise<unknown>) => {
  let state = 'pending';
  promise.then(
    () => (state = 'resolved'),
    () => (state = 'rejected'),
  );
  await new Promise((r) => setTimeout(r, 0));
  return state;
};

const ready = (stage: 'cache' | 'data') => ({ wirediff: 'ready', stage });

describe('preparedStage', () => {
  it('does not wait when Astro was started any other way', async () => {
    const { proc, sent } = fakeProcess({});
    expect(startedBesidePrepare(proc)).toBe(false);
    expect(await settled(preparedStage('cache', proc))).toBe('resolved');
    expect(await settled(preparedStage('data', proc))).toBe('resolved');
    expect(sent).toEqual([]);
  });

  it('asks once per stage, waits for that stage, and lets the channel go after the last', async () => {
    const { proc, sent, isDisconnected } = fakeProcess();
    expect(startedBesidePrepare(proc)).toBe(true);
    const cache = preparedStage('cache', proc);
    expect(preparedStage('cache', proc)).toBe(cache);
    expect(sent).toEqual([{ wirediff: 'waiting', stage: 'cache' }]);
    proc.emit('message', 'something else');
    proc.emit('message', ready('data'));
    expect(await settled(cache)).toBe('pending');
    proc.emit('message', ready('cache'));
    expect(await settled(cache)).toBe('resolved');
    expect(isDisconnected()).toBe(false);

    const data = preparedStage('data', proc);
    expect(sent).toHaveLength(2);
    proc.emit('message', ready('data'));
    expect(await settled(data)).toBe('resolved');
    expect(isDisconnected()).toBe(true);
    expect(proc.listenerCount('message') + proc.listenerCount('disconnect')).toBe(0);
  });

  it('fails when the build script goes away before answering', async () => {
    const { proc } = fakeProcess();
    const waiting = preparedStage('cache', proc);
    proc.emit('disconnect');
    await expect(waiting).rejects.toThrow(/stopped before the prepare step's cache/);
  });
});

describe('answerStages', () => {
  function fakeChild() {
    const emitter = new EventEmitter();
    const sent: unknown[] = [];
    return { child: Object.assign(emitter, { connected: true, send: (m: unknown) => sent.push(m) }), sent };
  }

  it('answers each question only once its stage is done', async () => {
    const { child, sent } = fakeChild();
    let cacheDone = () => {};
    let dataDone = () => {};
    answerStages(child, { cache: new Promise<void>((r) => (cacheDone = r)), data: new Promise<void>((r) => (dataDone = r)) });
    child.emit('message', { wirediff: 'waiting', stage: 'cache' });
    child.emit('message', { wirediff: 'waiting', stage: 'data' });
    await settled(Promise.resolve());
    expect(sent).toEqual([]);
    cacheDone();
    await settled(Promise.resolve());
    expect(sent).toEqual([ready('cache')]);
    dataDone();
    await settled(Promise.resolve());
    expect(sent).toEqual([ready('cache'), ready('data')]);
    expect(sent.every((m) => isGateMessage(m, 'ready'))).toBe(true);
  });

  it('never answers when the prepare step failed', async () => {
    const { child, sent } = fakeChild();
    const failed = Promise.reject(new Error('bad file'));
    answerStages(child, { cache: failed, data: failed });
    child.emit('message', { wirediff: 'waiting', stage: 'cache' });
    await settled(Promise.resolve());
    expect(sent).toEqual([]);
  });

  it('works across a real process boundary, whenever the child gets to ask', async () => {
    const script = `import { preparedStage } from ${JSON.stringify(new URL('../../../src/lib/build/prepare-gate.ts', import.meta.url).href)};
await new Promise((r) => setTimeout(r, 50));
await preparedStage('cache');
console.log('cache');
await preparedStage('data');
console.log('data');`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, [AWAIT_PREPARE_ENV]: '1' }, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    // Both stages done before the child asks: the answers still reach it, and it exits once the channel is let go.
    answerStages(child, { cache: Promise.resolve(), data: Promise.resolve() });
    let out = '';
    child.stdout?.on('data', (d) => (out += d));
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toEqual(['cache', 'data']);
  });
});
