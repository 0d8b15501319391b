// Article, pair and alignment factories for the view-model tests.
import type { Article } from '../../../src/lib/schema/article.ts';
import type { Alignment, PairSummary } from '../../../src/lib/compare/types.ts';

/** A complete, schema-shaped article for presentation tests; only what a test names differs from the defaults. */
export function article(id: string, fields: Partial<Article> = {}): Article {
  return {
    id,
    source_file: `${id}.txt`,
    title: `Title ${id}`,
    title_from: 'text',
    outlet: null,
    outlet_from: null,
    published: null,
    published_from: null,
    author: null,
    author_from: null,
    license: null,
    license_from: null,
    language: 'en',
    language_from: 'curated',
    kind: null,
    kind_from: null,
    wire: null,
    source_url: null,
    source_url_from: null,
    note: null,
    dateline: null,
    paragraphs: [`First paragraph of ${id}.`],
    sentences: [[`First paragraph of ${id}.`]],
    headings: [],
    quotes: [],
    boilerplate: [],
    word_count: 4,
    ...fields,
  };
}

/** A scored pair as the comparison engine lists it. */
export function pair(left: string, right: string, similarity: number, variant = false, shared = 0): PairSummary {
  return {
    left,
    right,
    similarity,
    variant,
    left_kept: similarity,
    right_from_left: similarity,
    shared_sentences: shared,
  };
}

/** An alignment of `left` with `right` of one row: a sentence only in B. */
export const oneAddedSentence = (left: string, right: string): Alignment => ({
  left,
  right,
  rows: [{ kind: 'right-only', left: [], right: ['New sentence.'], ops: [{ op: 'insert', text: 'New sentence.' }], left_index: [], right_index: [0], grade: 'new', score: 0, moved_from: null }],
  changes: [{ type: 'sentence-added', row: 0, left: null, right: 'New sentence.' }],
  stats: { left_sentences: 1, right_sentences: 2, rows: 1, same: 0, changed: 0, moved: 0, left_only: 0, right_only: 1, left_kept: 1, right_from_left: 0.5 },
});
