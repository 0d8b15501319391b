// Scoring links between groups of sentences: what a link gains, and when two adjacent sentences merge with one.
import { describe, expect, it } from 'vitest';
import { linkGain, mergedLink } from '../../../src/lib/compare/links.ts';
import { LINK_THRESHOLD } from '../../../src/lib/compare/thresholds.ts';
import { features } from '../../../src/lib/compare/vocabulary.ts';

const weight = new Float64Array(40).fill(1);
const sentence = (...terms: number[]) => features(terms, weight);

describe('linkGain', () => {
  it('pays per sentence covered only above the link threshold', () => {
    expect(linkGain(LINK_THRESHOLD, 2)).toBe(0);
    expect(linkGain(LINK_THRESHOLD + 0.5, 3)).toBeCloseTo(1.5);
    expect(linkGain(LINK_THRESHOLD - 0.1, 2)).toBeLessThan(0);
  });
});

describe('mergedLink', () => {
  it('merges two halves of a sentence split in two, each bringing its own words', () => {
    const link = mergedLink(sentence(0, 1, 2, 3), sentence(4, 5, 6, 7), sentence(0, 1, 2, 3, 4, 5, 6, 7), 0.67, 0.67, weight);
    expect(link?.joined).toBe(1);
    expect(link?.allowed).toBe(true);
  });

  it('refuses a neighbour that brings nothing of the single sentence, and a pair neither of which links', () => {
    const link = mergedLink(sentence(0, 1, 2, 3), sentence(20, 21, 22, 23), sentence(0, 1, 2, 3, 4), 0.9, 0.01, weight);
    expect(link?.allowed).toBe(false);
    expect(mergedLink(sentence(0), sentence(1), sentence(2), 0.1, 0.1, weight)).toBeNull();
  });
});
