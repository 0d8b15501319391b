// The home page's variant groups as plain data: which articles are copies of the same text, and links to the
// side-by-side comparison of each pair inside a group.
import type { PairSummary } from '../compare/types.ts';
import { pairUrl } from '../routes.ts';
import { articleCaption, formatSimilarity, type ArticleCaption, type CaptionedArticle } from './format.ts';

/** Fields of an article a group lists. */
export type GroupArticle = CaptionedArticle;

/** One member of a group. */
export type GroupMember = ArticleCaption;

/** One comparison inside a group that has a pair page. */
export interface GroupComparison {
  url: string;
  left: string;
  right: string;
  /** The two titles, for the link text: “A” with “B”. */
  text: string;
  similarity: string;
}

/** The link to a variant pair's comparison page, with both titles as its text. */
export function comparisonLink(p: Pick<PairSummary, 'left' | 'right' | 'similarity'>, left: Pick<GroupArticle, 'title'>, right: Pick<GroupArticle, 'title'>): GroupComparison {
  return { url: pairUrl(p.left, p.right), left: p.left, right: p.right, text: `“${left.title}” with “${right.title}”`, similarity: formatSimilarity(p.similarity) };
}

/** One variant group. */
export interface VariantGroupView {
  /** 1-based, in the order the engine gave the groups. */
  number: number;
  members: GroupMember[];
  comparisons: GroupComparison[];
}

/** All groups, plus the articles that belong to none. */
export interface VariantGroupsView {
  groups: VariantGroupView[];
  ungrouped: GroupMember[];
}

/**
 * Resolves the engine's groups (lists of article ids) into members in the engine's order and the pair pages inside
 * each group; ids not among the articles are skipped, and groups left with fewer than two members are dropped.
 */
export function variantGroupsView(
  groups: readonly (readonly string[])[],
  articles: readonly GroupArticle[],
  pairs: readonly PairSummary[] = [],
): VariantGroupsView {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const resolved = groups.map((ids) =>
    [...new Set(ids)].flatMap((id) => {
      const a = byId.get(id);
      return a ? [articleCaption(a)] : [];
    }),
  );
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
    comparisons[g]?.push(comparisonLink(p, left, right));
  }
  const grouped = new Set(groupOf.keys());
  const views: VariantGroupView[] = [];
  resolved.forEach((members, g) => {
    if (members.length >= 2) views.push({ number: views.length + 1, members, comparisons: comparisons[g] ?? [] });
  });
  const ungrouped = articles.filter((a) => !grouped.has(a.id)).map((a) => articleCaption(a));
  return { groups: views, ungrouped };
}
