// Sentence similarity: weighted Dice over term ids, scaled down when the sentences' names and numbers disagree, and
// the novel containment that decides whether a merged sentence brings its own matching content.
import { describe, expect, it } from 'vitest';
import { IDENTIFIER_CONFLICT } from '../../../src/lib/compare/thresholds.ts';
import { novelContainment, similarity } from '../../../src/lib/compare/similarity.ts';
import { features } from '../../../src/lib/compare/vocabulary.ts';

/** Term weights 0–9: ids 0–5 weigh 1, 6–9 (the "names") weigh 2. */
const weight = Float64Array.from([1, 1, 1, 1, 1, 1, 2, 2, 2, 2]);
const identifier = Uint8Array.from([0, 0, 0, 0, 0, 0, 1, 1, 1, 1]);
const s = (...ids: number[]) => features(ids, weight, identifier);

describe('similarity', () => {
  it('is 1 for the same terms and 0 for none shared', () => {
    expect(similarity(s(0, 1, 2), s(2, 1, 0), weight)).toBe(1);
    expect(similarity(s(0, 1), s(2, 3), weight)).toBe(0);
  });

  it('is twice the shared weight over the total weight', () => {
    // shared {0}: 2·1 / (2 + 2)
    expect(similarity(s(0, 1), s(0, 2), weight)).toBeCloseTo(0.5, 12);
    // shared {0, 1}, totals 2 and 3 + 2 (id 6 weighs 2)
    expect(similarity(s(0, 1), s(0, 1, 3, 6), weight)).toBeCloseTo(4 / 7, 12);
  });

  it('is 0, not NaN, when a sentence has no weight', () => {
    expect(similarity(s(), s(0, 1), weight)).toBe(0);
    expect(similarity(s(0), s(), weight)).toBe(0);
  });

  it('scales a sentence frame about other names down to the conflict floor', () => {
    const same = similarity(s(0, 1, 2, 6), s(0, 1, 2, 6), weight);
    const other = similarity(s(0, 1, 2, 6), s(0, 1, 2, 7), weight);
    // Dice 2·3 / (5 + 5), no shared identifier: scaled by IDENTIFIER_CONFLICT.
    expect(same).toBe(1);
    expect(other).toBeCloseTo(0.6 * IDENTIFIER_CONFLICT, 12);
  });

  it('does not penalise a rewrite that adds a name, or a sentence that names nothing', () => {
    // Shared identifiers over the smaller side's: {6} ⊂ {6, 7}, so agreement is 1 and only Dice counts.
    expect(similarity(s(0, 1, 6), s(0, 1, 6, 7), weight)).toBeCloseTo((2 * 4) / (4 + 6), 12);
    expect(similarity(s(0, 1), s(0, 1, 7), weight)).toBeCloseTo((2 * 2) / (2 + 4), 12);
  });

  it('is symmetric', () => {
    const a = s(0, 2, 4, 6, 8);
    const b = s(1, 2, 4, 7, 8);
    expect(similarity(a, b, weight)).toBeCloseTo(similarity(b, a, weight), 12);
  });
});

describe('novelContainment', () => {
  it('is the weight of what extra adds beyond base that target also has, over all it adds', () => {
    // extra adds {1, 6} beyond base {0} (weight 3); target has 6 (weight 2).
    expect(novelContainment(s(0, 1, 6), s(0), s(6, 9), weight)).toBeCloseTo(2 / 3, 12);
    expect(novelContainment(s(0, 1, 6), s(0), s(1, 6), weight)).toBe(1);
    expect(novelContainment(s(0, 1, 6), s(0), s(0, 9), weight)).toBe(0);
  });

  it('is 0 when extra brings nothing base does not already cover', () => {
    expect(novelContainment(s(0, 1), s(0, 1, 2), s(0, 1), weight)).toBe(0);
  });
});
