// Which article of a pair is the left (earlier) one: the orientation every pair keeps in pages and JSON.
import type { Article } from '../schema/article.ts';

/**
 * Why a pair is in the order it is: `published` when both articles are dated and the dates differ (left is the
 * earlier), `id` otherwise (left has the lower id, i.e. comes first by file name, which says nothing about time).
 */
export type PairOrder = 'published' | 'id';

/** The rule `orientPair` applies to two articles, so pages can say how the order was decided. */
export function pairOrder(a: Pick<Article, 'published'>, b: Pick<Article, 'published'>): PairOrder {
  return a.published && b.published && a.published !== b.published ? 'published' : 'id';
}

/** Puts the earlier-published article on the left; with a date unknown on either side, the lower id. */
export function orientPair<T extends Pick<Article, 'id' | 'published'>>(a: T, b: T): [T, T] {
  if (pairOrder(a, b) === 'published') return (a.published ?? '') < (b.published ?? '') ? [a, b] : [b, a];
  return a.id <= b.id ? [a, b] : [b, a];
}
