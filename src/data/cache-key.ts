// The key Astro's incremental build keeps a rendered page under: a hash of everything the page renders from (its
// props). Astro adds the page's own code; together they decide whether the last build's output can be reused.
import { digest } from '../lib/build/cache.ts';

/** The cache key of a page rendered only from these props. */
export function cacheKeyOf(props: unknown): string {
  return digest(JSON.stringify(props));
}

/**
 * Static paths keyed by their props, for routes rendered from their props alone (paginated lists, term pages): a
 * warm build then reuses every page whose slice of the corpus did not change instead of rendering it again.
 */
export function keyedByProps<T extends { props?: unknown }>(paths: readonly T[]): (T & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: cacheKeyOf(path.props ?? null) }));
}
