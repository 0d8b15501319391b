// Which article of a pair is the left (earlier) one: the orientation every pair keeps in pages and JSON.
import type { Article } from '../schema/article.ts';

/** Puts the earlier-published article on the left; with a date unknown on either side, the lower id. */
export function orientPair<T extends Pick<Article, 'id' | 'published'>>(a: T, b: T): [T, T] {
  if (a.published && b.published && a.published !== b.published) return a.published < b.published ? [a, b] : [b, a];
  return a.id <= b.id ? [a, b] : [b, a];
}
