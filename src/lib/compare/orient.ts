import type { Article } from '../schema/article.ts';

/** Puts the earlier-published article on the left; with a date unknown on either side, the lower id. */
export function orient<T extends Pick<Article, 'id' | 'published'>>(a: T, b: T): [T, T] {
  if (a.published && b.published && a.published !== b.published) return a.published < b.published ? [a, b] : [b, a];
  return a.id <= b.id ? [a, b] : [b, a];
}
