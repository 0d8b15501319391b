// Out-of-order links: sentences the in-order programme left one-sided (or took into a nearby link) that match a
// sentence elsewhere, as a paragraph moved up or down, paired greedily by the programme's own gain.
import { LINK_THRESHOLD, MOVE_THRESHOLD } from './thresholds.ts';
import { similarity } from './similarity.ts';
import { mergeFeatures, type SentenceFeatures } from './vocabulary.ts';
import { linkGain, mergedLink, type AlignedGroup, type SimilarityOf } from './links.ts';

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
export function pairMoves(groups: AlignedGroup[], left: readonly SentenceFeatures[], right: readonly SentenceFeatures[], weight: Float64Array, s: SimilarityOf): AlignedGroup[] {
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
export function releaseMoves(groups: AlignedGroup[], left: readonly SentenceFeatures[], right: readonly SentenceFeatures[], weight: Float64Array, s: SimilarityOf): AlignedGroup[] {
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
