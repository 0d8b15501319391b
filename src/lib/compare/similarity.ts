// Sentence similarity: weighted Dice over terms, scaled by agreement on names and numbers.
import type { SentenceFeatures } from './vocabulary.ts';
import { IDENTIFIER_CONFLICT } from './thresholds.ts';

/**
 * How far two sentences agree on their names and numbers (0–1): the weight of shared identifiers over the smaller
 * side's, so a rewrite that adds a name is not penalised but one about other people and places is. 1 when either
 * sentence names nothing.
 */
function identifierAgreement(a: SentenceFeatures, b: SentenceFeatures, weight: Float64Array): number {
  if (a.identifiers.length === 0 || b.identifiers.length === 0) return 1;
  const other = new Set(b.identifiers);
  let shared = 0;
  let left = 0;
  let right = 0;
  for (const id of a.identifiers) {
    left += weight[id] ?? 0;
    if (other.has(id)) shared += weight[id] ?? 0;
  }
  for (const id of b.identifiers) right += weight[id] ?? 0;
  return shared / Math.min(left, right);
}

/**
 * Weighted Dice similarity of two sentences: twice the weight they share over their total weight (0–1), scaled
 * down as their names and numbers disagree: the same sentence frame about other countries is another story.
 */
export function similarity(a: SentenceFeatures, b: SentenceFeatures, weight: Float64Array): number {
  const agreement = Math.min(1, identifierAgreement(a, b, weight));
  return weightedDice(a, b, weight) * (IDENTIFIER_CONFLICT + (1 - IDENTIFIER_CONFLICT) * agreement);
}

/**
 * How far two sentences share their wording, names and numbers aside (weighted Dice, 0–1): the same sentence with
 * another figure scores high here and low in `similarity`.
 */
export function weightedDice(a: SentenceFeatures, b: SentenceFeatures, weight: Float64Array): number {
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
