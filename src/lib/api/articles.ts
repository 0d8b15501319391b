// The public JSON shapes of articles (/api/articles.json and /api/articles/<id>.json), links added from routes.
import type { Article } from '../schema/article.ts';
import type { PairSummary } from '../compare/types.ts';
import { articleJsonUrl, articleUrl, pairJsonUrl, pairUrl } from '../routes.ts';

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

/** One other version of an article in its entry: the other article, and the comparison page and alignment JSON of the two. */
export interface ArticleVersionJson {
  id: string;
  url: string;
  json: string;
}

/**
 * The other versions of an article as its entry lists them (`variants`: its variant pairs), in the engine's order,
 * so a client comparing it with another article knows whether the build wrote their alignment without asking for it.
 */
export function toArticleVersions(id: string, variants: readonly PairSummary[]): ArticleVersionJson[] {
  return variants
    .filter((p) => p.variant && (p.left === id || p.right === id))
    .map((p) => ({ id: p.left === id ? p.right : p.left, url: pairUrl(p.left, p.right), json: pairJsonUrl(p.left, p.right) }));
}

/**
 * The full public entry at `/api/articles/<id>.json`. `headings` and `quotes` index `paragraphs` (crossheads, and
 * paragraphs inside a quotation); the article page's `#pN` counts the paragraphs that are not headings. `versions`
 * lists the article's variant pairs (toArticleVersions); `kind` and `wire` come from curated metadata only.
 */
export function toArticleJson(a: Article, variants: readonly PairSummary[]) {
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
    versions: toArticleVersions(a.id, variants),
    // Added after the first release (extensions go last): what kind of text it is, and whose wire copy it rewrites.
    kind: a.kind,
    kind_from: a.kind_from,
    wire: a.wire,
  };
}
