// The pair page's words for row kinds, row grades and change types: the one vocabulary the page, the legend, the
// method page and the terminal view share.
import type { ChangeType, RowGrade, RowKind } from '../compare/types.ts';

/** A row kind as the row's label says it. */
export const ROW_KIND_LABELS: Record<RowKind, string> = {
  same: 'Unchanged',
  changed: 'Changed',
  moved: 'Moved',
  'left-only': 'Only in A',
  'right-only': 'Only in B',
};

// Grades and change labels say where text is (in A, in B, in both), never that one article took it from the other:
// the A/B order is by date at best, and two rewrites of one wire copy need not derive from each other.
/** Each row grade's label and the legend's description of it, in legend order. */
export const ROW_GRADES: Record<RowGrade, { label: string; description: string }> = {
  verbatim: { label: 'Verbatim', description: 'same words, at most punctuation or spacing differs' },
  'light-edit': { label: 'Light edit', description: 'a few words changed, or every word of one side in the other' },
  paraphrase: { label: 'Paraphrase', description: 'same content, largely reworded' },
  new: { label: 'Only in A or B', description: 'text in one article only, with no counterpart in the other' },
};

/** A change type as the change list labels it. */
export const CHANGE_LABELS: Record<ChangeType, string> = {
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
  'sentence-breaks-changed': 'Sentence breaks differ',
  'wording-changed': 'Wording differs',
  'form-changed': 'Same words, written differently',
  'heading-added': 'Crosshead only in B',
  'heading-dropped': 'Crosshead only in A',
};

/** A label inside a sentence: first letter lower-cased, the side letters A and B kept. */
export function inSentence(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}
