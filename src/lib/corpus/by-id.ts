// Articles by id, built once per list: per-article and per-group views look their neighbours up in the whole corpus,
// and a map rebuilt for each of N pages costs O(N) each, O(N²) for the build (100 million entries at 10,000 articles).
/** The maps already built, per list (the lists are the site's, never mutated once built). */
const built = new WeakMap<readonly object[], ReadonlyMap<string, unknown>>();

/** The list's items by id (a later duplicate id wins, as in `new Map`), built on the first call for this list. */
export function byId<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  let map = built.get(items) as ReadonlyMap<string, T> | undefined;
  if (!map) {
    map = new Map(items.map((a) => [a.id, a]));
    built.set(items, map);
  }
  return map;
}
