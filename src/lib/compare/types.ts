// The contract between the comparison engine and everything that shows its results (pages, JSON API, search).
// Shapes marked "public" are served as JSON under /api/ and must not change without a note in the README.

/** How a row of an alignment relates its two sides (public). */
export type RowKind = 'same' | 'changed' | 'moved' | 'left-only' | 'right-only';

/** How much a row was rewritten, for the reader's legend: verbatim, light edit, paraphrase, or new/dropped text. */
export type RowGrade = 'verbatim' | 'light-edit' | 'paraphrase' | 'new';

/**
 * One word-diff operation; ops of a row turn its left text into its right text (public). `variant: true` marks a
 * delete + insert pair of one word written two ways that the engine counts as the same word ("destabilising" /
 * "destabilizing", "US" / "United States"): readers see it as unchanged text.
 */
export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
  variant?: boolean;
}

/** One aligned group of sentences (public fields: kind, left, right, ops). */
export interface AlignmentRow {
  kind: RowKind;
  left: string[];
  right: string[];
  ops: DiffOp[];
  /** Indices of the sentences in each side's flat sentence list (document order). */
  left_index: number[];
  right_index: number[];
  grade: RowGrade;
  /** Sentence similarity of the group, 0–1. */
  score: number;
  /** For a moved row: the index of the row holding its counterpart's original position, if any. */
  moved_from: number | null;
}

/**
 * Kinds of typed change listed for a pair. The last five (GENERIC_CHANGE_TYPES) say what differs in a row no other
 * type covers, so every row that is not the same on both sides has a change: a linked row's sentence breaks, wording
 * or form (row-edits.ts), or a crosshead on one side only (not body text, so listed only when the row holds no other).
 */
export type ChangeType =
  | 'inserted-clause'
  | 'dropped-clause'
  | 'number-changed'
  | 'date-changed'
  | 'name-added'
  | 'name-dropped'
  | 'attribution-changed'
  | 'quote-altered'
  | 'quote-added'
  | 'quote-dropped'
  | 'sentence-added'
  | 'sentence-dropped'
  | 'sentence-moved'
  | 'sentence-breaks-changed'
  | 'wording-changed'
  | 'form-changed'
  | 'heading-added'
  | 'heading-dropped';

/**
 * Change types that say only that a row differs, and where, not what kind of fact changed: listed so every row that
 * differs is in the change list. The hand-made change gold (tests/fixtures/changes) does not score them.
 */
export const GENERIC_CHANGE_TYPES: ReadonlySet<ChangeType> = new Set(['sentence-breaks-changed', 'wording-changed', 'form-changed', 'heading-added', 'heading-dropped']);

/**
 * One typed change (public fields: type, row, left, right, elsewhere_row, end_row): `row` indexes `rows`; left/right
 * are the affected text. For a name added or dropped, `elsewhere_row` is a row where the other article does name it.
 * A change over several rows (a quotation running on through one-sided rows) ends at `end_row`.
 */
export interface Change {
  type: ChangeType;
  row: number;
  left: string | null;
  right: string | null;
  elsewhere_row?: number;
  end_row?: number;
}

/** Figures for one aligned pair. */
export interface AlignmentStats {
  left_sentences: number;
  right_sentences: number;
  rows: number;
  same: number;
  changed: number;
  moved: number;
  left_only: number;
  right_only: number;
  /** Share of left sentences carried into the right (0–1). */
  left_kept: number;
  /** Share of right sentences that come from the left (0–1). */
  right_from_left: number;
}

/** The full alignment of a variant pair, served at the pair's `json` path (public). */
export interface Alignment {
  left: string;
  right: string;
  rows: AlignmentRow[];
  changes: Change[];
  stats: AlignmentStats;
}

/** One scored pair of articles; /api/pairs.json serves it with its links added (src/lib/api/pairs.ts). */
export interface PairSummary {
  left: string;
  right: string;
  similarity: number;
  variant: boolean;
  left_kept: number;
  right_from_left: number;
  /**
   * Linked rows at least CHECK_SHARED_ROW close: sentences the two share nearly word for word. Articles that are no
   * versions of one story may still share a few (an opinion piece quoting a report).
   */
  shared_sentences: number;
  /** Set when the pair is no variant only for want of one link (pair.ts nearMiss); grouping counts it as no evidence. */
  near_miss?: true;
}

/** The comparison engine's result for a whole corpus. */
export interface CorpusComparison {
  /** Every scored pair (candidates that were verified), sorted by left id then right id. */
  pairs: PairSummary[];
  /** Alignment of each variant pair, keyed by alignmentKey(left, right). */
  alignments: Map<string, Alignment>;
  /** Variant groups (connected components of variant pairs), each sorted left-to-right by date then id. */
  groups: string[][];
}
