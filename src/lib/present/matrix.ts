// The home page's similarity matrix as plain data: every article against every other, each cell carrying its
// number as text (so the value never depends on colour), a discrete shade for sighted readers, and the pair
// page's URL when the comparison engine made one.
import type { PairSummary } from '../compare/types.ts';
import { pairUrl } from '../routes.ts';
import { articleCaption, formatSimilarity, type ArticleCaption, type CaptionedArticle } from './format.ts';

/** Fields of an article the matrix uses. */
export type MatrixArticle = CaptionedArticle;

/** A row or column heading: one article's caption, with the short key ("3") used as its column label. */
export interface MatrixHeader extends ArticleCaption {
  key: string;
}

/**
 * `self`: the diagonal; `scored`: a pair the engine scored; `unscored`: a pair it never compared (it compares each
 * article with its closest candidates only, so two copies of one story may meet through a third instead).
 */
export type CellKind = 'self' | 'scored' | 'unscored';

/** One cell of the matrix. */
export interface MatrixCell {
  row: string;
  column: string;
  kind: CellKind;
  /** Similarity 0–1, or null when not compared (and on the diagonal). */
  value: number | null;
  /** What is printed in the cell: "0.87", "–" (not compared) or "·" (same article). */
  text: string;
  /** Words a screen reader hears after `text`, e.g. ", variant pair: compare articles 1 and 3". */
  srText: string;
  /** The cell as one sentence (used as its tooltip). */
  description: string;
  /** The pair page, when there is one. */
  url: string | null;
  variant: boolean;
  /** Shade step 0 … SHADE_BOUNDS.length for scored cells, null otherwise; a secondary cue only. */
  level: number | null;
}

/** One row: its article and one cell per column. */
export interface MatrixRow {
  header: MatrixHeader;
  cells: MatrixCell[];
}

/** One step of the shade legend: similarities from `from` (inclusive) to `to` (exclusive, except the last). */
export interface ShadeStep {
  level: number;
  from: number;
  to: number;
  text: string;
}

/** The whole matrix: columns in article order, one row per article. */
export interface SimilarityMatrix {
  columns: MatrixHeader[];
  rows: MatrixRow[];
  legend: ShadeStep[];
  /** Number of scored pairs shown (each counted once). */
  scored: number;
  /** Number of pairs with a pair page. */
  linked: number;
}

/** Lower bounds of shade steps 1…n; below the first bound is step 0. Even fifths: the shade only groups numbers. */
export const SHADE_BOUNDS: readonly number[] = [0.2, 0.4, 0.6, 0.8];

/** The shade step of a similarity: how many bounds it reaches (values outside 0–1 are clamped). */
export function shadeLevel(value: number): number {
  if (Number.isNaN(value)) throw new Error('shadeLevel: similarity is NaN');
  const v = Math.min(1, Math.max(0, value));
  return SHADE_BOUNDS.filter((bound) => v >= bound).length;
}

/** The legend of shade steps, each with its range in words. */
export function shadeLegend(): ShadeStep[] {
  const edges = [0, ...SHADE_BOUNDS, 1];
  return edges.slice(0, -1).map((from, level) => {
    const to = edges[level + 1] ?? 1;
    const last = level === edges.length - 2;
    const text = last
      ? `${formatSimilarity(from)} to ${formatSimilarity(to)}`
      : `${formatSimilarity(from)} to under ${formatSimilarity(to)}`;
    return { level, from, to, text };
  });
}

/** Key of a cell (row article, column article) in the lookup of scored pairs. */
function cellKey(row: string, column: string): string {
  return `${row}\u0000${column}`;
}

function header(a: MatrixArticle, index: number): MatrixHeader {
  return { ...articleCaption(a), key: String(index + 1) };
}

function cell(row: MatrixHeader, column: MatrixHeader, pair: PairSummary | undefined): MatrixCell {
  const base = { row: row.id, column: column.id };
  const who = `${row.key} and ${column.key}`;
  if (row.id === column.id) {
    return {
      ...base,
      kind: 'self',
      value: null,
      text: '·',
      srText: ' same article',
      description: `Article ${row.key} against itself.`,
      url: null,
      variant: false,
      level: null,
    };
  }
  if (!pair) {
    return {
      ...base,
      kind: 'unscored',
      value: null,
      text: '–',
      srText: ' not compared',
      description: `Articles ${who}: not compared (neither was among the other's closest candidates).`,
      url: null,
      variant: false,
      level: null,
    };
  }
  const value = formatSimilarity(pair.similarity);
  const variantText = pair.variant ? ', variant pair' : '';
  const url = pair.variant ? pairUrl(pair.left, pair.right) : null;
  return {
    ...base,
    kind: 'scored',
    value: pair.similarity,
    text: value,
    srText: `${variantText}${url ? `: compare articles ${who}` : ''}`,
    description: `Articles ${who}: similarity ${value}${variantText}.`,
    url,
    variant: pair.variant,
    level: shadeLevel(pair.similarity),
  };
}

/**
 * Builds the matrix of every article against every other, in the order given. A pair counts in both directions
 * (a pair listed as left/right fills both cells); pairs naming an article not in the list are left out.
 */
export function similarityMatrix(articles: readonly MatrixArticle[], pairs: readonly PairSummary[]): SimilarityMatrix {
  const headers = articles.map(header);
  const ids = new Set(articles.map((a) => a.id));
  const byKey = new Map<string, PairSummary>();
  let scored = 0;
  let linked = 0;
  for (const p of pairs) {
    if (p.left === p.right || !ids.has(p.left) || !ids.has(p.right) || byKey.has(cellKey(p.left, p.right))) continue;
    byKey.set(cellKey(p.left, p.right), p);
    byKey.set(cellKey(p.right, p.left), p);
    scored += 1;
    if (p.variant) linked += 1;
  }
  const rows = headers.map((row) => ({
    header: row,
    cells: headers.map((column) => cell(row, column, byKey.get(cellKey(row.id, column.id)))),
  }));
  return { columns: headers, rows, legend: shadeLegend(), scored, linked };
}

/** Most articles the home-page matrix shows: a table of every pair grows with the square of the corpus. */
export const MATRIX_MAX_ARTICLES = 30;

/**
 * Chooses the articles for the matrix: all of them for a small corpus; for a large one, the articles with the
 * most scored pairs (copies first), up to the cap, kept in the given order. The full list stays in /api/pairs.json.
 */
export function matrixArticles<T extends MatrixArticle>(articles: readonly T[], pairs: readonly PairSummary[], max = MATRIX_MAX_ARTICLES): T[] {
  if (articles.length <= max) return [...articles];
  const weight = new Map<string, number>();
  for (const p of pairs) {
    const w = p.variant ? 1 + p.similarity : p.similarity;
    weight.set(p.left, (weight.get(p.left) ?? 0) + w);
    weight.set(p.right, (weight.get(p.right) ?? 0) + w);
  }
  const chosen = new Set([...articles].sort((a, b) => (weight.get(b.id) ?? 0) - (weight.get(a.id) ?? 0)).slice(0, max).map((a) => a.id));
  return articles.filter((a) => chosen.has(a.id));
}
