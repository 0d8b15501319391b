// Found definitions against the hand-made gold (tests/fixtures/terms/<case>/gold.json): the same scorer as bench:terms.
import { describe, expect, it } from 'vitest';
import { definitionScores, loadTermCases, termCaseNames } from '../../../scripts/lib/term-gold.ts';

const cases = loadTermCases();

describe('definition gold', () => {
  it('loads every case folder', () => {
    expect(cases.map((c) => c.name)).toEqual(termCaseNames());
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: precision and recall ≥ 0.9, and the ambiguous short forms', (_name, c) => {
    const s = definitionScores(c);
    expect(s.precision, JSON.stringify(s.extra)).toBeGreaterThanOrEqual(0.9);
    expect(s.recall, JSON.stringify(s.missed)).toBeGreaterThanOrEqual(0.9);
    expect(c.foundAmbiguous).toEqual(c.goldAmbiguous);
  });
});
