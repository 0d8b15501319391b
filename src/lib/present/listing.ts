import type { Article } from '../schema/article.ts';
import { formatDate } from './provenance.ts';

/** Fields of an article that lists (timeline, variant groups) show. */
export type ListedArticle = Pick<Article, 'id' | 'title' | 'url' | 'outlet' | 'kind' | 'published'>;

/** An article as a list shows it, with its date in words. */
export interface ArticleListing extends ListedArticle {
  /** "11 April 2019", or the caller's word for no date. */
  dateText: string;
}

/** Copies the listed fields of an article and words its date; `undated` is what to say without one. */
export function articleListing(a: ListedArticle, undated = 'undated'): ArticleListing {
  return {
    id: a.id,
    title: a.title,
    url: a.url,
    outlet: a.outlet,
    kind: a.kind,
    published: a.published,
    dateText: a.published ? formatDate(a.published) : undated,
  };
}
