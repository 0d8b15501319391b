// The search index as the browser reads it: the manifest, then shards and packs of article documents fetched on
// demand and kept for the rest of the visit.
import type { SearchDocument, SearchManifest, Shard } from '../lib/search/data.ts';
import type { IndexSource } from '../lib/search/engine.ts';
import { searchPackUrl, searchShardUrl, searchTypoShardUrl } from '../lib/routes.ts';
import { documentsFromPacks } from '../lib/search/packs.ts';
import type { TypoShard } from '../lib/search/typo-route.ts';

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return (await response.json()) as T;
}

/** Caches one fetch per key; a failed fetch is forgotten, so the next search tries again. */
function cached<T>(cache: Map<number, Promise<T>>, key: number, load: () => Promise<T>): Promise<T> {
  let promise = cache.get(key);
  if (!promise) {
    promise = load();
    cache.set(key, promise);
    promise.catch(() => cache.delete(key));
  }
  return promise;
}

/** An index source over the site's search files, starting from the manifest at `manifestUrl`. */
export function fetchSource(manifestUrl: string): IndexSource {
  let manifest: Promise<SearchManifest> | null = null;
  const shards = new Map<number, Promise<Shard>>();
  const typoShards = new Map<number, Promise<TypoShard>>();
  let documents: Promise<(article: number) => Promise<SearchDocument>> | null = null;
  const source: IndexSource = {
    manifest: () => {
      manifest ??= json<SearchManifest>(manifestUrl);
      manifest.catch(() => (manifest = null));
      return manifest;
    },
    shard: (n) => cached(shards, n, async () => json<Shard>(searchShardUrl(n, (await source.manifest()).version))),
    typoShard: (n) => cached(typoShards, n, async () => json<TypoShard>(searchTypoShardUrl(n, (await source.manifest()).version))),
    document: async (a) => {
      documents ??= source.manifest().then(({ packs, version }) => documentsFromPacks(packs, (pack) => json<SearchDocument[]>(searchPackUrl(pack, version))));
      documents.catch(() => (documents = null));
      return (await documents)(a);
    },
  };
  return source;
}
