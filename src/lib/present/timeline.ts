import type { Article } from '../schema/article.ts';
import { sortArticles } from '../corpus/sort.ts';
import { formatDate } from './provenance.ts';

/** One article on the story timeline. */
export interface TimelineItem {
  id: string;
  title: string;
  url: string;
  outlet: string | null;
  kind: string | null;
  /** ISO date, or null when neither the text nor the curated metadata gives one. */
  published: string | null;
  /** The date as readers see it ("11 April 2019"), or "Undated". */
  dateText: string;
}

/** One stretch of the timeline: a year of dated articles, or the undated ones. */
export interface TimelineGroup {
  /** "2019", or "undated"; unique, usable in an id. */
  key: string;
  heading: string;
  dated: boolean;
  items: TimelineItem[];
}

/** Fields of an article the timeline uses. */
export type TimelineArticle = Pick<Article, 'id' | 'title' | 'url' | 'outlet' | 'kind' | 'published'>;

/**
 * Lays the articles out by publication date, grouped by year, oldest first; articles without a date are not
 * guessed into place but collected in a final "Undated" group.
 */
export function storyTimeline(articles: readonly TimelineArticle[]): TimelineGroup[] {
  const groups: TimelineGroup[] = [];
  const undated: TimelineItem[] = [];
  for (const a of sortArticles(articles)) {
    const item: TimelineItem = {
      id: a.id,
      title: a.title,
      url: a.url,
      outlet: a.outlet,
      kind: a.kind,
      published: a.published,
      dateText: a.published ? formatDate(a.published) : 'Undated',
    };
    if (!a.published) {
      undated.push(item);
      continue;
    }
    const year = a.published.slice(0, 4);
    const last = groups.at(-1);
    if (last?.key === year) last.items.push(item);
    else groups.push({ key: year, heading: year, dated: true, items: [item] });
  }
  if (undated.length > 0) groups.push({ key: 'undated', heading: 'Undated', dated: false, items: undated });
  return groups;
}
