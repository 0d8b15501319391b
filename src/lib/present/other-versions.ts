// The "Other versions of this story" list of an article page: each variant, its similarity and its pair page.
import type { PairSummary } from '../compare/types.ts';
import type { Article } from '../schema/article.ts';
import { formatDate } from './provenance.ts';
import { percent } from './pair-view.ts';

/** Fields of an article the list shows. */
export type VersionArticle = Pick<Article, 'id' | 'title' | 'url' | 'outlet' | 'published'>;

/** One other version of the article. */
export interface OtherVersion {
  title: string;
  url: string;
  outlet: string;
  dateText: string;
  published: string | null;
  /** "similarity 0.62; this article keeps 81% of its sentences". */
  figures: string;
  /** The pair page comparing the two. */
  pairUrl: string;
}

/** Resolves an article's variant pairs (as the engine lists them) into the other versions, most similar first. */
export function otherVersions(id: string, variants: readonly PairSummary[], articles: readonly VersionArticle[]): OtherVersion[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return variants
    .flatMap((p) => {
      const otherId = p.left === id ? p.right : p.left;
      const other = byId.get(otherId);
      if (!p.url || !other || (p.left !== id && p.right !== id)) return [];
      // left_kept is the share of the left article's sentences the right one keeps; say it from this page's side.
      const kept = p.left === id ? `it keeps ${percent(p.left_kept)} of this article’s sentences` : `this article keeps ${percent(p.left_kept)} of its sentences`;
      return [{
        title: other.title,
        url: other.url,
        outlet: other.outlet ?? 'outlet not stated',
        dateText: formatDate(other.published),
        published: other.published,
        figures: `similarity ${p.similarity.toFixed(2)}; ${kept}`,
        pairUrl: p.url,
        similarity: p.similarity,
      }];
    })
    .sort((a, b) => b.similarity - a.similarity)
    .map(({ similarity: _s, ...v }) => v);
}
