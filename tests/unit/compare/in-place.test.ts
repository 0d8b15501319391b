// A sentence changed in place (compare/in-place.ts): a lone sentence of each side at one place between the same
// links, worded alike, is one sentence edited.
import { describe, expect, it } from 'vitest';
import { alignSentences, type AlignedGroup } from '../../../src/lib/compare/align.ts';
import { pairInPlace } from '../../../src/lib/compare/in-place.ts';
import { features } from '../../../src/lib/compare/vocabulary.ts';
import { IN_PLACE_MIN_WORDING, LINK_THRESHOLD } from '../../../src/lib/compare/thresholds.ts';
import { similarity, weightedDice } from '../../../src/lib/compare/similarity.ts';

/** 40 terms; terms 30–39 are names and figures, weighing more, as they do in a corpus. */
const weight = new Float64Array(40).map((_, i) => (i >= 30 ? 1.5 : 1));
const identifier = new Uint8Array(40).map((_, i) => (i >= 30 ? 1 : 0));
const sentence = (...terms: number[]) => features(terms, weight, identifier);
const shape = (groups: AlignedGroup[]) => groups.map((g) => `${g.left.join('+')}${g.left.length && g.right.length ? '=' : g.left.length ? '<' : '>'}${g.right.join('+')}`);

// "A public tender will be launched in June." / "… in September.": three words alike, the one date differs.
const june = sentence(0, 1, 2, 30);
const september = sentence(0, 1, 2, 31);
const before = sentence(10, 11, 12, 13);
const after = sentence(20, 21, 22, 23);

describe('pairInPlace', () => {
  it('links a short sentence whose one figure changed, which the link threshold alone leaves apart', () => {
    expect(similarity(june, september, weight)).toBeLessThan(LINK_THRESHOLD);
    expect(weightedDice(june, september, weight)).toBeGreaterThanOrEqual(IN_PLACE_MIN_WORDING);
    const groups = alignSentences([before, june, after], [before, september, after], weight);
    expect(shape(groups)).toEqual(['0=0', '1=1', '2=2']);
    expect(groups[1]?.score).toBeCloseTo(similarity(june, september, weight));
  });

  it('links at an end of the texts too', () => {
    expect(shape(alignSentences([before, june], [before, september], weight))).toEqual(['0=0', '1=1']);
  });

  it('leaves apart sentences worded otherwise, runs of more than one a side, and a crosshead with a body sentence', () => {
    const other = sentence(5, 6, 7, 31);
    expect(shape(alignSentences([before, june, after], [before, other, after], weight))).toEqual(['0=0', '1<', '>1', '2=2']);
    const extra = sentence(25, 26, 27, 28);
    expect(shape(alignSentences([before, june, extra, after], [before, september, after], weight))).toEqual(['0=0', '1<', '2<', '>1', '3=2']);
    const run: AlignedGroup[] = [{ left: [0], right: [], score: 0, moved: false }, { left: [], right: [0], score: 0, moved: false }];
    expect(shape(pairInPlace(run, [june], [september], weight, { left: new Set([0]) }))).toEqual(['0<', '>0']);
  });
});
