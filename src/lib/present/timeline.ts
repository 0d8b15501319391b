// The home page's story timeline as plain data: articles by year of publication, undated ones last.
import { sortArticles } from '../corpus/sort.ts';
import { articleCaption, type ArticleCaption, type CaptionedArticle } from './format.ts';

/** One article on the story timeline; its date in words is "Undated" without one. */
export type TimelineItem = ArticleCaption;

/** One stretch of the timeline: a year of dated articles, or the undated ones. */
export interface TimelineGroup {
  /** "2019", or "undated"; unique, usable in an id. */
  key: string;
  heading: string;
  dated: boolean;
  items: TimelineItem[];
}

/** Fields of an article the timeline uses. */
export type TimelineArticle = CaptionedArticle;

/**
 * Lays the articles out by publication date, grouped by year, oldest first; articles without a date are not
 * guessed into place but collected in a final "Undated" group.
 */
export function storyTimeline(articles: readonly TimelineArticle[]): TimelineGroup[] {
  const groups: TimelineGroup[] = [];
  const undated: TimelineItem[] = [];
  for (const a of sortArticles(articles)) {
    const item: TimelineItem = articleCaption(a, 'Undated');
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
