// Pagination for the long lists (articles, timeline months, variant groups): how many items a page holds and which
// page links a page shows, so no page grows with the corpus and every page is a few links from any other.

/** Articles per page of the article list and of a timeline month. */
export const ARTICLES_PER_PAGE = 50;
/** Variant groups per page of the groups list. */
export const GROUPS_PER_PAGE = 25;
/** Items the home page shows of each list before linking to the whole list. */
export const HOME_LIST_MAX = 20;
/** Members and comparisons the home page shows of one variant group; the group's own page lists them all. */
export const HOME_GROUP_ITEMS = 4;

/** One entry of a page navigation: a page link, the current page, or a gap ("…") between distant pages. */
export type PageLink =
  | { kind: 'page'; number: number; url: string; current: boolean }
  | { kind: 'gap' };

/** Where a page sits in its list, and the links to show for it. */
export interface PageNav {
  current: number;
  last: number;
  prev: string | null;
  next: string | null;
  links: PageLink[];
}

/**
 * The navigation of page `current` of `last`: previous/next, and the first, the last and the pages within `spread`
 * of the current one, with gaps between, so any page is reachable in a few steps and the bar stays short.
 */
export function pageNav(current: number, last: number, urlOf: (n: number) => string, spread = 2): PageNav {
  const numbers = [...new Set([1, last, ...Array.from({ length: 2 * spread + 1 }, (_, k) => current - spread + k)])]
    .filter((n) => n >= 1 && n <= last)
    .sort((a, b) => a - b);
  const links: PageLink[] = [];
  numbers.forEach((n, k) => {
    if (k > 0 && n - (numbers[k - 1] as number) > 1) links.push({ kind: 'gap' });
    links.push({ kind: 'page', number: n, url: urlOf(n), current: n === current });
  });
  return {
    current,
    last,
    prev: current > 1 ? urlOf(current - 1) : null,
    next: current < last ? urlOf(current + 1) : null,
    links,
  };
}

/** "Articles 51–100 of 1,000" style range of a page, 1-based for readers. */
export function pageRange(start: number, end: number, total: number): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  return total === 0 ? 'none' : start === end ? `${n(start + 1)} of ${n(total)}` : `${n(start + 1)}–${n(end + 1)} of ${n(total)}`;
}
