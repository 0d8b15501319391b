// Quantised term weights: the corpus size rounds up to a power of two and a document frequency down to a step of
// a geometric ladder, so a corpus that grows by one article keeps almost every weight (what lets the build cache
// keep pair alignments), while rarer terms still weigh more.
import { describe, expect, it } from 'vitest';
import { corpusScale, frequencyStep, termWeight } from '../../../src/lib/compare/weights.ts';
import { buildVocabulary } from '../../../src/lib/compare/vocabulary.ts';
import { IDENTIFIER_BOOST } from '../../../src/lib/compare/thresholds.ts';

describe('corpusScale', () => {
  it('rounds the number of articles up to a power of two', () => {
    expect([0, 1, 2, 3, 5, 1000, 1024, 1025].map((n) => corpusScale(n))).toEqual([1, 1, 2, 4, 8, 1024, 1024, 2048]);
  });
});

describe('frequencyStep', () => {
  it('rounds a count down to the ladder 2^(k/steps), exactly at the steps', () => {
    expect([0, 1, 2, 3, 4, 7, 8, 1000].map((d) => frequencyStep(d, 1))).toEqual([0, 1, 2, 2, 4, 4, 8, 512]);
    // Two steps per doubling: 2^(k/2), so 3 → 2√2 and 5 → 4; the integer test never misplaces 8 = 2^(6/2).
    expect(frequencyStep(3, 2)).toBeCloseTo(2 * Math.SQRT2, 12);
    expect(frequencyStep(5, 2)).toBe(4);
    expect(frequencyStep(8, 2)).toBe(8);
    expect(frequencyStep(1000, 4)).toBeCloseTo(2 ** 9.75, 9);
    for (let d = 1; d < 5000; d++) {
      const step = frequencyStep(d, 2);
      expect(step).toBeLessThanOrEqual(d);
      expect(step * Math.SQRT2).toBeGreaterThan(d - 1e-9);
    }
  });
});

describe('termWeight', () => {
  it('weighs rarer terms more, names and numbers by the boost', () => {
    expect(termWeight(1000, 1, false)).toBeGreaterThan(termWeight(1000, 10, false));
    expect(termWeight(1000, 10, false)).toBeGreaterThan(termWeight(1000, 500, false));
    expect(termWeight(1000, 10, true)).toBeCloseTo(termWeight(1000, 10, false) * IDENTIFIER_BOOST, 12);
  });

  it('does not move when one more article leaves the counts on their steps', () => {
    // 1,000 → 1,001 articles stays under 1,024; a count moving from 40 to 41 stays on the step 32.
    expect(termWeight(1001, 41, false)).toBe(termWeight(1000, 40, false));
    // A count crossing a step moves the weight: that is when a pair holding the term is aligned again.
    expect(termWeight(1001, 64, false)).not.toBe(termWeight(1000, 63, false));
  });
});

describe('weights of a growing corpus', () => {
  it('keeps the weights of nearly every term when one article is added', () => {
    const topics = ['ports', 'grain', 'wheat', 'drought', 'tariffs', 'shipping', 'rail', 'fuel', 'prices', 'exports'];
    const docs = Array.from({ length: 300 }, (_, i) => [
      `The ${topics[i % 10]} ministry reported ${topics[(i * 7) % 10]} figures for ${topics[(i * 3) % 10]} in region${i}.`,
    ]);
    const before = buildVocabulary(docs);
    const after = buildVocabulary([...docs, ['The grain ministry reported rail figures for fuel in a new region.']]);
    const keys = [...before.ids.keys()];
    const moved = keys.filter((k) => before.weight[before.ids.get(k) as number] !== after.weight[after.ids.get(k) as number]);
    // Exact inverse document frequencies would move every one of these weights (the corpus size changes).
    expect(keys.length).toBeGreaterThan(300);
    expect(moved.length).toBeLessThanOrEqual(3);
  });
});
