// The site's Atom feed of articles: one entry per article, dated and attributed when the article says so.
import type { Article } from '../schema/article.ts';
import { sortArticles } from '../corpus/sort.ts';
import { atomFeed, rfc3339, type AtomEntry } from './atom.ts';
import { excerpt, formatDate, formatOutlet } from './format.ts';
import { articleUrl, FEED_URL, HOME_URL } from '../routes.ts';

/**
 * Entries in the feed: the latest dated articles, as feeds carry (readers poll it for what is new; the archive is
 * the article list and the JSON API). Keeps the feed the same size whatever the corpus.
 */
export const FEED_MAX_ENTRIES = 50;

/** Longest feed summary, in characters: enough to recognise the story, short of republishing it. */
const SUMMARY_MAX = 280;

/**
 * The <updated> of an entry whose article has no date, and of a feed with no dated article. Atom (RFC 4287) requires
 * <updated> and has no "unknown" value; the build time would make 2018 texts look like today's news and change the
 * feed on every build. The Unix epoch is the conventional "no date" instant. The site's feed lists dated articles
 * only (articleFeed), so no reader is shown it as an article's date.
 */
export const UNDATED_UPDATED = '1970-01-01T00:00:00Z';

/**
 * Who the feed names as its own author. Atom requires an author for every entry, or one on the feed that entries
 * without their own inherit: the feed is wirediff's listing, so an entry whose article names neither author nor
 * outlet is credited to the listing, never to an invented "unknown" person.
 */
export const FEED_AUTHOR = 'wirediff';

/** Options for the article feed. */
export interface ArticleFeedOptions {
  /** The site's public origin (and base), e.g. "https://example.org/". */
  site: string | URL;
  /** Most entries (default FEED_MAX_ENTRIES). */
  max?: number;
}

/** The writers an author field names, joined with commas; a part of one word ("Jr.") stays with the name before it. */
export function writers(author: string): string[] {
  const out: string[] = [];
  for (const part of author.split(/,\s+/)) {
    if (out.length > 0 && !/\s/.test(part)) out[out.length - 1] += `, ${part}`;
    else out.push(part);
  }
  return out;
}

/** The Atom entry for one article: dated when the article is, attributed to its author or else its outlet when known. */
export function articleEntry(a: Article, site: string | URL): AtomEntry {
  const href = new URL(articleUrl(a.id), site).href;
  // The summary names the outlet only when it is known: "Outlet not stated" says nothing to a feed reader.
  const where = a.outlet ? `${formatOutlet(a.outlet)}, ${formatDate(a.published)}` : formatDate(a.published).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return {
    id: href,
    title: a.title,
    updated: a.published ? rfc3339(a.published) : UNDATED_UPDATED,
    published: a.published ? rfc3339(a.published) : null,
    links: [{ rel: 'alternate', type: 'text/html', href }],
    // One author element per writer (RFC 4287 §3.2): the author field joins several with commas.
    authors: a.author ? writers(a.author) : a.outlet ? [a.outlet] : [],
    categories: a.kind ? [a.kind] : [],
    summary: `${where}. ${excerpt(a.paragraphs[0] ?? '', SUMMARY_MAX)}`,
  };
}

/**
 * The site's Atom feed of the latest FEED_MAX_ENTRIES dated articles, newest first. Articles that state no date are
 * left out: a feed is read by date, and an invented one (the build time, or 1970, as first users found in feed
 * readers) would be shown as theirs; the site lists them with the undated articles. A pure function of the articles
 * and the site URL: the same corpus gives a byte-identical feed on every build. The feed's <updated> is the newest
 * entry's.
 */
export function articleFeed(articles: readonly Article[], options: ArticleFeedOptions): string {
  const sorted = sortArticles(articles);
  const dated = sorted.filter((a) => a.published !== null).reverse();
  const entries = dated.slice(0, options.max ?? FEED_MAX_ENTRIES).map((a) => articleEntry(a, options.site));
  const updated = entries.map((e) => e.updated).reduce((max, u) => (u > max ? u : max), UNDATED_UPDATED);
  const home = new URL(HOME_URL, options.site).href;
  return atomFeed({
    id: home,
    title: 'wirediff: articles',
    subtitle: 'The dated articles of the wirediff corpus, newest first: outlets’ rewrites of the same wire story, compared side by side. Articles that state no date are listed on the site, not here.',
    updated,
    links: [
      { rel: 'self', type: 'application/atom+xml', href: new URL(FEED_URL, options.site).href },
      { rel: 'alternate', type: 'text/html', href: home },
    ],
    authors: entries.some((e) => e.authors.length === 0) ? [FEED_AUTHOR] : [],
    generator: 'wirediff',
    entries,
  });
}
