// Term weights as a coarse function of the corpus: inverse document frequency over a corpus size rounded up to a
// power of two and a document frequency rounded down to a step of a geometric ladder. One more article then changes
// the weight of almost no term (only a term of its own whose count crosses a step), so a build cache can keep the
// alignments of every pair whose terms kept their weights; a cold build computes the same weights from the same
// corpus, so warm and cold builds stay identical.
import { FREQUENCY_STEPS_PER_DOUBLING, IDENTIFIER_BOOST } from './thresholds.ts';

/** The corpus size weights are computed over: the smallest power of two at least `documents` (1 for none). */
export function corpusScale(documents: number): number {
  let scale = 1;
  while (scale < documents) scale *= 2;
  return scale;
}

/**
 * A document frequency rounded down to its step: 2^(k/s) for the largest k with 2^(k/s) ≤ df (s steps per doubling),
 * 0 for 0. The step is found in integers (df^s against powers of two), so no rounding error moves a count across a
 * step; small counts (1, 2, 4…) are kept exactly.
 */
export function frequencyStep(df: number, steps = FREQUENCY_STEPS_PER_DOUBLING): number {
  if (df <= 0) return 0;
  // floor(log2(df^s)) from the binary length of df^s (exact for any count a corpus has).
  const k = (BigInt(df) ** BigInt(steps)).toString(2).length - 1;
  return 2 ** (k / steps);
}

/** The weight of a term found in `df` of `documents` articles: its quantised rarity, boosted for numbers and names. */
export function termWeight(documents: number, df: number, identifier: boolean): number {
  return (Math.log((corpusScale(documents) + 1) / (frequencyStep(df) + 0.5)) + 1) * (identifier ? IDENTIFIER_BOOST : 1);
}
