import type { Article } from '../schema/article.ts';

/** Path of an article's full JSON entry. */
export function articleJsonPath(id: string): string {
  return `/api/articles/${id}.json`;
}

/** One row of `/api/articles.json`; the shape is public, so fields are listed explicitly. */
export function toArticleSummary(a: Article) {
  return {
    id: a.id,
    source_file: a.source_file,
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    url: a.url,
    json: articleJsonPath(a.id),
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
    url: a.url,
  };
}
