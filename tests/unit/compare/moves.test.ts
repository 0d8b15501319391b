// Out-of-order links: leftover sentences paired as moves, and a sentence released from an in-order link to make one.
import { describe, expect, it } from 'vitest';
import type { AlignedGroup } from '../../../src/lib/compare/links.ts';
import { pairMoves, releaseMoves } from '../../../src/lib/compare/moves.ts';
import { similarity } from '../../../src/lib/compare/similarity.ts';
import { features, type SentenceFeatures } from '../../../src/lib/compare/vocabulary.ts';

const weight = new Float64Array(40).fill(1);
const block = (k: number) => [4 * k, 4 * k + 1, 4 * k + 2, 4 * k + 3];
const sentence = (...blocks: number[]): SentenceFeatures => features(blocks.flatMap(block), weight);
const grid = (left: SentenceFeatures[], right: SentenceFeatures[]) => (i: number, j: number) => similarity(left[i] as SentenceFeatures, right[j] as SentenceFeatures, weight);
const one = (side: 'left' | 'right', k: number): AlignedGroup => ({ left: side === 'left' ? [k] : [], right: side === 'right' ? [k] : [], score: 0, moved: false });

describe('pairMoves', () => {
  it('pairs a left-only and a right-only sentence that match, in the right one’s place, and leaves the rest', () => {
    const left = [sentence(0), sentence(1)];
    const right = [sentence(2), sentence(0)];
    const groups = [one('left', 0), one('left', 1), one('right', 0), one('right', 1)];
    expect(pairMoves(groups, left, right, weight, grid(left, right))).toEqual([one('left', 1), one('right', 0), { left: [0], right: [1], score: 1, moved: true }]);
  });

  it('takes two adjacent sentences merged into one as a single move rather than a move of one half', () => {
    const left = [sentence(0), sentence(1), sentence(5)];
    const right = [sentence(5), sentence(0, 1)];
    const groups: AlignedGroup[] = [one('left', 0), one('left', 1), { left: [2], right: [0], score: 1, moved: false }, one('right', 1)];
    const moved = pairMoves(groups, left, right, weight, grid(left, right)).filter((g) => g.moved);
    expect(moved.map((g) => [g.left, g.right])).toEqual([[[0, 1], [1]]]);
  });
});

describe('releaseMoves', () => {
  it('takes a sentence out of a weak in-order link when it makes a better move with a leftover sentence', () => {
    const left = [sentence(0, 1), sentence(3)];
    const right = [sentence(0, 2), sentence(0, 1)];
    const s = grid(left, right);
    // The programme linked left 0 with right 0 (half its words); right 1 is its copy, left over.
    const groups: AlignedGroup[] = [{ left: [0], right: [0], score: s(0, 0), moved: false }, one('left', 1), one('right', 1)];
    const out = releaseMoves(groups, left, right, weight, s);
    expect(out.find((g) => g.moved)).toMatchObject({ left: [0], right: [1], moved: true });
    expect(out.some((g) => g.left.length === 0 && g.right[0] === 0)).toBe(true);
  });
});
