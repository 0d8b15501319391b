import type { Article } from '../schema/article.ts';
import { sortArticles } from './sort.ts';

/** Unwraps content-collection entries into sorted article data; pages call this instead of sorting themselves. */
export function articlesFrom(entries: readonly { data: Article }[]): Article[] {
  return sortArticles(entries.map((e) => e.data));
}
