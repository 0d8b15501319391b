// Corpus order: by publication date (undated last), then id; every list and the JSON API use it.
import type { Article } from '../schema/article.ts';

/** Orders articles by publication date (undated last), then by id, the order every listing and API uses. */
export function sortArticles<T extends Pick<Article, 'id' | 'published'>>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => {
    if (a.published !== b.published) {
      if (a.published === null) return 1;
      if (b.published === null) return -1;
      return a.published < b.published ? -1 : 1;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
