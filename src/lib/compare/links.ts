// Links between groups of sentences, as the alignment's in-order programme (align.ts) and its out-of-order moves
// (moves.ts) both score them: the step type, a merged two-to-one link and what a link gains.
import { LINK_THRESHOLD, MERGE_MIN_NOVEL } from './thresholds.ts';
import { novelContainment, similarity } from './similarity.ts';
import { mergeFeatures, type SentenceFeatures } from './vocabulary.ts';

/** One step of a sentence alignment: a link between groups of sentences, or a sentence on one side only. */
export interface AlignedGroup {
  left: number[];
  right: number[];
  score: number;
  /** True for a link found out of order (after the monotone pass). */
  moved: boolean;
}

/**
 * The sentence indices of each side that are crossheads. A crosshead links only with a crosshead, so it is never
 * read as a piece of a body sentence that shares its words ("Iran and Iraq left out" after "…against Shiite Iran.").
 */
export interface Headings {
  left?: ReadonlySet<number>;
  right?: ReadonlySet<number>;
}

/** Similarity of left sentence i to right sentence j, from the precomputed grid. */
export type SimilarityOf = (i: number, j: number) => number;

/**
 * Scores a two-to-one link: `first` and `second` are adjacent sentences of one side, `a` and `b` their own
 * similarities to `single` on the other side. Returns the merged similarity and whether the link may be taken:
 * the merge must reach the link threshold and the weaker sentence must bring its own matching content (or hold what
 * the single sentence adds beyond the stronger one). Null when
 * the pair cannot form a link at all.
 */
export function mergedLink(
  first: SentenceFeatures,
  second: SentenceFeatures,
  single: SentenceFeatures,
  a: number,
  b: number,
  weight: Float64Array,
): { joined: number; allowed: boolean } | null {
  if (!(a > 0 && b > 0 && Math.max(a, b) >= LINK_THRESHOLD)) return null;
  const joined = similarity(mergeFeatures([first, second], weight), single, weight);
  const [strong, weak] = a >= b ? [first, second] : [second, first];
  // The weaker sentence must bring its own matching content, or hold what the single sentence adds beyond the
  // stronger one: a sentence condensed into a clause ("…, a charge Doha rejects") brings few of its own words.
  const weaker = Math.max(novelContainment(weak, strong, single, weight), novelContainment(single, strong, weak, weight));
  return { joined, allowed: joined >= LINK_THRESHOLD && weaker >= MERGE_MIN_NOVEL };
}

/**
 * A link gains (similarity − threshold) per sentence it covers, so only links above the threshold pay: the
 * programme's measure, used for moves too.
 */
export const linkGain = (score: number, size: number) => (score - LINK_THRESHOLD) * size;

/**
 * The groups with each run of one-sided groups between two links (or an end) replaced by what `each` makes of it:
 * where the in-order pass left sentences unmatched on both sides at one place.
 */
export function mapOneSidedRuns(groups: readonly AlignedGroup[], each: (run: AlignedGroup[]) => AlignedGroup[]): AlignedGroup[] {
  const out: AlignedGroup[] = [];
  let run: AlignedGroup[] = [];
  for (const g of groups) {
    if (g.left.length > 0 && g.right.length > 0) {
      if (run.length > 0) out.push(...each(run));
      run = [];
      out.push(g);
    } else run.push(g);
  }
  if (run.length > 0) out.push(...each(run));
  return out;
}
