// The search data built at build time and fetched by the browser: articles, paragraph records, glossary, Fuse index.
import Fuse from 'fuse.js';
import type { Article } from '../schema/article.ts';
import type { Term } from '../schema/glossary.ts';
import { paragraphNumbers } from '../corpus/numbering.ts';

/** Article facts shown with each result group, stored once rather than per paragraph; links come from routes. */
export interface SearchArticle {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
}

/** One searchable paragraph: its article (index into `articles`), paragraph number (corpus/numbering.ts) and text. */
export interface SearchRecord {
  article: number;
  paragraph: number;
  text: string;
}

/** Everything the search page fetches: articles, paragraph records, the glossary and Fuse's prebuilt index. */
export interface SearchData {
  articles: SearchArticle[];
  records: SearchRecord[];
  terms: Pick<Term, 'slug' | 'name' | 'aliases'>[];
  index: ReturnType<ReturnType<typeof Fuse.createIndex>['toJSON']>;
}

/** Fuse searches the paragraph text only; title, outlet and date are shown from `articles`. */
export const FUSE_KEYS = ['text'];

/** Builds the search data at build time, including Fuse's index so the browser does not index on load. */
export function buildSearchData(articles: readonly Article[], glossary: readonly Term[]): SearchData {
  const records = articles.flatMap((a, i) => {
    const numbers = paragraphNumbers(a);
    return a.paragraphs.map((text, p) => ({ article: i, paragraph: numbers[p] as number, text }));
  });
  return {
    articles: articles.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, published: a.published })),
    records,
    terms: glossary.map((t) => ({ slug: t.slug, name: t.name, aliases: t.aliases })),
    index: Fuse.createIndex(FUSE_KEYS, records).toJSON(),
  };
}
