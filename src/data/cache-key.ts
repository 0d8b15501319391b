// The key Astro's incremental build keeps a rendered page under: a hash of everything the page renders from (its
// props). Astro adds the page's own code; together they decide whether the last build's output can be reused.
import { digest } from '../lib/build/cache.ts';

/** The cache key of a page rendered only from these props. */
export function cacheKeyOf(props: unknown): string {
  return digest(JSON.stringify(props));
}
