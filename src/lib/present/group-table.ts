// The group table of a variant group as plain data (the group page): the base text's sentences down the side, one
// column per other copy, each cell saying whether that copy has the sentence the same, differently or not at all,
// plus what each copy has that the base lacks. Cells link to the row of the pair page that shows the sentence. The
// base is a point of reference (the earliest copy when dates settle it), so the words say where text is, not who
// took it from whom. Copies of one text often share a title and an unknown outlet, so every link also carries, for
// screen readers, the copy it belongs to: its key letter, the page's own name for it.
import type { Alignment, AlignmentRow, Change, ChangeType, PairSummary } from '../compare/types.ts';
import type { Article } from '../schema/article.ts';
import { pairRowUrl, pairUrl } from '../routes.ts';
import { pairOrder } from '../compare/orient.ts';
import { GROUP_COMPLETE_MAX } from '../compare/thresholds.ts';
import { articleCaption, formatDate, formatSimilarity, listSeparators, type ArticleCaption, type CaptionedArticle } from './format.ts';
import { provenanceLabel } from './provenance.ts';
import { distinctNames, shownFile } from './distinct-names.ts';
import type { LabelledLink } from './labelled-link.ts';
import { byId } from '../corpus/by-id.ts';
import { sortArticles } from '../corpus/sort.ts';

/** Fields of an article the group table shows. */
export type GroupTableArticle = CaptionedArticle & Pick<Article, 'sentences' | 'published_from' | 'kind' | 'kind_from'> & Partial<Pick<Article, 'dateline'>>;

/** What a copy did with one base sentence; `none` when the engine did not align that copy with the base. */
export type CellState = 'kept' | 'changed' | 'dropped' | 'none';

/** One cell: its state in words and a symbol (never colour alone), and the pair-page row that shows it. */
export interface GroupCell {
  state: CellState;
  text: string;
  symbol: string;
  /** For a sentence that differs, the kinds of fact that differ ("figure", "quote"), named in `text` too; else empty. */
  facts: string[];
  href: string | null;
  /** Read after the text by screen readers: which copy and sentence (" (copy B, sentence 3)"). */
  hidden: string;
}

/** One base sentence and what every copy did with it. */
export interface GroupRow {
  number: number;
  sentence: string;
  cells: GroupCell[];
}

/**
 * Why a copy has no figures against the base (the engine kept no alignment of the two), and the copies it was
 * aligned with instead: it is in the group as their version.
 */
export interface UnalignedCopy {
  /** "Not aligned with the base: …, so no sentence is counted." */
  reason: string;
  /** The copies it is a version of, in column order, each with their pair page and the text after it in a list. */
  via: { key: string; pairUrl: string; after: string }[];
}

/** One copy (column): its caption, its key letter, and what it did with the base. */
export interface GroupColumn extends ArticleCaption {
  key: string;
  /** The link to its article: the title, and which copy it is (" (copy B)", " (the base)") for screen readers. */
  link: LabelledLink;
  /** The pair page comparing the base with this copy, when there is one. */
  pairUrl: string | null;
  kept: number;
  changed: number;
  dropped: number;
  /** Sentences this copy has that the base lacks, each linking to its pair-page row (and saying which copy). */
  additions: LabelledLink[];
  /** Set when the copy was not aligned with the base, so its counts are not figures but say why (null otherwise). */
  unaligned: UnalignedCopy | null;
  /** Its file id, shown when another copy has the same title, outlet and date (null otherwise). */
  file: string | null;
}

/** The whole table. */
export interface GroupTableView {
  base: GroupColumn;
  /** Why this copy is the base: the earliest by known dates, or only the first by date, then file name. */
  baseNote: string;
  columns: GroupColumn[];
  rows: GroupRow[];
}

/** How the table finds the engine's alignment of an oriented pair (left, right), if it made one. */
export type AlignmentLookup = (left: string, right: string) => Alignment | undefined;

/** How the table finds the engine's scores of two articles, named in either order, if it compared them. */
export type ScoreLookup = (a: string, b: string) => Pick<PairSummary, 'similarity' | 'variant'> | undefined;

const CELL: Record<CellState, { text: string; symbol: string; facts: string[] }> = {
  kept: { text: 'same', symbol: '=', facts: [] },
  changed: { text: 'differs', symbol: '≈', facts: [] },
  dropped: { text: 'absent', symbol: '✕', facts: [] },
  none: { text: 'not aligned', symbol: '–', facts: [] },
};

/**
 * The fact a typed change of a row is about, as a group cell names it (no sides: a group has a base and copies, not
 * A and B); wording, form and sentence-break changes name none, and a cell with none reads as a rewording.
 */
const FACT_OF: Partial<Record<ChangeType, string>> = {
  'number-changed': 'figure',
  'date-changed': 'date',
  'name-added': 'name',
  'name-dropped': 'name',
  'attribution-changed': 'attribution',
  'quote-altered': 'quote',
  'quote-added': 'quote',
  'quote-dropped': 'quote',
  'inserted-clause': 'clause',
  'dropped-clause': 'clause',
};

/** The symbol of a differing sentence's cell when facts differ in it (the facts are named after "differs"). */
const FACT_SYMBOL = '≠';

/** The facts the typed changes of row `r` are about, each once, in the order the change list gives them. */
function factsOf(changes: readonly Change[], r: number): string[] {
  const facts = changes.filter((c) => c.row === r || (c.end_row !== undefined && c.row <= r && r <= c.end_row)).flatMap((c) => FACT_OF[c.type] ?? []);
  return [...new Set(facts)];
}

/** The stored alignment of two articles in either order, as the pair that keys it (left, right), or null. */
function storedPair(a: string, b: string, alignment: AlignmentLookup): [string, string] | null {
  if (alignment(a, b)) return [a, b];
  return alignment(b, a) ? [b, a] : null;
}

/**
 * Why a copy has no alignment with the base: the engine compared the two and judged them not versions of one text,
 * or never compared them (candidates are each article's closest few, and only small groups are compared in full);
 * and the copies it was aligned with.
 */
function unalignedCopy(base: string, copy: GroupColumn, columns: readonly GroupColumn[], alignment: AlignmentLookup, score: ScoreLookup): UnalignedCopy {
  const scored = score(base, copy.id);
  const why = scored
    ? `the engine compared the two and found them too different to be versions of one text (similarity ${formatSimilarity(scored.similarity)})`
    : `the engine never compared the two (it compares each article with its closest candidates, and every pair only in groups of at most ${GROUP_COMPLETE_MAX} copies)`;
  const via = columns.flatMap((other) => {
    const pair = other.id === copy.id ? null : storedPair(copy.id, other.id, alignment);
    return pair ? [{ key: other.key, pairUrl: pairUrl(...pair) }] : [];
  });
  const after = listSeparators(via.length);
  return { reason: `Not aligned with the base: ${why}, so no sentence is counted.`, via: via.map((v, i) => ({ ...v, after: after[i] ?? '' })) };
}

/** An alignment seen from `base`: sides swapped when the engine stored the pair the other way round. */
interface Oriented {
  rows: { kind: AlignmentRow['kind']; base: number[]; other: string[]; otherOnly: boolean; baseOnly: boolean; verbatim: boolean }[];
  /** The pair as the engine oriented it (left is the earlier article), for links to its page. */
  left: string;
  right: string;
  /** The pair's typed changes, by row index (rows keep their order when seen from the base). */
  changes: Change[];
}

function alignmentFromBase(base: string, other: string, alignment: AlignmentLookup): Oriented | null {
  const forward = alignment(base, other);
  const backward = forward ? undefined : alignment(other, base);
  const a = forward ?? backward;
  if (!a) return null;
  const flip = !forward;
  return {
    left: flip ? other : base,
    right: flip ? base : other,
    changes: a.changes,
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

/** The base's key; the copies are lettered from B. */
const BASE_KEY = 'Base';

/** Which copy a link belongs to, as screen readers hear it after the link's text: "copy B", "the base". */
function copyName(key: string): string {
  return key === BASE_KEY ? 'the base' : `copy ${key}`;
}

function column(a: GroupTableArticle, key: string, pairUrl: string | null): GroupColumn {
  const caption = articleCaption(a);
  return {
    ...caption,
    key,
    link: { href: caption.url, text: caption.title, hidden: ` (${copyName(key)})` },
    pairUrl,
    kept: 0,
    changed: 0,
    dropped: 0,
    additions: [],
    unaligned: null,
    file: null,
  };
}

/**
 * Builds the table of one group: the first id is the base (groupsWithTable puts it first), the rest are the copies. A copy with no alignment with the base says why (`score` tells whether the engine compared the two).
 * Returns null when the base or fewer than two copies are among the articles.
 */
export function groupTable(group: readonly string[], articles: readonly GroupTableArticle[], alignment: AlignmentLookup, score: ScoreLookup): GroupTableView | null {
  const articleById = byId(articles);
  const members = group.flatMap((id) => {
    const a = articleById.get(id);
    return a ? [a] : [];
  });
  const baseArticle = members[0];
  const copies = members.slice(1);
  if (!baseArticle || copies.length < 2) return null;
  const sentences = baseArticle.sentences.flat();
  const base = column(baseArticle, BASE_KEY, null);
  const oriented = copies.map((c) => alignmentFromBase(baseArticle.id, c.id, alignment));
  const columns = copies.map((c, i) => {
    const o = oriented[i];
    return column(c, String.fromCharCode(66 + (i % 25)) + (i >= 25 ? String(i) : ''), o ? pairUrl(o.left, o.right) : null);
  });
  // Copies of one wire story often keep its title and its agency's dateline: a copy captioned as another is is named
  // by its file too.
  const names = distinctNames([base, ...columns]);
  for (const col of [base, ...columns]) col.file = shownFile(names, col.id);
  const rows: GroupRow[] = sentences.map((sentence, s) => ({
    number: s + 1,
    sentence,
    cells: columns.map((col, i) => {
      const o = oriented[i];
      const hidden = ` (${copyName(col.key)}, sentence ${s + 1})`;
      if (!o) return { state: 'none', ...CELL.none, href: null, hidden };
      const r = o.rows.findIndex((row) => row.base.includes(s));
      const row = o.rows[r];
      const state: CellState = !row || row.baseOnly ? 'dropped' : row.verbatim ? 'kept' : 'changed';
      col[state === 'dropped' ? 'dropped' : state === 'kept' ? 'kept' : 'changed'] += 1;
      const facts = state === 'changed' ? factsOf(o.changes, r) : [];
      const look = facts.length > 0 ? { text: `differs: ${facts.join(', ')}`, symbol: FACT_SYMBOL, facts } : CELL[state];
      return { state, ...look, href: row ? pairRowUrl(o.left, o.right, r) : pairUrl(o.left, o.right), hidden };
    }),
  }));
  columns.forEach((col, i) => {
    const o = oriented[i];
    if (!o) {
      col.unaligned = unalignedCopy(baseArticle.id, col, columns, alignment, score);
      return;
    }
    o.rows.forEach((row, r) => {
      if (row.otherOnly) col.additions.push({ text: row.other.join(' '), href: pairRowUrl(o.left, o.right, r), hidden: ` (${copyName(col.key)})` });
    });
  });
  const aligned = (a: string, b: string) => storedPair(a, b, alignment) !== null;
  return { base, baseNote: baseNote(baseArticle, copies, aligned, alignedCloseness(aligned, score)), columns, rows };
}

/** How close the engine found two articles (their similarity; 0 when it did not align them). */
export type Closeness = (a: string, b: string) => number;

/**
 * Says why the base is the base: the wire copy the curated metadata names, the copy aligned with the most others when
 * the earliest is aligned with fewer, among copies of one day (or none dated) equally aligned the one with an
 * agency's dateline or else the one closest to the others, the earliest when every copy has a later date, else only
 * first in order.
 */
export function baseNote(base: GroupTableArticle, copies: readonly GroupTableArticle[], aligned?: (a: string, b: string) => boolean, closeness: Closeness = () => 0): string {
  if (base.kind === 'wire' && base.kind_from === 'curated') return 'The base is the wire copy, as the curated metadata says (kind: wire); the other copies are read against it.';
  const earliest = sortArticles([base, ...copies])[0] as GroupTableArticle;
  if (aligned && earliest.id !== base.id) {
    const ids = [base, ...copies].map((c) => c.id);
    const count = (id: string) => alignedCount(id, ids, aligned);
    const sameDate = (base.published ?? null) === (earliest.published ?? null);
    if (count(base.id) === count(earliest.id) && sameDate && wireDateline(base)) {
      const when = base.published ? `were published the same day, ${formatDate(base.published)}` : 'are not dated';
      return `The base is the copy with an agency’s dateline (“${base.dateline}”), as wire copy is written: it and the earliest by file name ${when}, and are aligned with as many copies each.`;
    }
    if (count(base.id) === count(earliest.id) && sameDate) {
      const mean = (id: string) => totalCloseness(id, ids, closeness) / (ids.length - 1);
      const when = base.published ? `were published the same day, ${formatDate(base.published)}` : 'are not dated';
      return `The base is the copy closest to the others (similarity ${formatSimilarity(mean(base.id))} on average, against ${formatSimilarity(mean(earliest.id))} for “${earliest.title}”, the first by file name): the copies ${when}, and the one the others differ from least is the likeliest source.`;
    }
    return `The base is the copy aligned with the most others (${count(base.id)} of ${copies.length}); the earliest, “${earliest.title}”, is aligned with ${count(earliest.id)}, so it would leave copies without figures.`;
  }
  if (copies.every((c) => pairOrder(base, c) === 'published' && (base.published ?? '') < (c.published ?? ''))) {
    return `The base is the earliest copy: published ${formatDate(base.published)} (${provenanceLabel(base.published_from, 'published')}).`;
  }
  return 'The dates do not settle which copy came first, so the base is simply the first in order of date, then file name: a point of reference, not necessarily the original.';
}

/** Closeness as the group's base is chosen by: the similarity of two aligned articles, 0 for two not aligned. */
export function alignedCloseness(aligned: (a: string, b: string) => boolean, score: ScoreLookup): Closeness {
  return (a, b) => (aligned(a, b) ? (score(a, b)?.similarity ?? 0) : 0);
}

/** The closeness of `id` to the group's other members, summed. */
function totalCloseness(id: string, group: readonly string[], closeness: Closeness): number {
  return group.reduce((sum, other) => (other === id ? sum : sum + closeness(id, other)), 0);
}

/** How many of a group's other members `id` is aligned with. */
function alignedCount(id: string, group: readonly string[], aligned: (a: string, b: string) => boolean): number {
  return group.filter((other) => other !== id && aligned(id, other)).length;
}

/** A wire's dateline: place, day and the agency's code in brackets ("PORT ASTRELL, March 11 (CPA)"). */
const AGENCY_DATELINE = /\(\p{Lu}[\p{Lu}\p{N}.-]{1,9}\)\s*[-–—]?\s*$/u;

/** True for a copy whose dateline names an agency, as wire copy is written. */
function wireDateline(a: Partial<Pick<Article, 'dateline'>> | undefined): boolean {
  return AGENCY_DATELINE.test(a?.dateline ?? '');
}

/** What choosing a group's base reads of an article. */
export type BaseArticle = Pick<Article, 'id' | 'kind' | 'kind_from'> & Partial<Pick<Article, 'published' | 'dateline'>>;

/** Groups large enough for a group page: a base and at least two copies. */
export function groupsWithTable(groups: readonly (readonly string[])[], articles: readonly BaseArticle[] = [], aligned: (a: string, b: string) => boolean = () => false, closeness: Closeness = () => 0): string[][] {
  const articleById = byId(articles);
  return groups.filter((g) => new Set(g).size >= 3).map((g) => baseFirst([...new Set(g)], articleById, aligned, closeness));
}

/**
 * A group (in date order) with its base first: among the copies the curated metadata calls the wire, if any, else
 * among all, the one aligned with the most others, the earliest on a tie, and among copies of that same day (or of
 * no date) the one with an agency's dateline (wire copy), or else the one closest to the others: each copy departs
 * from the source in its own way, so the source is the one the others differ from least. A translation or a
 * rewrite published before the wire's own copy was reached, then, is read against the wire rather than leaving the
 * wire unaligned.
 */
function baseFirst(group: string[], articleById: ReadonlyMap<string, BaseArticle>, aligned: (a: string, b: string) => boolean, closeness: Closeness): string[] {
  const wires = group.filter((id) => articleById.get(id)?.kind === 'wire' && articleById.get(id)?.kind_from === 'curated');
  const pool = wires.length > 0 ? wires : group;
  const count = (id: string) => alignedCount(id, group, aligned);
  let base = pool[0] as string;
  for (const id of pool) if (count(id) > count(base)) base = id;
  const day = articleById.get(base)?.published ?? null;
  const sameDay = pool.filter((id) => count(id) === count(base) && (articleById.get(id)?.published ?? null) === day);
  if (!wireDateline(articleById.get(base))) {
    const wire = sameDay.find((id) => wireDateline(articleById.get(id)));
    if (wire) base = wire;
    else for (const id of sameDay) if (totalCloseness(id, group, closeness) > totalCloseness(base, group, closeness)) base = id;
  }
  return [base, ...group.filter((id) => id !== base)];
}
