// The pair page as plain data: header figures in words, one view per aligned row with the word diff split into
// per-side segments (side by side) and one merged stream (inline), runs of unchanged rows to fold away, and the
// typed change list with stable #change-N ids pointing at #row-M anchors.
import type { Alignment, AlignmentRow, Change, ChangeType, DiffOp, RowGrade, RowKind } from '../compare/types.ts';
import type { Article, Boilerplate } from '../schema/article.ts';
import { textDirection } from '../text/direction.ts';
import { pairOrder, type PairOrder } from '../compare/orient.ts';
import { changeId, rowId } from '../routes.ts';
import { articleCaption, formatDate, formatPercent, formatSimilarity, plural, type ArticleCaption, type CaptionedArticle } from './format.ts';
import { provenanceLabel } from './provenance.ts';

/** Fields of an article the pair page shows. */
export type PairArticle = CaptionedArticle & Pick<Article, 'boilerplate' | 'published_from'>;

/** Unchanged rows in a run at least this long are folded into one "N unchanged rows" disclosure. */
export const COLLAPSE_MIN_RUN = 3;

/** A stretch of diffed text in one rendering: unchanged, added (right side) or removed (left side). */
export interface DiffSegment {
  kind: 'equal' | 'ins' | 'del';
  text: string;
}

/** A link to another row or change on the same page. */
export interface Anchor {
  href: string;
  text: string;
}

/** One aligned row as the page renders it. */
export interface RowView {
  /** 0-based index into alignment.rows. */
  index: number;
  /** 1-based, as readers see it. */
  number: number;
  /** Element id, `row-N`. */
  id: string;
  kind: RowKind;
  kindLabel: string;
  grade: RowGrade;
  gradeLabel: string;
  /** Left cell: unchanged and removed words; empty for a right-only row. */
  left: DiffSegment[];
  /** Right cell: unchanged and added words; empty for a left-only row. */
  right: DiffSegment[];
  /** One column: removed and added words in reading order. */
  inline: DiffSegment[];
  leftDir: 'ltr' | 'rtl';
  rightDir: 'ltr' | 'rtl';
  /** For a moved row: the row where its text sat in the left article. */
  movedFrom: Anchor | null;
  /** Rows moved away from near this row. */
  movedTo: Anchor[];
  /** The typed changes found in this row, linking to their list entries. */
  changes: Anchor[];
}

/** A block of the row list: rows shown as they are, or a run of unchanged rows folded away. */
export type RowBlock =
  | { type: 'rows'; rows: RowView[] }
  | { type: 'unchanged'; rows: RowView[]; summary: string };

/** One entry of the change list. */
export interface ChangeView {
  number: number;
  /** Element id, `change-N`. */
  id: string;
  type: ChangeType;
  label: string;
  /** `#row-M`. */
  rowHref: string;
  rowNumber: number;
  left: string | null;
  right: string | null;
  /** Classes of the <q> around each text: `was`/`now`, plus `own-quotes` when the text opens with its own quotation mark. */
  leftClass: string;
  rightClass: string;
  /** For a name added or dropped that the other article does name elsewhere: that row ("B names it in row 3"). */
  elsewhere: Anchor | null;
}

// A quoted text that opens with its own quotation mark gets no second one from <q> (““MESA will…”).
const OPENING_QUOTE = /^\s*[“"‘'«„‹]/u;
const quoteClass = (base: string, text: string | null) => (text !== null && OPENING_QUOTE.test(text) ? `${base} own-quotes` : base);

/** One side's heading data: the article's caption, its letter and its boilerplate. */
export interface SideView extends ArticleCaption {
  /** "A" or "B". */
  letter: string;
  boilerplate: Boilerplate[];
}

/** One grade of the legend, with how many rows have it. */
export interface GradeLegendEntry {
  grade: RowGrade;
  label: string;
  description: string;
  count: number;
}

/** Everything the pair page renders. */
export interface PairView {
  title: string;
  description: string;
  left: SideView;
  right: SideView;
  /** "Similarity 0.81" or null when the caller has no pair summary. */
  similarityText: string | null;
  /** Why A is A and B is B: by publication date (which came first, and how the dates are known) or by file name. */
  order: PairOrder;
  orderText: string;
  /** "81% of A’s sentences have a counterpart in B, and 77% of B’s have one in A." (no direction of copying). */
  overlapText: string;
  /** Counts in words: "16 rows: 3 unchanged, 6 changed, 1 moved, 3 only in A, 3 only in B." */
  countsText: string;
  blocks: RowBlock[];
  rows: RowView[];
  changes: ChangeView[];
  /** Changes per type, in first-seen order, for the list's summary. */
  changeCounts: { label: string; count: number }[];
  grades: GradeLegendEntry[];
  hasBoilerplate: boolean;
  /** "A: license; B: share (2), related": what the folded boilerplate section holds, for its summary. */
  boilerplateSummary: string;
}

const KIND_LABELS: Record<RowKind, string> = {
  same: 'Unchanged',
  changed: 'Changed',
  moved: 'Moved',
  'left-only': 'Only in A',
  'right-only': 'Only in B',
};

// Grades and change labels say where text is (in A, in B, in both), never that one article took it from the other:
// the A/B order is by date at best, and two rewrites of one wire copy need not derive from each other.
export const ROW_GRADES: Record<RowGrade, { label: string; description: string }> = {
  verbatim: { label: 'Verbatim', description: 'same words, at most punctuation or spacing differs' },
  'light-edit': { label: 'Light edit', description: 'a few words changed' },
  paraphrase: { label: 'Paraphrase', description: 'same content, largely reworded' },
  new: { label: 'Unmatched', description: 'text in one article only, with no counterpart in the other' },
};

const CHANGE_LABELS: Record<ChangeType, string> = {
  'inserted-clause': 'Clause only in B',
  'dropped-clause': 'Clause only in A',
  'number-changed': 'Number differs',
  'date-changed': 'Date differs',
  'name-added': 'Name only in B',
  'name-dropped': 'Name only in A',
  'attribution-changed': 'Attribution differs',
  'quote-altered': 'Quote differs',
  'quote-added': 'Quote only in B',
  'quote-dropped': 'Quote only in A',
  'sentence-added': 'Sentence only in B',
  'sentence-dropped': 'Sentence only in A',
  'sentence-moved': 'Sentence in another place',
};

/** A label inside a sentence: first letter lower-cased, the side letters A and B kept. */
function inSentence(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** A side's date in words with where it came from: "27 July 2018 (curated metadata)". */
function datedText(a: Pick<PairArticle, 'published' | 'published_from'>): string {
  return `${formatDate(a.published)} (${provenanceLabel(a.published_from, 'published')})`;
}

/**
 * Says why A is on the left: which was published first and how both dates are known, or, without two different
 * dates, that the order is by file name and tells nothing about which came first or which copied which.
 */
export function orderText(left: Pick<PairArticle, 'published' | 'published_from'>, right: Pick<PairArticle, 'published' | 'published_from'>): string {
  if (pairOrder(left, right) === 'published') return `A was published first: A on ${datedText(left)}, B on ${datedText(right)}.`;
  const byName = 'so A and B are simply in order of file name';
  if (left.published && right.published) return `Both are dated ${datedText(left)}, ${byName}: which came first is not known.`;
  const dated = left.published ? ['A', left] as const : right.published ? ['B', right] as const : null;
  if (dated) return `Only ${dated[0]} is dated (${datedText(dated[1])}), ${byName}: which came first is not known.`;
  return `Neither text is dated, ${byName}: nothing here says which came first, or which copied which.`;
}

/** "A: license; B: share (2), related": what each side's boilerplate holds, by kind. */
export function boilerplateSummary(sides: readonly Pick<SideView, 'letter' | 'boilerplate'>[]): string {
  return sides
    .map((s) => {
      const kinds = new Map<string, number>();
      for (const b of s.boilerplate) kinds.set(b.kind, (kinds.get(b.kind) ?? 0) + 1);
      const parts = [...kinds].map(([kind, n]) => `${kind.replace(/-/g, ' ')}${n > 1 ? ` (${n})` : ''}`);
      return `${s.letter}: ${parts.length > 0 ? parts.join(', ') : 'none'}`;
    })
    .join('; ');
}

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Joins adjacent segments of the same kind, dropping empty ones. */
function merge(segments: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (const s of segments) {
    if (s.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.kind === s.kind) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

const SEGMENT_OF: Record<DiffOp['op'], DiffSegment['kind']> = { equal: 'equal', insert: 'ins', delete: 'del' };

/**
 * Splits a row's word diff into its renderings. The ops are trusted only when they give back both sides' text
 * (whitespace aside); otherwise the row shows its sentences whole, so a faulty diff can never hide or invent words.
 */
export function rowSegments(row: Pick<AlignmentRow, 'kind' | 'left' | 'right' | 'ops'>): Pick<RowView, 'left' | 'right' | 'inline'> {
  const leftText = row.left.join(' ');
  const rightText = row.right.join(' ');
  // A variant pair (one word spelt two ways, or one name written two ways) is unchanged text side by side, each side
  // in its own words. The inline view has one column, so it shows both, A's struck and B's added: it must never put
  // B's wording in A's mouth.
  const kindOf = (o: DiffOp): DiffSegment['kind'] => (o.variant ? 'equal' : SEGMENT_OF[o.op]);
  const all = merge(row.ops.map((o) => ({ kind: SEGMENT_OF[o.op], text: o.text })));
  const left = merge(row.ops.filter((o) => o.op !== 'insert').map((o) => ({ kind: kindOf(o), text: o.text })));
  const right = merge(row.ops.filter((o) => o.op !== 'delete').map((o) => ({ kind: kindOf(o), text: o.text })));
  const opsAgree =
    row.ops.length > 0 &&
    squash(left.map((s) => s.text).join('')) === squash(leftText) &&
    squash(right.map((s) => s.text).join('')) === squash(rightText);
  // One-side-only rows are shown plainly beside an empty cell; the row label says which side has them.
  if (row.kind === 'left-only' || row.kind === 'right-only' || !opsAgree) {
    const plainLeft: DiffSegment[] = leftText ? [{ kind: 'equal', text: leftText }] : [];
    const plainRight: DiffSegment[] = rightText ? [{ kind: 'equal', text: rightText }] : [];
    const inline: DiffSegment[] =
      leftText === rightText
        ? plainLeft
        : merge([
            { kind: 'del', text: leftText },
            { kind: 'equal', text: leftText && rightText ? ' ' : '' },
            { kind: 'ins', text: rightText },
          ]);
    return { left: plainLeft, right: plainRight, inline };
  }
  return { left: merge(left), right: merge(right), inline: all };
}

function side(letter: string, a: PairArticle): SideView {
  return { ...articleCaption(a), letter, boilerplate: a.boilerplate };
}

/** Groups rows into blocks, folding runs of at least `minRun` unchanged rows. */
export function rowBlocks(rows: readonly RowView[], minRun = COLLAPSE_MIN_RUN): RowBlock[] {
  const blocks: RowBlock[] = [];
  let i = 0;
  while (i < rows.length) {
    let j = i;
    while (j < rows.length && rows[j]?.kind === 'same') j += 1;
    if (j - i >= minRun) {
      const run = rows.slice(i, j);
      const first = run[0]?.number ?? 0;
      const last = run[run.length - 1]?.number ?? 0;
      blocks.push({ type: 'unchanged', rows: run, summary: `${run.length} unchanged rows (rows ${first}–${last})` });
      i = j;
      continue;
    }
    const end = j === i ? i + 1 : j;
    const last = blocks[blocks.length - 1];
    const slice = rows.slice(i, end);
    if (last && last.type === 'rows') last.rows.push(...slice);
    else blocks.push({ type: 'rows', rows: [...slice] });
    i = end;
  }
  return blocks;
}

/** The change list: one entry per typed change, numbered in the engine's order. */
export function changeViews(changes: readonly Change[], rowCount: number): ChangeView[] {
  return changes.flatMap((c, i) =>
    c.row >= 0 && c.row < rowCount
      ? [{
          number: i + 1,
          id: changeId(i),
          type: c.type,
          label: CHANGE_LABELS[c.type] ?? c.type,
          rowHref: `#${rowId(c.row)}`,
          rowNumber: c.row + 1,
          left: c.left,
          right: c.right,
          leftClass: quoteClass('was', c.left),
          rightClass: quoteClass('now', c.right),
          elsewhere: c.elsewhere_row === undefined || c.elsewhere_row < 0 || c.elsewhere_row >= rowCount
            ? null
            : { href: `#${rowId(c.elsewhere_row)}`, text: `${c.type === 'name-dropped' ? 'B' : 'A'} names it in row ${c.elsewhere_row + 1}` },
        }]
      : [],
  );
}

/**
 * Builds the pair page of one alignment. `similarity` comes from the pair's summary (the alignment itself does not
 * carry it); the overlap figures come from the alignment's stats.
 */
export function pairView(alignment: Alignment, leftArticle: PairArticle, rightArticle: PairArticle, similarity: number | null = null): PairView {
  const changes = changeViews(alignment.changes, alignment.rows.length);
  const changesByRow = new Map<number, Anchor[]>();
  for (const c of changes) {
    const list = changesByRow.get(c.rowNumber - 1) ?? [];
    list.push({ href: `#${c.id}`, text: `Change ${c.number}: ${inSentence(c.label)}` });
    changesByRow.set(c.rowNumber - 1, list);
  }
  const movedTo = new Map<number, Anchor[]>();
  alignment.rows.forEach((row, i) => {
    if (row.kind !== 'moved' || row.moved_from === null || row.moved_from === i || !alignment.rows[row.moved_from]) return;
    const list = movedTo.get(row.moved_from) ?? [];
    list.push({ href: `#${rowId(i)}`, text: `A has row ${i + 1}’s text near here` });
    movedTo.set(row.moved_from, list);
  });
  const rows: RowView[] = alignment.rows.map((row, i) => {
    const from = row.kind === 'moved' && row.moved_from !== null && alignment.rows[row.moved_from] && row.moved_from !== i ? row.moved_from : null;
    return {
      index: i,
      number: i + 1,
      id: rowId(i),
      kind: row.kind,
      kindLabel: KIND_LABELS[row.kind],
      grade: row.grade,
      gradeLabel: ROW_GRADES[row.grade].label,
      ...rowSegments(row),
      leftDir: textDirection(row.left.join(' ')),
      rightDir: textDirection(row.right.join(' ')),
      movedFrom: from === null ? null : { href: `#${rowId(from)}`, text: `In A this text stands near row ${from + 1}` },
      movedTo: movedTo.get(i) ?? [],
      changes: changesByRow.get(i) ?? [],
    };
  });
  const s = alignment.stats;
  const changeCounts: { label: string; count: number }[] = [];
  for (const c of changes) {
    const entry = changeCounts.find((e) => e.label === c.label);
    if (entry) entry.count += 1;
    else changeCounts.push({ label: c.label, count: 1 });
  }
  const grades = (Object.keys(ROW_GRADES) as RowGrade[]).map((grade) => ({
    grade,
    ...ROW_GRADES[grade],
    count: rows.filter((r) => r.grade === grade).length,
  }));
  const left = side('A', leftArticle);
  const right = side('B', rightArticle);
  const overlapText = `${formatPercent(s.left_kept)} of A’s sentences have a counterpart in B, and ${formatPercent(s.right_from_left)} of B’s have one in A.`;
  return {
    title: `${leftArticle.title} — compared with — ${rightArticle.title}`,
    description: `Side by side: ${left.outlet} and ${right.outlet}. ${overlapText}`,
    left,
    right,
    similarityText: similarity === null ? null : `Similarity ${formatSimilarity(similarity)}`,
    order: pairOrder(leftArticle, rightArticle),
    orderText: orderText(leftArticle, rightArticle),
    overlapText,
    countsText: `${plural(s.rows, 'row')}: ${s.same} unchanged, ${s.changed} changed, ${s.moved} moved, ${s.left_only} only in A, ${s.right_only} only in B.`,
    blocks: rowBlocks(rows),
    rows,
    changes,
    changeCounts,
    grades,
    hasBoilerplate: left.boilerplate.length + right.boilerplate.length > 0,
    boilerplateSummary: boilerplateSummary([left, right]),
  };
}
