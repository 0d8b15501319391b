// Every URL and in-page anchor id of the site, in one place: pages, JSON endpoints, feed, and the paragraph, row
// and change anchors. Data holds ids; view models and API modules turn them into links here.

/** The home page. */
export const HOME_URL = '/';
/** The method page, or one of its sections. */
export function methodUrl(section?: string): string {
  return section ? `/method/#${section}` : '/method/';
}

/** Where the article pages live, each in a folder of its id. */
export const ARTICLES_URL = '/articles/';

/** An article's page. */
export function articleUrl(id: string): string {
  return `${ARTICLES_URL}${id}/`;
}

/** Anchor id of a body paragraph on the article page; `number` is 1-based, as readers count. */
export function paragraphId(number: number): string {
  return `p${number}`;
}

/** Link to one paragraph of an article (1-based). */
export function paragraphUrl(id: string, number: number): string {
  return `${articleUrl(id)}#${paragraphId(number)}`;
}

/** Page `n` (1-based) of a paginated list whose first page is `base` ("/browse/" → "/browse/2/"), as Astro's paginate names them. */
function listPage(base: string, n: number): string {
  return n <= 1 ? base : `${base}${n}/`;
}

/**
 * Page 1 of a list written as a number ("/browse/1/"), as readers type it or link it by hand: a page of its own that
 * leads to the list's first page, whose address is the list's own ("/browse/"), as Astro's paginate names it.
 */
export function firstPageAlias(firstPage: string): string {
  return `${firstPage}1/`;
}

/** Whether a path is one of the lists' page-1 aliases (see firstPageAlias), which the sitemap leaves out. */
export function isFirstPageAlias(pathname: string): boolean {
  if (!pathname.endsWith('/1/')) return false;
  const list = pathname.slice(0, -'1/'.length);
  const oneBelow = (base: string, name: RegExp) => list.startsWith(base) && name.test(list.slice(base.length));
  // A term's slug holds a letter, which tells "/terms/arab-nato/1/" from "/terms/2/1/" (no such page).
  return [articleListUrl(), groupListUrl(), TERMS_URL].includes(list) || oneBelow(TIMELINE_URL, /^[^/]+\/$/) || oneBelow(TERMS_URL, /^[^/]*\p{L}[^/]*\/$/u);
}

/** The paginated list of every article, page `n`. */
export function articleListUrl(n = 1): string {
  return listPage('/browse/', n);
}

/** The story timeline: every month with its article count. */
export const TIMELINE_URL = '/timeline/';

/** One month of the timeline ("2019-04", or "undated"), page `n`. */
export function timelineMonthUrl(key: string, n = 1): string {
  return listPage(`${TIMELINE_URL}${key}/`, n);
}

/** The paginated list of variant groups, page `n`. */
export function groupListUrl(n = 1): string {
  return listPage('/groups/', n);
}

/** The list of every article as JSON (public API). */
export const ARTICLES_JSON_URL = '/api/articles.json';

/** The article id in an article page's address (absolute or not), or the input itself when it is no such address. */
export function articleIdOf(input: string): string {
  const value = input.trim();
  return /\/articles\/([^/?#]+)\/?(?:[?#].*)?$/.exec(value)?.[1] ?? value;
}

/**
 * A parameter of an address's query string (`location.search`), '' when absent, decoded as a form encodes it ('+' a
 * space). A '%' that starts no escape is the character itself ("100%"), as URLSearchParams reads it; but escapes
 * that are not UTF-8 (an address cut short or mis-encoded) give null, where URLSearchParams gives U+FFFD.
 */
export function queryParam(search: string, name: string): string | null {
  const raw = search.replace(/^\?/, '').split('&').find((part) => part.split('=')[0] === name);
  if (raw === undefined) return '';
  try {
    return decodeURIComponent(raw.slice(name.length + 1).replace(/\+/g, ' ').replace(/%(?![0-9a-f]{2})/gi, '%25'));
  } catch {
    return null;
  }
}

/** An article's full entry as JSON (public API). */
export function articleJsonUrl(id: string): string {
  return `/api/articles/${id}.json`;
}

/** Every scored pair as JSON (public API). */
export const PAIRS_JSON_URL = '/api/pairs.json';

/** The URL segment naming a pair: `<left>--<right>`, left being the earlier article. */
export function pairSlug(left: string, right: string): string {
  return `${left}--${right}`;
}

/** A variant pair's comparison page. */
export function pairUrl(left: string, right: string): string {
  return `/compare/${pairSlug(left, right)}/`;
}

/** One aligned row (0-based index) of a variant pair's comparison page. */
export function pairRowUrl(left: string, right: string, rowIndex: number): string {
  return `${pairUrl(left, right)}#${rowId(rowIndex)}`;
}

/** A variant pair's alignment as JSON (public API). */
export function pairJsonUrl(left: string, right: string): string {
  return `/api/pairs/${pairSlug(left, right)}.json`;
}

/**
 * The page that aligns any two texts in the browser; `a` and `b` are article ids (either may be left out, and `b`
 * is left out when the second text is pasted: pasted text never goes into a URL).
 */
export function compareAnyUrl(a?: string | null, b?: string | null): string {
  const params = new URLSearchParams();
  if (a) params.set('a', a);
  if (b) params.set('b', b);
  const query = params.toString();
  return query ? `/compare/?${query}` : '/compare/';
}

/** The page that checks any text against the corpus ("where did this text come from?"). */
export const CHECK_URL = '/check/';

/** The check index's manifest: its layout and the corpus counts of common terms. */
export const CHECK_MANIFEST_URL = '/check/index.json';

/** One shard of the check index's postings (0-based). */
export function checkShardUrl(index: number): string {
  return `/check/shards/${index}.json`;
}

/** One chunk of the check index's article number-to-id table (0-based). */
export function checkIdsUrl(chunk: number): string {
  return `/check/ids/${chunk}.json`;
}

/** The group page of a story with three or more copies, named after its base (earliest) article. */
export function groupUrl(baseId: string): string {
  return `/compare/group/${baseId}/`;
}

/** The terms index. */
export const TERMS_URL = '/terms/';

/** A page of the terms index (1-based; page 1 is the index itself). Term slugs always hold a letter, so never clash. */
export function termsIndexUrl(page = 1): string {
  return page <= 1 ? TERMS_URL : `${TERMS_URL}${page}/`;
}

/** One term's page, or a later page of its mentions (1-based). */
export function termUrl(slug: string, page = 1): string {
  return page <= 1 ? `/terms/${slug}/` : `/terms/${slug}/${page}/`;
}

/** Anchor id of a term page's list of names and where each comes from. */
export const TERM_NAMES_ID = 'names';

/** A term's names, on its page. */
export function termNamesUrl(slug: string): string {
  return `${termUrl(slug)}#${TERM_NAMES_ID}`;
}

/** Every term with its names, their origins and its mention counts, as JSON (public API). */
export const TERMS_JSON_URL = '/api/terms.json';

/** The search page, optionally with a query filled in. */
export function searchUrl(query?: string): string {
  return query ? `/search/?q=${encodeURIComponent(query)}` : '/search/';
}

/** The search manifest the search page fetches on first use (shard boundaries, article count, build version). */
export const SEARCH_INDEX_URL = '/search/index.json';

/** One shard of the search index; `version` (the manifest's) keeps a page from mixing two builds' files. */
export function searchShardUrl(shard: number, version?: string): string {
  return `/search/shards/${shard}.json${version ? `?v=${version}` : ''}`;
}

/** One typo shard of the search index (keys by signature), fetched only for a word that matches nothing. */
export function searchTypoShardUrl(shard: number, version?: string): string {
  return `/search/typos/${shard}.json${version ? `?v=${version}` : ''}`;
}

/** One pack of search documents (the facts and text of one story's versions; see search/packs.ts). */
export function searchPackUrl(pack: number, version?: string): string {
  return `/search/docs/${pack}.json${version ? `?v=${version}` : ''}`;
}

/**
 * A search hit's link: the article at the paragraph (none for 0, the title line), carrying the words to mark there
 * (`?mark=`, one per word or alias), so the article page can show what was found.
 */
export function searchHitUrl(id: string, paragraph: number, marks: readonly string[] = []): string {
  const query = marks.length > 0 ? `?${marks.map((m) => `mark=${encodeURIComponent(m)}`).join('&')}` : '';
  return `${articleUrl(id)}${query}${paragraph > 0 ? `#${paragraphId(paragraph)}` : ''}`;
}

/** At most this many words to mark, each at most this long, are read from an address: anyone can type one. */
const MAX_MARKS = 12;
const MAX_MARK_LENGTH = 100;

/** The words a search hit's address asks to mark (see `searchHitUrl`), longest first, so "Arab NATO" wins over "NATO". */
export function searchMarksOf(href: string): string[] {
  const words = new URL(href).searchParams.getAll('mark').map((m) => m.trim()).filter((m) => m.length > 0 && m.length <= MAX_MARK_LENGTH);
  return [...new Set(words)].slice(0, MAX_MARKS).sort((a, b) => b.length - a.length);
}

/** The Atom feed. */
export const FEED_URL = '/feed.xml';

/** The sitemap index written by @astrojs/sitemap. */
export const SITEMAP_URL = '/sitemap-index.xml';

/** Anchor id of an aligned row on a pair page; `index` is 0-based, the id 1-based (`row-1`). */
export function rowId(index: number): string {
  return `row-${index + 1}`;
}

/** Anchor id of a typed change on a pair page; `index` is 0-based, the id 1-based (`change-1`). */
export function changeId(index: number): string {
  return `change-${index + 1}`;
}

/** Where absolute URLs point when WIREDIFF_SITE is unset: the address `npm start` serves the site on. */
export const DEFAULT_SITE = 'http://127.0.0.1:4321/';

/** The site's public address and what the build should say about it. */
export interface PublicSite {
  /** Origin and base path, ending in "/": every canonical link, og:url, feed link, sitemap entry starts with it. */
  url: string;
  /** True when WIREDIFF_SITE gave it; false when it is the local default. */
  configured: boolean;
  /** One line for the build log: where absolute URLs point, and how to change it. */
  message: string;
}

/**
 * The public URL absolute links are built on (canonical, og:url, feed, sitemap, robots.txt), from WIREDIFF_SITE.
 * Unset, it is the local preview address and the message says so, because links on any other host would be dead;
 * set to anything but an absolute http(s) URL, it throws rather than publish broken links.
 */
export function publicSite(env: Record<string, string | undefined>): PublicSite {
  const raw = env.WIREDIFF_SITE?.trim();
  if (!raw) {
    return {
      url: DEFAULT_SITE,
      configured: false,
      message: `WIREDIFF_SITE is not set, so canonical links, og:url, the feed, the sitemap and robots.txt point to ${DEFAULT_SITE}; set WIREDIFF_SITE to the public URL (e.g. WIREDIFF_SITE=https://example.org/ npm run build) before publishing.`,
    };
  }
  const url = URL.canParse(raw) ? new URL(raw) : null;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new Error(`WIREDIFF_SITE must be an absolute http(s) URL such as https://example.org/, not ${JSON.stringify(raw)}`);
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { url: url.href, configured: true, message: `Absolute links (canonical, og:url, feed, sitemap, robots.txt) point to ${url.href} (WIREDIFF_SITE).` };
}
