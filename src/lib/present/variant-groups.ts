// The home page's variant groups as plain data: which articles are copies of the same text, and links to the
// side-by-side comparison of each pair inside a group.
import type { PairSummary } from '../compare/types.ts';
import { groupUrl, pairUrl } from '../routes.ts';
import { distinctNames, distinctSuffix } from './distinct-names.ts';
import { articleCaption, formatOutlet, formatSimilarity, type ArticleCaption, type CaptionedArticle } from './format.ts';

/** Fields of an article a group lists. */
export type GroupArticle = CaptionedArticle;

/** One member of a group, and what screen readers hear after its title when another member shares it. */
export type GroupMember = ArticleCaption & { hidden: string };

/** One comparison inside a group that has a pair page. */
export interface GroupComparison {
  url: string;
  left: string;
  right: string;
  /** The two titles, for the link text: “A” with “B”. */
  text: string;
  /** For screen readers, after the text: which two articles, when a title does not say (see distinct-names.ts). */
  hidden: string;
  similarity: string;
}

/**
 * The link to a variant pair's comparison page, with both titles as its text; `names` (distinctNames of the list's
 * articles) tells screen readers which articles the titles stand for when another in the list shares one.
 */
export function comparisonLink(
  p: Pick<PairSummary, 'left' | 'right' | 'similarity'>,
  left: Pick<GroupArticle, 'title' | 'outlet'>,
  right: Pick<GroupArticle, 'title' | 'outlet'>,
  names: ReadonlyMap<string, string> = new Map(),
): GroupComparison {
  const named = names.has(p.left) || names.has(p.right);
  const nameOf = (id: string, a: Pick<GroupArticle, 'outlet'>) => names.get(id) ?? formatOutlet(a.outlet);
  return {
    url: pairUrl(p.left, p.right),
    left: p.left,
    right: p.right,
    text: `“${left.title}” with “${right.title}”`,
    hidden: named ? ` (${nameOf(p.left, left)} with ${nameOf(p.right, right)})` : '',
    similarity: formatSimilarity(p.similarity),
  };
}

/** One variant group. */
export interface VariantGroupView {
  /** 1-based, in the order the engine gave the groups. */
  number: number;
  members: GroupMember[];
  comparisons: GroupComparison[];
  /** The group's page comparing every copy sentence by sentence, when it has one (three or more copies). */
  tableUrl: string | null;
}

/** All groups, plus the articles that belong to none. */
export interface VariantGroupsView {
  groups: VariantGroupView[];
  ungrouped: GroupMember[];
}

/**
 * Resolves the engine's groups (lists of article ids) into members in the engine's order and the pair pages inside
 * each group, and the group's page by `tableGroupOf` (Site.tableGroupOf); ids not among the articles are skipped,
 * and groups left with fewer than two members are dropped.
 */
export function variantGroupsView(
  groups: readonly (readonly string[])[],
  articles: readonly GroupArticle[],
  pairs: readonly PairSummary[] = [],
  tableGroupOf: (id: string) => readonly string[] | undefined = () => undefined,
): VariantGroupsView {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const captions = groups.map((ids) =>
    [...new Set(ids)].flatMap((id) => {
      const a = byId.get(id);
      return a ? [articleCaption(a)] : [];
    }),
  );
  // Titles are told apart within a group, where they repeat (copies of one story keep its title).
  const namesOf = captions.map((members) => distinctNames(members));
  const resolved = captions.map((members, g) => members.map((c): GroupMember => ({ ...c, hidden: distinctSuffix(namesOf[g] as Map<string, string>, c.id) })));
  // Each article's group, so the pairs are read once (not once per group: that grows with the square of the corpus).
  const groupOf = new Map<string, number>();
  resolved.forEach((members, g) => {
    if (members.length >= 2) for (const m of members) groupOf.set(m.id, g);
  });
  const comparisons = resolved.map((): GroupComparison[] => []);
  for (const p of pairs) {
    const g = groupOf.get(p.left);
    const left = byId.get(p.left);
    const right = byId.get(p.right);
    if (!p.variant || g === undefined || groupOf.get(p.right) !== g || !left || !right) continue;
    comparisons[g]?.push(comparisonLink(p, left, right, namesOf[g]));
  }
  const grouped = new Set(groupOf.keys());
  const views: VariantGroupView[] = [];
  resolved.forEach((members, g) => {
    // The group page is named after its table group's first article, as article pages link it.
    const table = members[0] ? tableGroupOf(members[0].id)?.[0] : undefined;
    if (members.length >= 2) views.push({ number: views.length + 1, members, comparisons: comparisons[g] ?? [], tableUrl: table ? groupUrl(table) : null });
  });
  const ungrouped = articles.filter((a) => !grouped.has(a.id)).map((a): GroupMember => ({ ...articleCaption(a), hidden: '' }));
  return { groups: views, ungrouped };
}
