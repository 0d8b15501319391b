import type { SentenceFeatures } from './vocabulary.ts';

/** Weighted Dice similarity of two sentences: twice the weight they share over their total weight (0–1). */
export function similarity(a: SentenceFeatures, b: SentenceFeatures, weight: Float64Array): number {
  if (a.total === 0 || b.total === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  const x = a.ids;
  const y = b.ids;
  while (i < x.length && j < y.length) {
    const u = x[i] as number;
    const v = y[j] as number;
    if (u === v) {
      shared += weight[u] ?? 0;
      i++;
      j++;
    } else if (u < v) i++;
    else j++;
  }
  return (2 * shared) / (a.total + b.total);
}

/**
 * How much of `extra` that `base` does not already cover is found in `target` (0–1, by weight). A sentence merged
 * into a link must bring its own matching content, or it is an unrelated neighbour.
 */
export function novelContainment(extra: SentenceFeatures, base: SentenceFeatures, target: SentenceFeatures, weight: Float64Array): number {
  const covered = new Set(base.ids);
  const found = new Set(target.ids);
  let novel = 0;
  let matched = 0;
  for (const id of extra.ids) {
    if (covered.has(id)) continue;
    novel += weight[id] ?? 0;
    if (found.has(id)) matched += weight[id] ?? 0;
  }
  return novel === 0 ? 0 : matched / novel;
}
