// About how many files `astro build` will render for a prepared corpus, so the page stage's progress has an ETA.
// An estimate (the routes decide), close enough for a time left; the progress line says the count it really saw.
import type { CorpusComparison } from '../../src/lib/compare/index.ts';
import { groupsWithTable } from '../../src/lib/present/group-table.ts';
import { ARTICLES_PER_PAGE, GROUPS_PER_PAGE } from '../../src/lib/present/pagination.ts';

/** Fixed pages and files: home, method, search, check and compare pages, terms index, 404, feed. */
const FIXED = 8;

/**
 * Files Astro renders for a corpus: per article its page, per variant pair its page, groups, lists. The JSON data
 * files are not among them: the prepare step writes those (src/lib/build/data-bundle.ts).
 */
export function estimatePages(articles: number, comparison: Pick<CorpusComparison, 'pairs' | 'groups'>, terms: number, months: number): number {
  const variants = comparison.pairs.filter((p) => p.variant).length;
  const groupPages = groupsWithTable(comparison.groups).length;
  const lists = Math.ceil(articles / ARTICLES_PER_PAGE) + Math.ceil(comparison.groups.length / GROUPS_PER_PAGE) + months + Math.ceil(articles / ARTICLES_PER_PAGE) + 1;
  // Each list's "/1/" address is a page that leads to its first page (firstPageAlias): articles, groups, the terms
  // index, each month and each term.
  const firstPageAliases = 3 + months + terms;
  return FIXED + articles + variants + groupPages + terms + lists + firstPageAliases;
}
