// A worker thread of the build's alignment pool: receives the packed corpus once, then batches of pairs.
import { parentPort, workerData } from 'node:worker_threads';
import { computePair, unpackCorpus, type PackedCorpus } from './pair-task.ts';

const { docs, vocabulary } = unpackCorpus(workerData as PackedCorpus);

parentPort?.on('message', (batch: Int32Array) => {
  const out = [];
  for (let k = 0; k < batch.length; k += 2) out.push(computePair(docs, vocabulary, batch[k] as number, batch[k + 1] as number));
  parentPort?.postMessage(out);
});
