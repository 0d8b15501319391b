// Sentence alignment of two texts: a monotone dynamic programme with merged links, then out-of-order moves.
import { LINK_THRESHOLD, MERGE_MIN_NOVEL, SPLIT_MIN_CARRIED } from './thresholds.ts';
import { novelContainment, similarity } from './similarity.ts';
import { mergeFeatures, type SentenceFeatures } from './vocabulary.ts';
import { linkGain, mapOneSidedRuns, mergedLink, type AlignedGroup, type Headings, type SimilarityOf } from './links.ts';
import { pairMoves, releaseMoves } from './moves.ts';
import { pairInPlace } from './in-place.ts';

export type { AlignedGroup, Headings } from './links.ts';

/** Back-pointers of the programme: which move reached a cell. */
const Step = { None: 0, SkipLeft: 1, SkipRight: 2, OneOne: 3, TwoOne: 4, OneTwo: 5 } as const;
type Step = (typeof Step)[keyof typeof Step];

/** The filled programme: for each cell (i sentences of left, j of right), the move that reached it best. */
interface AlignmentTable {
  n: number;
  m: number;
  step: Uint8Array;
  /** Merged-link similarity of the 2–1 (even slots) and 1–2 (odd slots) link ending at each cell. */
  merged: Float64Array;
}

/**
 * Aligns two sentence lists with a monotone dynamic programme allowing 1–1, 2–1 and 1–2 links and unmatched
 * sentences, then pairs leftover sentences out of order as moves (1–1, or two merged with one), and a lone leftover
 * of each side at one place, worded alike, as one sentence edited in place. Groups come back in
 * reading order (right side order for moves), every sentence of both sides in exactly one group.
 */
export function alignSentences(
  left: readonly SentenceFeatures[],
  right: readonly SentenceFeatures[],
  weight: Float64Array,
  leftText: readonly string[] = [],
  rightText: readonly string[] = [],
  headings: Headings = {},
): AlignedGroup[] {
  const s = similarityGrid(left, right, weight, leftText, rightText, headings);
  const table = fillTable(left, right, weight, s);
  const joined = joinSplitPieces(orderOneSided(traceback(table, s)), left, right, weight, s, headings);
  return pairInPlace(pairMoves(releaseMoves(joined, left, right, weight, s), left, right, weight, s), left, right, weight, headings);
}

/** Similarity of every left sentence to every right sentence; identical sentences always match fully. */
function similarityGrid(
  left: readonly SentenceFeatures[],
  right: readonly SentenceFeatures[],
  weight: Float64Array,
  leftText: readonly string[],
  rightText: readonly string[],
  headings: Headings,
): SimilarityOf {
  const m = right.length;
  const sim = new Float64Array(left.length * m);
  // Identical sentences always match fully, even one made only of function words ("So it goes."); a crosshead and
  // a body sentence never do.
  for (let i = 0; i < left.length; i++) {
    const heading = headings.left?.has(i) ?? false;
    for (let j = 0; j < m; j++) {
      const same = leftText[i] !== undefined && leftText[i] === rightText[j];
      sim[i * m + j] = same ? 1 : heading !== (headings.right?.has(j) ?? false) ? 0 : similarity(left[i] as SentenceFeatures, right[j] as SentenceFeatures, weight);
    }
  }
  return (i, j) => sim[i * m + j] as number;
}

/** Fills the programme: each cell keeps the best of skipping a sentence or ending a 1–1, 2–1 or 1–2 link there. */
function fillTable(left: readonly SentenceFeatures[], right: readonly SentenceFeatures[], weight: Float64Array, s: SimilarityOf): AlignmentTable {
  const n = left.length;
  const m = right.length;
  const w = m + 1;
  const best = new Float64Array((n + 1) * w);
  const step = new Uint8Array((n + 1) * w);
  const merged = new Float64Array((n + 1) * w * 2);
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let value = -Infinity;
      let choice: Step = Step.None;
      const consider = (v: number, c: Step) => {
        if (v > value) {
          value = v;
          choice = c;
        }
      };
      if (i > 0) consider(best[(i - 1) * w + j] as number, Step.SkipLeft);
      if (j > 0) consider(best[i * w + j - 1] as number, Step.SkipRight);
      if (i > 0 && j > 0 && s(i - 1, j - 1) >= LINK_THRESHOLD) consider((best[(i - 1) * w + j - 1] as number) + linkGain(s(i - 1, j - 1), 2), Step.OneOne);
      if (i > 1 && j > 0) {
        const link = mergedLink(left[i - 2] as SentenceFeatures, left[i - 1] as SentenceFeatures, right[j - 1] as SentenceFeatures, s(i - 2, j - 1), s(i - 1, j - 1), weight);
        if (link) {
          merged[(i * w + j) * 2] = link.joined;
          if (link.allowed) consider((best[(i - 2) * w + j - 1] as number) + linkGain(link.joined, 3), Step.TwoOne);
        }
      }
      if (i > 0 && j > 1) {
        const link = mergedLink(right[j - 2] as SentenceFeatures, right[j - 1] as SentenceFeatures, left[i - 1] as SentenceFeatures, s(i - 1, j - 2), s(i - 1, j - 1), weight);
        if (link) {
          merged[(i * w + j) * 2 + 1] = link.joined;
          if (link.allowed) consider((best[(i - 1) * w + j - 2] as number) + linkGain(link.joined, 3), Step.OneTwo);
        }
      }
      best[i * w + j] = value;
      step[i * w + j] = choice;
    }
  }
  return { n, m, step, merged };
}

/** Walks the filled programme back from the last cell into groups, in reading order. */
function traceback({ n, m, step, merged }: AlignmentTable, s: SimilarityOf): AlignedGroup[] {
  const w = m + 1;
  const path: AlignedGroup[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const c = step[i * w + j] as Step;
    if (c === Step.OneOne) {
      path.push({ left: [i - 1], right: [j - 1], score: s(i - 1, j - 1), moved: false });
      i -= 1;
      j -= 1;
    } else if (c === Step.TwoOne) {
      path.push({ left: [i - 2, i - 1], right: [j - 1], score: merged[(i * w + j) * 2] as number, moved: false });
      i -= 2;
      j -= 1;
    } else if (c === Step.OneTwo) {
      path.push({ left: [i - 1], right: [j - 2, j - 1], score: merged[(i * w + j) * 2 + 1] as number, moved: false });
      i -= 1;
      j -= 2;
    } else if (c === Step.SkipLeft || j === 0) {
      path.push({ left: [i - 1], right: [], score: 0, moved: false });
      i -= 1;
    } else {
      path.push({ left: [], right: [j - 1], score: 0, moved: false });
      j -= 1;
    }
  }
  return path.reverse();
}

/** Within a run of unmatched sentences, lists the left side's before the right side's, as diffs read. */
function orderOneSided(path: AlignedGroup[]): AlignedGroup[] {
  return mapOneSidedRuns(path, (run) => [...run.filter((g) => g.right.length === 0), ...run.filter((g) => g.left.length === 0)]);
}

/** Share of a sentence's weight (0–1) whose terms the other sentence also has: how much of it that one carries. */
function carriedBy(piece: SentenceFeatures, whole: SentenceFeatures, weight: Float64Array): number {
  if (piece.total === 0) return 0;
  const other = new Set(whole.ids);
  let found = 0;
  for (const id of piece.ids) if (other.has(id)) found += weight[id] ?? 0;
  return found / piece.total;
}

/**
 * Joins to a link the one-sided sentences next to it that are further pieces of the link's single sentence: one
 * sentence split into three or more, or a quotation turned into list items ("that: – it doubted …; – it had yet
 * to …; – it feared …"), which the programme's 1–2 links cannot hold. A neighbour (in its own side's order) joins
 * when the single sentence carries most of its weight (SPLIT_MIN_CARRIED), it brings matching content of its own
 * that the link's other pieces do not cover (MERGE_MIN_NOVEL), and no sentence on the other side left unlinked
 * matches it better (that would be a move).
 */
function joinSplitPieces(
  groups: AlignedGroup[],
  left: readonly SentenceFeatures[],
  right: readonly SentenceFeatures[],
  weight: Float64Array,
  s: SimilarityOf,
  headings: Headings,
): AlignedGroup[] {
  const isHeading = (side: 'left' | 'right', k: number) => headings[side]?.has(k) ?? false;
  const out = groups.map((g) => ({ ...g, left: [...g.left], right: [...g.right] }));
  const alone = { left: new Map<number, AlignedGroup>(), right: new Map<number, AlignedGroup>() };
  for (const g of out) {
    if (g.right.length === 0) alone.left.set(g.left[0] as number, g);
    if (g.left.length === 0) alone.right.set(g.right[0] as number, g);
  }
  const joined = new Set<AlignedGroup>();
  for (const g of out) {
    if (g.left.length === 0 || g.right.length === 0 || g.moved) continue;
    const size = g.left.length + g.right.length;
    for (const many of ['right', 'left'] as const) {
      const single = many === 'right' ? 'left' : 'right';
      if (g[single].length !== 1) continue;
      const whole = (single === 'left' ? left : right)[g[single][0] as number] as SentenceFeatures;
      const pieces = many === 'right' ? right : left;
      const unlinkedOther = [...alone[single].keys()].filter((k) => !joined.has(alone[single].get(k) as AlignedGroup));
      const fits = (k: number) => {
        const candidate = alone[many].get(k);
        if (!candidate || joined.has(candidate) || isHeading(many, k) !== isHeading(single, g[single][0] as number)) return false;
        const piece = pieces[k] as SentenceFeatures;
        const covered = mergeFeatures(g[many].map((x) => pieces[x] as SentenceFeatures), weight);
        const own = many === 'right' ? s(g.left[0] as number, k) : s(k, g.right[0] as number);
        const better = unlinkedOther.some((o) => (many === 'right' ? s(o, k) : s(k, o)) > own);
        if (carriedBy(piece, whole, weight) < SPLIT_MIN_CARRIED || novelContainment(piece, covered, whole, weight) < MERGE_MIN_NOVEL || better) return false;
        joined.add(candidate);
        return true;
      };
      while (fits((g[many].at(-1) as number) + 1)) g[many].push((g[many].at(-1) as number) + 1);
      while (fits((g[many][0] as number) - 1)) g[many].unshift((g[many][0] as number) - 1);
    }
    // A grown link is scored as the whole it now is.
    if (g.left.length + g.right.length > size) {
      g.score = similarity(mergeFeatures(g.left.map((i) => left[i] as SentenceFeatures), weight), mergeFeatures(g.right.map((j) => right[j] as SentenceFeatures), weight), weight);
    }
  }
  return joined.size === 0 ? groups : out.filter((g) => !joined.has(g));
}
