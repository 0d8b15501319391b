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

/** The full public entry at `/api/articles/<id>.json`. */
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
    license: a.license,
    language: a.language,
    paragraphs: a.paragraphs,
    sentences: a.sentences,
    boilerplate: a.boilerplate,
    url: articleUrl(a.id),
  };
}
