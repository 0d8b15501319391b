// The whole site's data, computed once per build: the sorted corpus, its term table (found terms merged with the
// glossary), its comparison keyed with the table's entity rules, and the lookups pages and endpoints need. Plain TypeScript: src/data/site.ts feeds it Astro's collection; tests call it directly.
import type { Article } from './schema/article.ts';
import type { Glossary } from './schema/glossary.ts';
import { sortArticles } from './corpus/sort.ts';
import { alignmentKey, compareCorpus, type Alignment, type ComparisonTimings, type CorpusComparison, type PairSummary } from './compare/index.ts';
import { termReports, type TermReport } from './terms/report.ts';
import { buildTermTable, type TableTerm, type TermTable } from './terms/table.ts';
import type { EntityTable } from './text/entities.ts';
import { alignedCloseness, groupsWithTable } from './present/group-table.ts';
import { SHARED_TEXT_MIN_SENTENCES } from './compare/thresholds.ts';
import { buildCheckIndex, type CheckIndex } from './compare/check-index.ts';
import { buildSearchIndex, type SearchIndex } from './search/build-index.ts';
import { storyOrder } from './search/packs.ts';

/** Everything a page or endpoint reads about the corpus. */
export interface Site {
  /** Every article, by date (undated last) then id: the order of every list and of the JSON API. */
  readonly articles: readonly Article[];
  /** The curated glossary as read (consumers list terms from `terms`, which includes it). */
  readonly glossary: Glossary;
  /**
   * Every term: the glossary's, then the ones only the texts define. The one list search, term pages and
   * /api/terms.json read; each has `aliases: string[]` and, in `alias_sources`, where each name came from.
   */
  readonly terms: readonly TableTerm[];
  /** The term table with every definition found in the texts. */
  readonly termTable: TermTable;
  /** The entity rules (term table plus general lexicon) every keyed text uses: comparison, search, mentions. */
  readonly entities: EntityTable;
  readonly comparison: CorpusComparison & { timings: ComparisonTimings };
  /** The article with this id, if any. */
  article(id: string): Article | undefined;
  /** The variant pairs an article belongs to ("Other versions of this story"). */
  variantsOf(id: string): PairSummary[];
  /** The pairs an article belongs to that are no versions of one story but share sentences nearly word for word. */
  textSharersOf(id: string): PairSummary[];
  /** The alignment of an oriented variant pair (left is the earlier article), if the engine made one. */
  alignment(left: string, right: string): Alignment | undefined;
  /** The engine's scores of two articles, named in either order, if it compared them. */
  score(a: string, b: string): PairSummary | undefined;
  /** Every variant pair: the pairs that have a comparison page and alignment JSON. */
  readonly variantPairs: readonly PairSummary[];
  /** The variant groups that have a group page (a base and at least two copies). */
  readonly tableGroups: readonly string[][];
  /** The group with a group page that an article belongs to, if any. */
  tableGroupOf(id: string): string[] | undefined;
  /** Every term's mentions in every article (computed on first use). */
  termReports(): TermReport[];
  /** The check index that /check/, /compare/ and `wirediff check` read (computed on first use). */
  checkIndex(): CheckIndex;
  /** The sharded search index of every article and term (computed on first use, shared by the search endpoints). */
  searchIndex(): SearchIndex;
}

/** Options for building the site data. */
export interface BuildSiteOptions {
  /** Called while candidate pairs are aligned, for progress messages on large corpora. */
  onProgress?: (aligned: number, candidates: number) => void;
  /**
   * The corpus's comparison when the caller already has it (the build computes it cached and in parallel, keyed
   * with the term table's entity names).
   */
  comparison?: CorpusComparison & { timings: ComparisonTimings };
  /** The corpus's term table when the caller already has it (it keys the comparison, so it is computed first). */
  termTable?: TermTable;
}

/** Each article's pairs among the given ones, in their order. */
function pairsByArticle(pairs: readonly PairSummary[]): Map<string, PairSummary[]> {
  const byArticle = new Map<string, PairSummary[]>();
  for (const p of pairs) {
    for (const id of [p.left, p.right]) {
      const list = byArticle.get(id);
      if (list) list.push(p);
      else byArticle.set(id, [p]);
    }
  }
  return byArticle;
}

/** Computes the site's data from the corpus entries (any order) and the glossary. */
export function buildSite(entries: readonly Article[], glossary: Glossary, options: BuildSiteOptions = {}): Site {
  const articles = sortArticles(entries);
  const termTable = options.termTable ?? buildTermTable(articles, glossary);
  const comparison = options.comparison ?? compareCorpus(articles, options.onProgress, termTable.entities);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const variantPairs = comparison.pairs.filter((p) => p.variant);
  const variantsById = pairsByArticle(variantPairs);
  const scores = new Map(comparison.pairs.map((p) => [alignmentKey(p.left, p.right), p]));
  // Text shared between articles of one story's group is that story's: they are listed as its versions, not as sharers.
  const groupOf = new Map(comparison.groups.flatMap((g, i) => g.map((id) => [id, i] as const)));
  const sameGroup = (a: string, b: string) => groupOf.has(a) && groupOf.get(a) === groupOf.get(b);
  const sharersById = pairsByArticle(comparison.pairs.filter((p) => !p.variant && p.shared_sentences >= SHARED_TEXT_MIN_SENTENCES && !sameGroup(p.left, p.right)));
  const aligned = (a: string, b: string) => comparison.alignments.has(alignmentKey(a, b)) || comparison.alignments.has(alignmentKey(b, a));
  const score = (a: string, b: string) => scores.get(alignmentKey(a, b)) ?? scores.get(alignmentKey(b, a));
  const tableGroups = groupsWithTable(comparison.groups, articles, aligned, alignedCloseness(aligned, score));
  const tableGroupById = new Map(tableGroups.flatMap((g) => g.map((id) => [id, g] as const)));
  let reports: TermReport[] | undefined;
  let check: CheckIndex | undefined;
  let search: SearchIndex | undefined;
  return {
    articles,
    glossary,
    terms: termTable.terms,
    termTable,
    entities: termTable.entities,
    comparison,
    article: (id) => byId.get(id),
    variantsOf: (id) => variantsById.get(id) ?? [],
    textSharersOf: (id) => sharersById.get(id) ?? [],
    alignment: (left, right) => comparison.alignments.get(alignmentKey(left, right)),
    score: (a, b) => scores.get(alignmentKey(a, b)) ?? scores.get(alignmentKey(b, a)),
    variantPairs,
    tableGroups,
    tableGroupOf: (id) => tableGroupById.get(id),
    termReports: () => (reports ??= termReports(articles, termTable)),
    // In the search index's order (each story's versions together), so both indexes number articles alike: a
    // number the search ranks is named by the check's small id table (search/trace.ts), not by fetching documents.
    checkIndex: () => (check ??= buildCheckIndex(storyOrder(articles.map((a) => a.id), comparison.groups).order.map((i) => articles[i] as Article), termTable.entityNames)),
    // Keyed with the general word rules only, as the browser keys queries (it has no term table); the table's
    // names reach search as term aliases, which the shards carry.
    searchIndex: () => (search ??= buildSearchIndex(articles, termTable.terms, { groups: comparison.groups })),
  };
}
