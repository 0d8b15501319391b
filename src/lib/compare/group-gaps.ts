// The pairs inside a variant group that candidate generation never proposed. It compares each article with its
// closest few only, so a copy can join its story through other copies and never be set beside the rest of it.
import type { Article } from '../schema/article.ts';
import { orientPair } from './orient.ts';
import { GROUP_COMPLETE_MAX } from './thresholds.ts';

/**
 * The uncompared pairs inside each group of at most `max` articles, oriented (left earlier) as document indices, in
 * group order then member order; pairs already in `compared` (either way round) are left out.
 */
export function groupGaps(
  articles: readonly Pick<Article, 'id' | 'published'>[],
  groups: readonly (readonly string[])[],
  compared: readonly { left: string; right: string }[],
  max = GROUP_COMPLETE_MAX,
): { left: number; right: number }[] {
  const index = new Map(articles.map((a, i) => [a.id, i]));
  const seen = new Set(compared.flatMap((p) => [`${p.left}\n${p.right}`, `${p.right}\n${p.left}`]));
  const gaps: { left: number; right: number }[] = [];
  for (const group of groups) {
    if (group.length > max) continue;
    const members = group.flatMap((id) => index.get(id) ?? []);
    members.forEach((a, i) => {
      for (const b of members.slice(i + 1)) {
        const [left, right] = orientPair(articles[a] as Pick<Article, 'id' | 'published'>, articles[b] as Pick<Article, 'id' | 'published'>);
        if (seen.has(`${left.id}\n${right.id}`)) continue;
        seen.add(`${left.id}\n${right.id}`);
        gaps.push({ left: index.get(left.id) as number, right: index.get(right.id) as number });
      }
    });
  }
  return gaps;
}
