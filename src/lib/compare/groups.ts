// Variant groups: the stories, built from the variant pairs without letting one look-alike pair chain two stories.
import type { Article } from '../schema/article.ts';
import { sortArticles } from '../corpus/sort.ts';

/** A compared pair as grouping reads it: the two ids, the verdict and the similarity that orders the evidence. */
export type GroupPair = { left: string; right: string; variant: boolean; similarity?: number; near_miss?: true };

/**
 * Variant groups, each in date-then-id order, singletons left out. Variant pairs join groups strongest first
 * (similarity, then ids), and two groups join only when the pairs compared between them say "variant" at least as
 * often as "not variant": a copy of a copy still joins its story (one yes, one no), but one look-alike pair between
 * two stories whose other members were compared and judged unrelated no longer chains them into one. Pairs never
 * compared are no evidence either way (candidate generation compares each article with only a few others), nor are
 * pairs judged no variant only for want of one link (`near_miss`).
 */
export function variantGroups(articles: readonly Pick<Article, 'id' | 'published'>[], pairs: readonly GroupPair[]): string[][] {
  const parent = new Map(articles.map((a) => [a.id, a.id]));
  const members = new Map(articles.map((a) => [a.id, [a.id]]));
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
  // Every compared pair, both ways: the evidence counted between two groups.
  const compared = new Map<string, { other: string; variant: boolean }[]>();
  const note = (a: string, b: string, variant: boolean) => {
    const list = compared.get(a);
    if (list) list.push({ other: b, variant });
    else compared.set(a, [{ other: b, variant }]);
  };
  for (const p of pairs) {
    // A "no" one link short of "yes" (a condensed copy against another copy) is no evidence, as a pair never compared.
    if (!parent.has(p.left) || !parent.has(p.right) || p.left === p.right || p.near_miss) continue;
    note(p.left, p.right, p.variant);
    note(p.right, p.left, p.variant);
  }
  const variants = pairs
    .filter((p) => p.variant && parent.has(p.left) && parent.has(p.right))
    .sort((x, y) => (y.similarity ?? 0) - (x.similarity ?? 0) || x.left.localeCompare(y.left) || x.right.localeCompare(y.right));
  for (const p of variants) {
    const a = find(p.left);
    const b = find(p.right);
    if (a === b) continue;
    const [small, large] = (members.get(a) as string[]).length <= (members.get(b) as string[]).length ? [a, b] : [b, a];
    let yes = 0;
    let no = 0;
    for (const id of members.get(small) as string[]) {
      for (const c of compared.get(id) ?? []) {
        if (find(c.other) !== large) continue;
        if (c.variant) yes += 1;
        else no += 1;
      }
    }
    if (yes < no) continue;
    parent.set(small, large);
    (members.get(large) as string[]).push(...(members.get(small) as string[]));
    members.delete(small);
  }
  const byId = new Map(articles.map((a) => [a.id, a]));
  return [...members.values()]
    .filter((g) => g.length > 1)
    .map((g) => sortArticles(g.map((id) => byId.get(id) as Pick<Article, 'id' | 'published'>)).map((a) => a.id))
    .sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}
