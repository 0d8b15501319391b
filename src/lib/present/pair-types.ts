// The shapes of the pair page's view model (pair-view.ts builds it; the page, the reader script and the terminal
// render it): sides, aligned rows as diff segments, folded blocks and the typed change list.
import type { HeadlineView } from './headline-view.ts';
import type { ChangeType, RowGrade, RowKind } from '../compare/types.ts';
import type { Article, Boilerplate } from '../schema/article.ts';
import type { PairOrder } from '../compare/orient.ts';
import type { ArticleCaption, CaptionedArticle } from './format.ts';

/** Fields of an article the pair page shows. */
export type PairArticle = CaptionedArticle & Pick<Article, 'boilerplate' | 'published_from'> & Partial<Pick<Article, 'title_from'>>;

/** A stretch of diffed text in one rendering: unchanged, added (right side) or removed (left side). */
export interface DiffSegment {
  kind: 'equal' | 'ins' | 'del';
  text: string;
  /** One word written two ways (defence / defense, 4% / 4 percent): the same word, marked apart from real edits. */
  variant?: true;
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
  /** Null for a one-sided row, whose kind label ("Only in A") already says what its grade would. */
  gradeLabel: string | null;
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
  /** The change's last row: its own row, or a later one for a change over several rows (a quotation running on). */
  lastRowNumber: number;
  /** "row 3", or "rows 3–4" for a change over several rows. */
  rowsText: string;
  left: string | null;
  right: string | null;
  /** Classes of the <q> around each text: `was`/`now`, plus `own-quotes` when the text opens with its own quotation mark. */
  leftClass: string;
  rightClass: string;
  /** For a name added or dropped that the other article does name elsewhere: that row ("B names it in row 3"). */
  elsewhere: Anchor | null;
}

/** One side's heading data: the article's caption, its letter and its boilerplate. */
export interface SideView extends ArticleCaption {
  /** "A" or "B". */
  letter: string;
  boilerplate: Boilerplate[];
  /** The side's file id, printed when its title, outlet and date are all the other side's (shownFile); else null. */
  file: string | null;
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
  /** The two headlines word-diffed above the rows, or why they are not compared. */
  headline: HeadlineView;
  blocks: RowBlock[];
  rows: RowView[];
  changes: ChangeView[];
  /** Changes per type, in first-seen order, for the list's summary. */
  changeCounts: { label: string; count: number }[];
  grades: GradeLegendEntry[];
  hasBoilerplate: boolean;
  /** "A: license; B: share (2), related": what the folded boilerplate section holds, for its summary. */
  boilerplateSummary: string;
  /**
   * Set for a reader's own text (B) only: the rows where its sentences meet A's, unchanged ones included, which the
   * change list (changes only) leaves out. A quotation checked against a long article is one such row among many.
   */
  foundRows?: FoundRows | null;
}

/** Where a given text's sentences are in the article: a lead-in, links to the first rows, and how many more. */
export interface FoundRows {
  text: string;
  rows: Anchor[];
  more: number;
}
