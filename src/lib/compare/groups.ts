// Variant groups: the stories, as connected components of the variant pairs.
import type { Article } from '../schema/article.ts';
import { sortArticles } from '../corpus/sort.ts';

/** Variant groups: connected components of the variant pairs, each in date-then-id order, singletons left out. */
export function variantGroups(articles: readonly Pick<Article, 'id' | 'published'>[], pairs: readonly { left: string; right: string; variant: boolean }[]): string[][] {
  const parent = new Map(articles.map((a) => [a.id, a.id]));
  // Iterative, with path compression: a recursive find overflowed the stack on a chain of thousands of variants.
  const find = (x: string): string => {
    let root = x;
    for (let p = parent.get(root) ?? root; p !== root; p = parent.get(root) ?? root) root = p;
    for (let y = x; y !== root; ) {
      const next = parent.get(y) ?? root;
      parent.set(y, root);
      y = next;
    }
    return root;
  };
  for (const p of pairs) if (p.variant) parent.set(find(p.left), find(p.right));
  const members = new Map<string, Pick<Article, 'id' | 'published'>[]>();
  for (const a of articles) {
    const root = find(a.id);
    const group = members.get(root);
    if (group) group.push(a);
    else members.set(root, [a]);
  }
  return [...members.values()]
    .filter((g) => g.length > 1)
    .map((g) => sortArticles(g).map((a) => a.id))
    .sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}
