// The site's Atom feed of articles: one entry per article, dated and attributed when the article says so.
import type { Article } from '../schema/article.ts';
import { sortArticles } from '../corpus/sort.ts';
import { atomFeed, rfc3339, type AtomEntry } from './atom.ts';
import { formatDate, formatOutlet } from './format.ts';
import { articleUrl, FEED_URL, HOME_URL } from '../routes.ts';

/**
 * Entries in the feed: the latest articles, as feeds carry (readers poll it for what is new; the archive is the
 * article list and the JSON API). Keeps the feed the same size whatever the corpus.
 */
export const FEED_MAX_ENTRIES = 50;

/** Longest feed summary, in characters: enough to recognise the story, short of republishing it. */
const SUMMARY_MAX = 280;

/** Shortens text to at most `max` characters at a word boundary, marking the cut with an ellipsis. */
export function excerpt(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  // The cut ends a word when the next character is a space; otherwise back up to the last whole word.
  const space = clean[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * When the build happened, for the feed's <updated>: SOURCE_DATE_EPOCH (seconds) when set, so reproducible
 * builds give byte-identical feeds, else the current time.
 */
export function buildTime(env: Record<string, string | undefined>, now: () => Date = () => new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return now();
}

/** Options for the article feed. */
export interface ArticleFeedOptions {
  /** The site's public origin (and base), e.g. "https://example.org/". */
  site: string | URL;
  /** The feed's own <updated>; also stands in for entries whose publication date is unknown. */
  updated: Date;
  /** Most entries (default FEED_MAX_ENTRIES). */
  max?: number;
}

/** The Atom entry for one article: dated when the article is, and attributed to its author or outlet when known. */
export function articleEntry(a: Article, site: string | URL, fallbackUpdated: string): AtomEntry {
  const href = new URL(articleUrl(a.id), site).href;
  const where = `${formatOutlet(a.outlet)}, ${formatDate(a.published)}`;
  return {
    id: href,
    title: a.title,
    updated: a.published ? rfc3339(a.published) : fallbackUpdated,
    published: a.published ? rfc3339(a.published) : null,
    links: [{ rel: 'alternate', type: 'text/html', href }],
    authors: [a.author ?? a.outlet ?? 'Author not stated'],
    categories: a.kind ? [a.kind] : [],
    summary: `${where}. ${excerpt(a.paragraphs[0] ?? '', SUMMARY_MAX)}`,
  };
}

/** The site's Atom feed of the latest FEED_MAX_ENTRIES articles, newest first, undated articles last. */
export function articleFeed(articles: readonly Article[], options: ArticleFeedOptions): string {
  const updated = rfc3339(options.updated);
  const sorted = sortArticles(articles);
  const dated = sorted.filter((a) => a.published !== null).reverse();
  const undated = sorted.filter((a) => a.published === null);
  const home = new URL(HOME_URL, options.site).href;
  return atomFeed({
    id: home,
    title: 'wirediff: articles',
    subtitle: 'The articles of the wirediff corpus: outlets’ rewrites of the same wire story, compared side by side.',
    updated,
    links: [
      { rel: 'self', type: 'application/atom+xml', href: new URL(FEED_URL, options.site).href },
      { rel: 'alternate', type: 'text/html', href: home },
    ],
    generator: 'wirediff',
    entries: [...dated, ...undated].slice(0, options.max ?? FEED_MAX_ENTRIES).map((a) => articleEntry(a, options.site, updated)),
  });
}
