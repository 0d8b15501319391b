// Sentence alignment of two texts: a monotone dynamic programme with merged links, then out-of-order moves.
import { LINK_THRESHOLD, MERGE_MIN_NOVEL, MOVE_THRESHOLD, SPLIT_MIN_CARRIED } from './thresholds.ts';
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

/** Back-pointers of the programme: which move reached a cell. */
const Step = { None: 0, SkipLeft: 1, SkipRight: 2, OneOne: 3, TwoOne: 4, OneTwo: 5 } as const;
type Step = (typeof Step)[keyof typeof Step];

/** Similarity of left sentence i to right sentence j, from the precomputed grid. */
type SimilarityOf = (i: number, j: number) => number;

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
 * sentences, then pairs leftover sentences out of order as moves (1–1, or two merged with one). Groups come back in
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
  return pairMoves(releaseMoves(joined, left, right, weight, s), left, right, weight, s);
}

/**
 * The sentence indices of each side that are crossheads. A crosshead links only with a crosshead, so it is never
 * read as a piece of a body sentence that shares its words ("Iran and Iraq left out" after "…against Shiite Iran.").
 */
export interface Headings {
  left?: ReadonlySet<number>;
  right?: ReadonlySet<number>;
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

/**
 * Scores a two-to-one link: `first` and `second` are adjacent sentences of one side, `a` and `b` their own
 * similarities to `single` on the other side. Returns the merged similarity and whether the link may be taken:
 * the merge must reach the link threshold and the weaker sentence must bring its own matching content (or hold what
 * the single sentence adds beyond the stronger one). Null when
 * the pair cannot form a link at all.
 */
function mergedLink(
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
const linkGain = (score: number, size: number) => (score - LINK_THRESHOLD) * size;

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
  const out: AlignedGroup[] = [];
  let run: AlignedGroup[] = [];
  const flush = () => {
    out.push(...run.filter((g) => g.right.length === 0), ...run.filter((g) => g.left.length === 0));
    run = [];
  };
  for (const g of path) {
    if (g.left.length > 0 && g.right.length > 0) {
      flush();
      out.push(g);
    } else run.push(g);
  }
  flush();
  return out;
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


/** A candidate out-of-order link: one sentence with one, or two adjacent ones merged with one (2–1 or 1–2). */
interface Move {
  left: number[];
  right: number[];
  score: number;
}

/**
 * Every out-of-order link the one-sided sentences allow: 1–1 pairs, and two sentences adjacent on their side merged
 * with one of the other side (a paragraph moved and its two sentences joined into one), taken only as the
 * programme's 2–1 links are (mergedLink), and only at the move threshold.
 */
function moveOptions(
  lefts: ReadonlySet<number>,
  rights: ReadonlySet<number>,
  left: readonly SentenceFeatures[],
  right: readonly SentenceFeatures[],
  weight: Float64Array,
  s: SimilarityOf,
): Move[] {
  const options: Move[] = [];
  for (const i of lefts) for (const j of rights) if (s(i, j) >= MOVE_THRESHOLD) options.push({ left: [i], right: [j], score: s(i, j) });
  // `many` holds the side whose two adjacent sentences merge, `sim(k, o)` its sentence k against the other's o.
  const merged = (
    many: ReadonlySet<number>,
    single: ReadonlySet<number>,
    manyFeatures: readonly SentenceFeatures[],
    singleFeatures: readonly SentenceFeatures[],
    sim: SimilarityOf,
    asMove: (pair: number[], one: number, score: number) => Move,
  ) => {
    for (const k of many) {
      if (!many.has(k + 1)) continue;
      for (const o of single) {
        const link = mergedLink(manyFeatures[k] as SentenceFeatures, manyFeatures[k + 1] as SentenceFeatures, singleFeatures[o] as SentenceFeatures, sim(k, o), sim(k + 1, o), weight);
        if (link?.allowed && link.joined >= MOVE_THRESHOLD) options.push(asMove([k, k + 1], o, link.joined));
      }
    }
  };
  merged(lefts, rights, left, right, s, (pair, j, score) => ({ left: pair, right: [j], score }));
  merged(rights, lefts, right, left, (j, i) => s(i, j), (pair, i, score) => ({ left: [i], right: pair, score }));
  return options;
}

/**
 * Puts chosen moves in the groups: each takes the place of its first right-only sentence, and the one-sided groups
 * of its other sentences are removed.
 */
function placeMoves(groups: AlignedGroup[], moves: readonly Move[]): AlignedGroup[] {
  if (moves.length === 0) return groups;
  const usedLeft = new Set(moves.flatMap((m) => m.left));
  const byRight = new Map(moves.flatMap((m) => m.right.map((j) => [j, m] as const)));
  return groups.flatMap((g) => {
    if (g.right.length === 0) return usedLeft.has(g.left[0] as number) ? [] : [g];
    const move = g.left.length === 0 ? byRight.get(g.right[0] as number) : undefined;
    if (!move) return [g];
    return move.right[0] === g.right[0] ? [{ left: move.left, right: move.right, score: move.score, moved: true }] : [];
  });
}

/**
 * Links leftover sentences that match out of order (a paragraph moved up or down), greedily by the programme's gain
 * so a merged move beats a move of one of its halves. The moved link takes its right sentences' place; its left
 * sentences are removed from where they were.
 */
function pairMoves(groups: AlignedGroup[], left: readonly SentenceFeatures[], right: readonly SentenceFeatures[], weight: Float64Array, s: SimilarityOf): AlignedGroup[] {
  const lefts = new Set(groups.filter((g) => g.right.length === 0).map((g) => g.left[0] as number));
  const rights = new Set(groups.filter((g) => g.left.length === 0).map((g) => g.right[0] as number));
  const options = moveOptions(lefts, rights, left, right, weight, s);
  const gainOf = (m: Move) => linkGain(m.score, m.left.length + m.right.length);
  options.sort((a, b) => gainOf(b) - gainOf(a) || (a.left[0] as number) - (b.left[0] as number) || (a.right[0] as number) - (b.right[0] as number) || a.left.length - b.left.length);
  const used = { left: new Set<number>(), right: new Set<number>() };
  const chosen: Move[] = [];
  for (const m of options) {
    if (m.left.some((i) => used.left.has(i)) || m.right.some((j) => used.right.has(j))) continue;
    m.left.forEach((i) => used.left.add(i));
    m.right.forEach((j) => used.right.add(j));
    chosen.push(m);
  }
  return placeMoves(groups, chosen);
}

/**
 * Takes out of an in-order link a sentence that belongs to a move: the programme reads in order only, so a sentence
 * moved far off (and merged from two) can end up as a piece of a nearby link, or a weak 1–1 link, while its true
 * counterparts stay unlinked. An end piece of a merged link, or either side of a 1–1 link, leaves it when the
 * move it would make with one-sided sentences (MOVE_THRESHOLD) plus what remains of the link gains more, by the
 * programme's own measure, than the link did.
 */
function releaseMoves(groups: AlignedGroup[], left: readonly SentenceFeatures[], right: readonly SentenceFeatures[], weight: Float64Array, s: SimilarityOf): AlignedGroup[] {
  const lefts = new Set(groups.filter((g) => g.right.length === 0).map((g) => g.left[0] as number));
  const rights = new Set(groups.filter((g) => g.left.length === 0).map((g) => g.right[0] as number));
  if (lefts.size === 0 && rights.size === 0) return groups;
  interface Release {
    group: AlignedGroup;
    side: 'left' | 'right';
    sentence: number;
    rest: AlignedGroup | null;
    move: Move;
    improvement: number;
  }
  const releases: Release[] = [];
  for (const g of groups) {
    if (g.moved || g.left.length === 0 || g.right.length === 0) continue;
    const before = linkGain(g.score, g.left.length + g.right.length);
    for (const side of ['left', 'right'] as const) {
      const other = side === 'left' ? 'right' : 'left';
      // A piece from an end of a merged side (the rest stays in order and adjacent), or either sentence of a 1–1 link.
      const oneToOne = g.left.length === 1 && g.right.length === 1;
      if (!oneToOne && !(g[side].length >= 2 && g[other].length === 1)) continue;
      for (const sentence of new Set([g[side][0] as number, g[side].at(-1) as number])) {
        let rest: AlignedGroup | null = null;
        if (!oneToOne) {
          const kept = g[side].filter((k) => k !== sentence);
          const restSide = { ...g, [side]: kept } as AlignedGroup;
          const score =
            restSide.left.length === 1 && restSide.right.length === 1
              ? s(restSide.left[0] as number, restSide.right[0] as number)
              : similarity(mergeFeatures(restSide.left.map((i) => left[i] as SentenceFeatures), weight), mergeFeatures(restSide.right.map((j) => right[j] as SentenceFeatures), weight), weight);
          if (score < LINK_THRESHOLD) continue;
          rest = { ...restSide, score };
        }
        const own = new Set([sentence]);
        const options = side === 'left' ? moveOptions(own, rights, left, right, weight, s) : moveOptions(lefts, own, left, right, weight, s);
        // Only moves of this sentence alone on its side: its neighbours on its side are still linked.
        for (const move of options.filter((m) => m[side].length === 1)) {
          const after = linkGain(move.score, move.left.length + move.right.length) + (rest ? linkGain(rest.score, rest.left.length + rest.right.length) : 0);
          if (after > before) releases.push({ group: g, side, sentence, rest, move, improvement: after - before });
        }
      }
    }
  }
  if (releases.length === 0) return groups;
  releases.sort((a, b) => b.improvement - a.improvement || (a.move.left[0] as number) - (b.move.left[0] as number) || (a.move.right[0] as number) - (b.move.right[0] as number));
  const taken = new Map<AlignedGroup, Release>();
  const used = { left: new Set<number>(), right: new Set<number>() };
  for (const r of releases) {
    const { left: ls, right: rs } = r.move;
    // The sentence itself is in the move, so only its one-sided partners must still be free.
    if (taken.has(r.group) || ls.some((i) => used.left.has(i)) || rs.some((j) => used.right.has(j))) continue;
    ls.forEach((i) => used.left.add(i));
    rs.forEach((j) => used.right.add(j));
    taken.set(r.group, r);
  }
  // The released sentence stands one-sided where it was (before or after what remains of its link), so placeMoves
  // puts the move where its right sentences are; a 1–1 link's other sentence is left one-sided, left before right.
  const out = groups.flatMap((g) => {
    const r = taken.get(g);
    if (!r) return [g];
    const alone: AlignedGroup = { left: r.side === 'left' ? [r.sentence] : [], right: r.side === 'right' ? [r.sentence] : [], score: 0, moved: false };
    if (!r.rest) {
      const other: AlignedGroup = r.side === 'left' ? { left: [], right: g.right, score: 0, moved: false } : { left: g.left, right: [], score: 0, moved: false };
      return r.side === 'left' ? [alone, other] : [other, alone];
    }
    return r.sentence === g[r.side][0] ? [alone, r.rest] : [r.rest, alone];
  });
  return placeMoves(out, [...taken.values()].map((r) => r.move));
}
