// The "Other versions of this story" list of an article page: each variant, its similarity and its pair page.
import type { PairSummary } from '../compare/types.ts';
import { pairUrl } from '../routes.ts';
import { articleCaption, formatPercent, formatSimilarity, type ArticleCaption, type CaptionedArticle } from './format.ts';
import { byId } from '../corpus/by-id.ts';
import { distinctNames, distinctSuffix, shownFile } from './distinct-names.ts';

/** Fields of an article the list shows. */
export type VersionArticle = CaptionedArticle;

/** One other version of the article: its caption, the figures and the pair page comparing the two. */
export interface OtherVersion extends ArticleCaption {
  /** "similarity 0.62; 81% of this article’s sentences have a counterpart there" (no direction of copying). */
  figures: string;
  /** The pair page comparing the two. */
  pairUrl: string;
  /** For screen readers, after its title: which version, when another listed shares the title (distinct-names.ts). */
  hidden: string;
  /** Its file id, shown when another listed has the same title, outlet and date (null otherwise). */
  file: string | null;
}

/** Resolves an article's variant pairs (as the engine lists them) into the other versions, most similar first. */
export function otherVersions(id: string, variants: readonly PairSummary[], articles: readonly VersionArticle[]): OtherVersion[] {
  const articleById = byId(articles);
  const versions = variants
    .flatMap((p) => {
      const otherId = p.left === id ? p.right : p.left;
      const other = articleById.get(otherId);
      if (!p.variant || !other || (p.left !== id && p.right !== id)) return [];
      // Said from this page's side: left_kept is the left article's share with a counterpart, right_from_left the right's.
      const share = p.left === id ? p.left_kept : p.right_from_left;
      return [{
        ...articleCaption(other),
        figures: `similarity ${formatSimilarity(p.similarity)}; ${formatPercent(share)} of this article’s sentences have a counterpart there`,
        pairUrl: pairUrl(p.left, p.right),
        similarity: p.similarity,
      }];
    })
    .sort((a, b) => b.similarity - a.similarity);
  const names = distinctNames(versions);
  return versions.map(({ similarity: _s, ...v }) => ({ ...v, hidden: distinctSuffix(names, v.id), file: shownFile(names, v.id) }));
}
