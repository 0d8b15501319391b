// Article documents travel in packs: the versions of one story side by side in one file. A query's results gather a
// story's rewrites (they share its words), so showing ten results fetches a few files instead of ten, and on a
// slow device every request costs more than its bytes (measured: ten parallel fetches ~85 ms, one ~12 ms).
import type { SearchDocument } from './data.ts';

/** At most this many documents in one pack: a story with more versions takes several, so no pack grows with it. */
export const PACK_MAX = 8;

/** The order articles take in the index, and the sizes of the packs that cut it into consecutive runs. */
export interface StoryOrder {
  /** Positions in the site's list, in index order. */
  order: number[];
  /** Sizes of consecutive packs over `order`; they add up to its length. */
  packs: number[];
}

/**
 * Site order, except that each variant group's members follow its first member (in site order): the versions of a
 * story are neighbours, and each group, cut into runs of at most `PACK_MAX`, is one or more packs; a single article
 * is a pack of its own. Variant groups never share an article; were two to share one, it is placed once, with the
 * group reached first.
 */
export function storyOrder(ids: readonly string[], groups: readonly (readonly string[])[], packMax = PACK_MAX): StoryOrder {
  const position = new Map(ids.map((id, i) => [id, i]));
  const groupOf = new Map<number, number[]>();
  for (const group of groups) {
    const members = group.flatMap((id) => position.get(id) ?? []).sort((a, b) => a - b);
    for (const m of members) groupOf.set(m, members);
  }
  const order: number[] = [];
  const packs: number[] = [];
  const placed = new Set<number>();
  ids.forEach((_, i) => {
    if (placed.has(i)) return;
    const members = (groupOf.get(i) ?? [i]).filter((m) => !placed.has(m));
    for (let from = 0; from < members.length; from += packMax) {
      const run = members.slice(from, from + packMax);
      order.push(...run);
      packs.push(run.length);
      for (const m of run) placed.add(m);
    }
  });
  return { order, packs };
}

/** Where each pack starts in index order (one more entry than packs: the end). */
export function packStarts(sizes: readonly number[]): number[] {
  const starts = [0];
  for (const size of sizes) starts.push((starts.at(-1) as number) + size);
  return starts;
}

/** The pack holding an article (its place in index order), or -1 past the last. */
export function packOf(starts: readonly number[], article: number): number {
  if (article < 0 || article >= (starts.at(-1) ?? 0)) return -1;
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= article) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The documents cut into packs of the given sizes, as the build writes them. */
export function packDocuments<T>(documents: readonly T[], sizes: readonly number[]): T[][] {
  const starts = packStarts(sizes);
  return sizes.map((size, i) => documents.slice(starts[i], (starts[i] as number) + size));
}

/**
 * One document at a time over packs fetched whole: each pack is loaded once (a failed load is forgotten, so the next
 * search tries again) and every document in it is then at hand.
 */
export function documentsFromPacks(sizes: readonly number[], load: (pack: number) => Promise<readonly SearchDocument[]>): (article: number) => Promise<SearchDocument> {
  const starts = packStarts(sizes);
  const loaded = new Map<number, Promise<readonly SearchDocument[]>>();
  return async (article) => {
    const pack = packOf(starts, article);
    if (pack < 0) throw new Error(`search index: no document ${article}`);
    let promise = loaded.get(pack);
    if (!promise) {
      promise = load(pack);
      loaded.set(pack, promise);
      promise.catch(() => loaded.delete(pack));
    }
    const doc = (await promise)[article - (starts[pack] as number)];
    if (!doc) throw new Error(`search index: pack ${pack} lacks document ${article}`);
    return doc;
  };
}
