// Article and pair factories for the view-model tests.
import type { Article } from '../../../src/lib/schema/article.ts';
import type { PairSummary } from '../../../src/lib/compare/types.ts';

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
