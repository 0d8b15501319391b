// One pair of articles aligned: rows from the sentence alignment, their word diffs, figures and the variant verdict.
import type { Article } from '../schema/article.ts';
import type { Alignment, AlignmentRow, AlignmentStats, RowKind } from './types.ts';
import { alignSentences, type AlignedGroup } from './align.ts';
import { listChanges } from './changes.ts';
import { CHECK_SHARED_ROW, MAX_ALIGN_CELLS, VARIANT_MIN_CARRIED, VARIANT_MIN_COVERAGE, VARIANT_MIN_LINKS } from './thresholds.ts';
import type { SentenceFeatures, Vocabulary } from './vocabulary.ts';
import { gradeOps, wordDiff } from './word-diff.ts';
import type { EntityTable } from '../text/entities.ts';
import { straightQuotes } from '../text/quote-marks.ts';

/** The sentences of an article in reading order, paragraphs flattened. */
export function flatSentences(article: Pick<Article, 'sentences'>): string[] {
  return article.sentences.flat();
}

/** Flat sentence indices of an article's crossheads (heading paragraphs), which are not body text. */
export function headingSentences(article: Pick<Article, 'sentences'> & { headings?: readonly number[] }): Set<number> {
  const out = new Set<number>();
  let at = 0;
  article.sentences.forEach((paragraph, p) => {
    if (article.headings?.includes(p)) paragraph.forEach((_s, k) => out.add(at + k));
    at += paragraph.length;
  });
  return out;
}

/** True when two texts are small enough to align: beyond MAX_ALIGN_CELLS the build scores a pair as unrelated. */
export function canAlign(left: Pick<Article, 'sentences'>, right: Pick<Article, 'sentences'>): boolean {
  return flatSentences(left).length * flatSentences(right).length <= MAX_ALIGN_CELLS;
}

/** A row's shape before its word diff: which sentences it holds, its kind and link score (what the figures need). */
type RowShape = Omit<AlignmentRow, 'ops' | 'grade'>;

function rowShape(group: AlignedGroup, left: readonly string[], right: readonly string[], rowIndexOfLeft: Map<number, number>): RowShape {
  const l = group.left.map((i) => left[i] as string);
  const r = group.right.map((j) => right[j] as string);
  const linked = l.length > 0 && r.length > 0;
  const kind: RowKind = !linked ? (l.length > 0 ? 'left-only' : 'right-only') : group.moved ? 'moved' : straightQuotes(l.join(' ')) === straightQuotes(r.join(' ')) ? 'same' : 'changed';
  let movedFrom: number | null = null;
  if (group.moved) {
    // The row just before where the moved sentence stood on the left, so readers can jump to its old place.
    const before = [...rowIndexOfLeft.entries()].filter(([i]) => i < (group.left[0] as number)).sort((a, b) => b[0] - a[0])[0];
    movedFrom = before ? before[1] : null;
  }
  return { kind, left: l, right: r, left_index: group.left, right_index: group.right, score: Math.round(group.score * 1000) / 1000, moved_from: movedFrom };
}

/** A row with its word diff and grade: the costly part, done only for pairs that turn out to be variants. */
function finishRow(shape: RowShape, entities?: EntityTable): AlignmentRow {
  const ops = wordDiff(shape.left.join(' '), shape.right.join(' '), entities);
  const linked = shape.left.length > 0 && shape.right.length > 0;
  return {
    kind: shape.kind,
    left: shape.left,
    right: shape.right,
    ops,
    left_index: shape.left_index,
    right_index: shape.right_index,
    grade: linked ? gradeOps(ops) : 'new',
    score: shape.score,
    moved_from: shape.moved_from,
  };
}

/** Similarity and directional overlap of an alignment (0–1), from the rows it links. */
export function alignmentStats(rows: readonly Pick<AlignmentRow, 'kind' | 'left' | 'right' | 'score'>[], leftCount: number, rightCount: number): AlignmentStats & { similarity: number; links: number; carried: number } {
  const count = (kind: RowKind) => rows.filter((r) => r.kind === kind).length;
  const linked = rows.filter((r) => r.left.length > 0 && r.right.length > 0);
  const keptLeft = linked.reduce((n, r) => n + r.left.length, 0);
  const fromLeft = linked.reduce((n, r) => n + r.right.length, 0);
  const weighted = linked.reduce((n, r) => n + r.score * (r.left.length + r.right.length), 0);
  // Coverage weighted by how close each link is, in the better-covered direction: weak links between articles
  // that merely share sentence frames add little, a copy's strong links add up.
  const carriedLeft = leftCount === 0 ? 0 : linked.reduce((n, r) => n + r.score * r.left.length, 0) / leftCount;
  const carriedRight = rightCount === 0 ? 0 : linked.reduce((n, r) => n + r.score * r.right.length, 0) / rightCount;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    left_sentences: leftCount,
    right_sentences: rightCount,
    rows: rows.length,
    same: count('same'),
    changed: count('changed'),
    moved: count('moved'),
    left_only: count('left-only'),
    right_only: count('right-only'),
    left_kept: leftCount === 0 ? 0 : round(keptLeft / leftCount),
    right_from_left: rightCount === 0 ? 0 : round(fromLeft / rightCount),
    similarity: leftCount + rightCount === 0 ? 0 : round(Math.min(1, weighted / (leftCount + rightCount))),
    links: linked.length,
    carried: round(Math.max(carriedLeft, carriedRight)),
  };
}

/** The figures of an alignment the variant verdict reads. */
type VerdictStats = { links: number; carried: number; left_kept: number; right_from_left: number; left_sentences: number; right_sentences: number };

/** True when an alignment covers enough of the shorter article, by share and by weight, for two copies of one story. */
const covers = (stats: VerdictStats) => Math.max(stats.left_kept, stats.right_from_left) >= VARIANT_MIN_COVERAGE && stats.carried >= VARIANT_MIN_CARRIED;

/** True when an alignment shows two copies of one story: enough links covering enough of the shorter article. */
export function isVariant(stats: VerdictStats): boolean {
  const needed = Math.min(VARIANT_MIN_LINKS, stats.left_sentences, stats.right_sentences);
  return stats.links >= Math.max(1, needed) && covers(stats);
}

/**
 * True when an alignment covers enough of the shorter article but has two links, one short of VARIANT_MIN_LINKS: a
 * condensed copy of three sentences against another copy that kept two of them. Its "not a variant" is too weak to
 * count against that copy joining its story's group.
 */
export function nearMiss(stats: VerdictStats): boolean {
  return !isVariant(stats) && stats.links === VARIANT_MIN_LINKS - 1 && covers(stats);
}

/** A pair scored but not yet diffed: its rows' shapes, figures and verdict. */
export interface PairScore {
  rows: RowShape[];
  stats: AlignmentStats;
  similarity: number;
  variant: boolean;
  /** A "not a variant" one link short of the verdict (nearMiss). */
  nearMiss: boolean;
  /** The best similarity of any linked row (0 with none): one shared sentence shows shared text. */
  closest: number;
  /** Linked rows at least CHECK_SHARED_ROW close: sentences the two share nearly word for word. */
  shared: number;
}

/** What scoring reads of an article: its sentences, and its crossheads (paragraph indices) when it has any. */
export type ScorableArticle = Pick<Article, 'sentences'> & { headings?: readonly number[] };

/** Aligns two articles' sentences (documents `li` and `ri` of the vocabulary) and scores the result, without word diffs. */
export function scoreArticles(left: ScorableArticle, right: ScorableArticle, vocabulary: Vocabulary, li: number, ri: number): PairScore {
  const ls = flatSentences(left);
  const rs = flatSentences(right);
  const headings = { left: headingSentences(left), right: headingSentences(right) };
  const groups = alignSentences(vocabulary.sentences[li] as SentenceFeatures[], vocabulary.sentences[ri] as SentenceFeatures[], vocabulary.weight, ls, rs, headings);
  const rowIndexOfLeft = new Map<number, number>();
  groups.forEach((g, k) => {
    if (!g.moved) for (const i of g.left) rowIndexOfLeft.set(i, k);
  });
  const rows = groups.map((g) => rowShape(g, ls, rs, rowIndexOfLeft));
  const { similarity, links, carried, ...stats } = alignmentStats(rows, ls.length, rs.length);
  const linkedScores = rows.filter((r) => r.left.length > 0 && r.right.length > 0).map((r) => r.score);
  const closest = Math.max(0, ...linkedScores);
  const shared = linkedScores.filter((s) => s >= CHECK_SHARED_ROW).length;
  const verdict = { ...stats, links, carried };
  return { rows, stats, similarity, variant: isVariant(verdict), nearMiss: nearMiss(verdict), closest, shared };
}

/** What finishing an alignment reads of an article: its id, and its sentences and crossheads (headingSentences). */
export type FinishableArticle = Pick<Article, 'id' | 'sentences'> & { headings?: readonly number[] };

/**
 * Completes a scored pair into the alignment readers see: word diffs per row and the typed changes, both under the
 * vocabulary's entity rules (crossheads are not body text, so they are never a dropped or added sentence).
 */
export function finishAlignment(left: FinishableArticle, right: FinishableArticle, score: PairScore, vocabulary: Vocabulary): Alignment {
  const rows = score.rows.map((shape) => finishRow(shape, vocabulary.entities));
  const changes = listChanges(rows, { entities: vocabulary.entities, leftHeadings: headingSentences(left), rightHeadings: headingSentences(right) });
  return { left: left.id, right: right.id, rows, changes, stats: score.stats };
}

/** Aligns two articles (documents `li` and `ri` of the vocabulary) and lists their typed changes. */
export function alignArticles(left: FinishableArticle, right: FinishableArticle, vocabulary: Vocabulary, li: number, ri: number): Alignment & { similarity: number; variant: boolean } {
  const score = scoreArticles(left, right, vocabulary, li, ri);
  return { ...finishAlignment(left, right, score, vocabulary), similarity: score.similarity, variant: score.variant };
}
