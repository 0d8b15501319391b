// The N-way view of a variant group as plain data: the base text's sentences down the side, one column per other
// copy, each cell saying whether that copy kept, changed or dropped the sentence, plus what each copy added. Cells
// link to the row of the pair page that shows the sentence.
import type { Alignment, AlignmentRow } from '../compare/types.ts';
import type { Article } from '../schema/article.ts';
import { formatDate } from './provenance.ts';
import { rowId } from './pair-view.ts';

/** Fields of an article the group view shows. */
export type GroupViewArticle = Pick<Article, 'id' | 'title' | 'url' | 'outlet' | 'published' | 'sentences'>;

/** What a copy did with one base sentence; `none` when the engine did not align that copy with the base. */
export type CellState = 'kept' | 'changed' | 'dropped' | 'none';

/** One cell: its state in words and a symbol (never colour alone), and the pair-page row that shows it. */
export interface GroupCell {
  state: CellState;
  text: string;
  symbol: string;
  href: string | null;
}

/** One base sentence and what every copy did with it. */
export interface GroupRow {
  number: number;
  sentence: string;
  cells: GroupCell[];
}

/** One copy (column). */
export interface GroupColumn {
  id: string;
  key: string;
  title: string;
  url: string;
  outlet: string;
  dateText: string;
  /** The pair page comparing the base with this copy, when there is one. */
  pairUrl: string | null;
  kept: number;
  changed: number;
  dropped: number;
  /** Sentences this copy has that the base lacks, each linking to its pair-page row. */
  additions: { text: string; href: string | null }[];
}

/** The whole matrix. */
export interface GroupMatrix {
  base: GroupColumn;
  columns: GroupColumn[];
  rows: GroupRow[];
}

/** How the matrix finds an alignment and the page of a pair; the engine's lookups are passed in. */
export interface GroupLookups {
  alignment: (left: string, right: string) => Alignment | undefined;
  pairUrl: (left: string, right: string) => string;
}

const CELL: Record<CellState, { text: string; symbol: string }> = {
  kept: { text: 'kept', symbol: '=' },
  changed: { text: 'changed', symbol: '≈' },
  dropped: { text: 'dropped', symbol: '✕' },
  none: { text: 'not compared', symbol: '–' },
};

/** An alignment seen from `base`: sides swapped when the engine stored the pair the other way round. */
interface Oriented {
  rows: { kind: AlignmentRow['kind']; base: number[]; other: string[]; otherOnly: boolean; baseOnly: boolean; verbatim: boolean }[];
  url: string;
}

function orient(base: string, other: string, lookups: GroupLookups): Oriented | null {
  const forward = lookups.alignment(base, other);
  const backward = forward ? undefined : lookups.alignment(other, base);
  const a = forward ?? backward;
  if (!a) return null;
  const flip = !forward;
  return {
    url: flip ? lookups.pairUrl(other, base) : lookups.pairUrl(base, other),
    rows: a.rows.map((r) => ({
      kind: r.kind,
      base: flip ? r.right_index : r.left_index,
      other: flip ? r.left : r.right,
      baseOnly: r.kind === (flip ? 'right-only' : 'left-only'),
      otherOnly: r.kind === (flip ? 'left-only' : 'right-only'),
      verbatim: r.kind === 'same' || r.grade === 'verbatim',
    })),
  };
}

function column(a: GroupViewArticle, key: string, pairUrl: string | null): GroupColumn {
  return {
    id: a.id,
    key,
    title: a.title,
    url: a.url,
    outlet: a.outlet ?? 'outlet not stated',
    dateText: formatDate(a.published),
    pairUrl,
    kept: 0,
    changed: 0,
    dropped: 0,
    additions: [],
  };
}

/**
 * Builds the matrix of one group: the first id is the base (the engine orders groups by date), the rest are the
 * copies. Returns null when the base or fewer than two copies are among the articles.
 */
export function groupMatrix(group: readonly string[], articles: readonly GroupViewArticle[], lookups: GroupLookups): GroupMatrix | null {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const members = group.flatMap((id) => {
    const a = byId.get(id);
    return a ? [a] : [];
  });
  const baseArticle = members[0];
  const copies = members.slice(1);
  if (!baseArticle || copies.length < 2) return null;
  const sentences = baseArticle.sentences.flat();
  const base = column(baseArticle, 'Base', null);
  const oriented = copies.map((c) => orient(baseArticle.id, c.id, lookups));
  const columns = copies.map((c, i) => column(c, String.fromCharCode(66 + (i % 25)) + (i >= 25 ? String(i) : ''), oriented[i]?.url ?? null));
  const rows: GroupRow[] = sentences.map((sentence, s) => ({
    number: s + 1,
    sentence,
    cells: columns.map((col, i) => {
      const o = oriented[i];
      if (!o) return { state: 'none', ...CELL.none, href: null };
      const r = o.rows.findIndex((row) => row.base.includes(s));
      const row = o.rows[r];
      const state: CellState = !row || row.baseOnly ? 'dropped' : row.verbatim ? 'kept' : 'changed';
      col[state === 'dropped' ? 'dropped' : state === 'kept' ? 'kept' : 'changed'] += 1;
      return { state, ...CELL[state], href: row ? `${o.url}#${rowId(r)}` : o.url };
    }),
  }));
  columns.forEach((col, i) => {
    const o = oriented[i];
    if (!o) return;
    o.rows.forEach((row, r) => {
      if (row.otherOnly) col.additions.push({ text: row.other.join(' '), href: `${o.url}#${rowId(r)}` });
    });
  });
  return { base, columns, rows };
}

/** The URL of a group's matrix page, named after its base article. */
export function groupUrl(baseId: string): string {
  return `/compare/group/${baseId}/`;
}

/** Groups large enough for a matrix page: a base and at least two copies. */
export function matrixGroups(groups: readonly (readonly string[])[]): string[][] {
  return groups.filter((g) => new Set(g).size >= 3).map((g) => [...new Set(g)]);
}
