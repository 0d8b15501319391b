// A sentence changed in place: where one text has a sentence the other lacks and the other has one the first lacks,
// at the same place between the same links, and the two are worded alike ("A public tender will be launched in June."
// / "… in September."), they are one sentence edited, not one dropped and another added. The similarity that links
// sentences scales down sentences that share no name or figure, so a short sentence whose one date changed misses
// the link threshold; here its wording, names and figures aside, decides.
import { mapOneSidedRuns, type AlignedGroup, type Headings } from './links.ts';
import { similarity, weightedDice } from './similarity.ts';
import { IN_PLACE_MIN_WORDING } from './thresholds.ts';
import type { SentenceFeatures } from './vocabulary.ts';

/**
 * Pairs, in each run of one-sided rows between two links (or an end), a lone sentence of each side whose wording
 * agrees at least IN_PLACE_MIN_WORDING: the pair becomes one link, scored by its similarity. Runs of more sentences
 * are left as they are, since which goes with which is then a guess.
 */
export function pairInPlace(groups: AlignedGroup[], left: readonly SentenceFeatures[], right: readonly SentenceFeatures[], weight: Float64Array, headings: Headings = {}): AlignedGroup[] {
  return mapOneSidedRuns(groups, (run) => {
    const lefts = run.filter((g) => g.right.length === 0);
    const rights = run.filter((g) => g.left.length === 0);
    const i = lefts[0]?.left[0];
    const j = rights[0]?.right[0];
    if (lefts.length !== 1 || rights.length !== 1 || lefts[0]?.left.length !== 1 || rights[0]?.right.length !== 1 || i === undefined || j === undefined) return run;
    if ((headings.left?.has(i) ?? false) !== (headings.right?.has(j) ?? false)) return run;
    const a = left[i] as SentenceFeatures;
    const b = right[j] as SentenceFeatures;
    return weightedDice(a, b, weight) >= IN_PLACE_MIN_WORDING ? [{ left: [i], right: [j], score: similarity(a, b, weight), moved: false }] : run;
  });
}
