// About how many files `astro build` will render for a prepared corpus, so the page stage's progress has an ETA.
// An estimate (the routes decide), close enough for a time left; the progress line says the count it really saw.
import type { CorpusComparison } from '../../src/lib/compare/index.ts';
import { groupsWithTable } from '../../src/lib/present/group-table.ts';
import { ARTICLES_PER_PAGE, GROUPS_PER_PAGE } from '../../src/lib/present/pagination.ts';

/** Fixed pages and files: home, method, search page and index, terms index, 404, feed, the two list JSON files. */
const FIXED = 9;

/** Files rendered for a corpus: per article its page and JSON, per variant pair its page and JSON, groups, lists. */
export function estimatePages(articles: number, comparison: Pick<CorpusComparison, 'pairs' | 'groups'>, terms: number, months: number): number {
  const variants = comparison.pairs.filter((p) => p.variant).length;
  const groupPages = groupsWithTable(comparison.groups).length;
  const lists = Math.ceil(articles / ARTICLES_PER_PAGE) + Math.ceil(comparison.groups.length / GROUPS_PER_PAGE) + months + Math.ceil(articles / ARTICLES_PER_PAGE) + 1;
  return FIXED + 2 * articles + 2 * variants + groupPages + terms + lists;
}
