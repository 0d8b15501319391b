// The public JSON shapes of articles (/api/articles.json and /api/articles/<id>.json), links added from routes.
import type { Article } from '../schema/article.ts';
import { articleJsonUrl, articleUrl } from '../routes.ts';

/** One row of `/api/articles.json`; the shape is public, so fields are listed explicitly. */
export function toArticleSummary(a: Article) {
  return {
    id: a.id,
    source_file: a.source_file,
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    url: articleUrl(a.id),
    json: articleJsonUrl(a.id),
  };
}

/**
 * The full public entry at `/api/articles/<id>.json`. `headings` and `quotes` index `paragraphs` (crossheads, and
 * paragraphs inside a quotation); the article page's `#pN` counts the paragraphs that are not headings.
 */
export function toArticleJson(a: Article) {
  return {
    id: a.id,
    source_file: a.source_file,
    title: a.title,
    title_from: a.title_from,
    outlet: a.outlet,
    outlet_from: a.outlet_from,
    published: a.published,
    published_from: a.published_from,
    author: a.author,
    author_from: a.author_from,
    license: a.license,
    language: a.language,
    language_from: a.language_from,
    source_url: a.source_url,
    source_url_from: a.source_url_from,
    dateline: a.dateline,
    paragraphs: a.paragraphs,
    sentences: a.sentences,
    headings: a.headings,
    quotes: a.quotes,
    boilerplate: a.boilerplate,
    url: articleUrl(a.id),
  };
}
