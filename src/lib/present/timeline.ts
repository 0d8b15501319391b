// The story timeline as plain data: articles by month of publication, undated ones last. Each month has its own
// pages (/timeline/<month>/), so no page grows with the corpus.
import { sortArticles } from '../corpus/sort.ts';
import { articleCaption, formatMonth, type ArticleCaption, type CaptionedArticle } from './format.ts';

/** One article on the story timeline; its date in words is "Undated" without one. */
export type TimelineItem = ArticleCaption;

/** One stretch of the timeline: a month of dated articles, or the undated ones. */
export interface TimelineGroup {
  /** "2019-04", or "undated"; unique, usable in an id and a URL. */
  key: string;
  heading: string;
  /** The title of its own pages: "Articles of April 2019", or "Undated articles". */
  title: string;
  dated: boolean;
  items: TimelineItem[];
}

/** Fields of an article the timeline uses. */
export type TimelineArticle = CaptionedArticle;

/**
 * Lays the articles out by publication date, grouped by month, oldest first; articles without a date are not
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
    const month = a.published.slice(0, 7);
    const last = groups.at(-1);
    if (last?.key === month) last.items.push(item);
    else groups.push({ key: month, heading: formatMonth(month), title: `Articles of ${formatMonth(month)}`, dated: true, items: [item] });
  }
  if (undated.length > 0) groups.push({ key: 'undated', heading: 'Undated', title: 'Undated articles', dated: false, items: undated });
  return groups;
}
