// The "Shares text with" list of an article page: articles that are no versions of its story but share sentences with
// it nearly word for word (an opinion piece quoting a report), each with how many and a comparison of the two.
import type { PairSummary } from '../compare/types.ts';
import { byId } from '../corpus/by-id.ts';
import { compareAnyUrl } from '../routes.ts';
import { distinctNames, distinctSuffix, shownFile } from './distinct-names.ts';
import { articleCaption, plural, type ArticleCaption, type CaptionedArticle } from './format.ts';

/** Most articles listed: the ones sharing the most sentences. */
export const SHARED_TEXT_LISTED = 10;

/** One article sharing text with the page's: its caption, how much it shares, and the reader comparing the two. */
export interface TextSharer extends ArticleCaption {
  /** "2 sentences nearly word for word". */
  figures: string;
  /** /compare/ with the two articles, in the engine's order. */
  compareUrl: string;
  /** For screen readers, after its title: which article, when another listed shares the title (distinct-names.ts). */
  hidden: string;
  /** Its file id, shown when another listed has the same title, outlet and date (null otherwise). */
  file: string | null;
}

/** The articles sharing text with an article (as Site.textSharersOf lists its pairs), the most shared first. */
export function textSharers(id: string, pairs: readonly PairSummary[], articles: readonly CaptionedArticle[]): TextSharer[] {
  const articleById = byId(articles);
  const listed = pairs
    .flatMap((p) => {
      const other = articleById.get(p.left === id ? p.right : p.left);
      if (p.variant || !other || (p.left !== id && p.right !== id)) return [];
      return [{ ...articleCaption(other), figures: `${plural(p.shared_sentences, 'sentence')} nearly word for word`, compareUrl: compareAnyUrl(p.left, p.right), shared: p.shared_sentences, similarity: p.similarity }];
    })
    .sort((a, b) => b.shared - a.shared || b.similarity - a.similarity || a.id.localeCompare(b.id))
    .slice(0, SHARED_TEXT_LISTED);
  const names = distinctNames(listed);
  return listed.map(({ shared: _n, similarity: _s, ...s }) => ({ ...s, hidden: distinctSuffix(names, s.id), file: shownFile(names, s.id) }));
}
