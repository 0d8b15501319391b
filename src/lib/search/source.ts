// Where the search index comes from: fetched files in the browser, files or memory in Node.
import type { SearchDocument, SearchManifest, Shard } from './data.ts';
import type { TypoShard } from './typo-route.ts';

/** Where the index comes from: fetched files in the browser, files or memory in Node. Each call may be cached. */
export interface IndexSource {
  manifest(): Promise<SearchManifest>;
  shard(index: number): Promise<Shard>;
  typoShard(index: number): Promise<TypoShard>;
  /** One article's document, by its number in the index (the source fetches the pack holding it). */
  document(article: number): Promise<SearchDocument>;
}

/** An index source over an index held in memory (tests, benchmarks, the build). */
export function memorySource(index: { manifest: SearchManifest; shards: readonly Shard[]; typoShards: readonly TypoShard[]; documents: readonly SearchDocument[] }): IndexSource {
  const pick = <T>(list: readonly T[], n: number, what: string): T => {
    const found = list[n];
    if (!found) throw new Error(`search index: no ${what} ${n}`);
    return found;
  };
  return {
    manifest: async () => index.manifest,
    shard: async (n) => pick(index.shards, n, 'shard'),
    typoShard: async (n) => pick(index.typoShards, n, 'typo shard'),
    document: async (a) => pick(index.documents, a, 'document'),
  };
}
