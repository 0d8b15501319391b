// A built site's check index, search index and article entries read from its dist/ folder, so `wirediff check` and
// `wirediff diff` (and the benchmarks) use exactly what /check/ and /search/ fetch over HTTP.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestEntities, type CheckArticle, type CheckSource } from '../../src/lib/compare/check.ts';
import type { CheckManifest } from '../../src/lib/compare/check-index.ts';
import type { EntityTable } from '../../src/lib/text/entities.ts';
import { ARTICLES_JSON_URL, articleJsonUrl, CHECK_MANIFEST_URL, checkIdsUrl, checkShardUrl, SEARCH_INDEX_URL, searchPackUrl, searchShardUrl, searchTypoShardUrl } from '../../src/lib/routes.ts';
import type { SearchDocument, SearchManifest, Shard } from '../../src/lib/search/data.ts';
import { documentsFromPacks } from '../../src/lib/search/packs.ts';
import type { IndexSource } from '../../src/lib/search/source.ts';
import type { TypoShard } from '../../src/lib/search/typo-route.ts';

/** A file of the built site by its URL path, parsed as JSON. */
function readJson<T>(dist: string, url: string): T {
  return JSON.parse(readFileSync(join(dist, url), 'utf8')) as T;
}

/** True when `dist` holds a built site with a check index. */
export function hasCheckIndex(dist: string): boolean {
  return existsSync(join(dist, CHECK_MANIFEST_URL));
}

/** The check index and entries of a built site folder. */
export function distSource(dist: string): CheckSource {
  return {
    manifest: async () => readJson(dist, CHECK_MANIFEST_URL),
    shard: async (index) => readJson(dist, checkShardUrl(index)),
    ids: async (chunk) => readJson(dist, checkIdsUrl(chunk)),
    article: async (id) => readJson(dist, articleJsonUrl(id)),
  };
}

/** The entity rules of a built site's corpus (its term table's names, as its check manifest carries them). */
export function distEntities(dist: string): EntityTable | undefined {
  return manifestEntities(readJson<CheckManifest>(dist, CHECK_MANIFEST_URL));
}

/** Every article entry of a built site, in corpus order (the weights of a comparison are the build's with them). */
export function distArticles(dist: string): CheckArticle[] {
  const list = readJson<{ id: string }[]>(dist, ARTICLES_JSON_URL);
  return list.map((a) => readJson<CheckArticle>(dist, articleJsonUrl(a.id)));
}

/** The search index of a built site folder, as the browser would fetch it, each file read once. */
export function distSearchSource(dist: string): IndexSource {
  const read = <T>(url: string): T => readJson<T>(dist, url.split('?')[0] as string);
  const manifest = read<SearchManifest>(SEARCH_INDEX_URL);
  const shards = new Map<number, Shard>();
  const typoShards = new Map<number, TypoShard>();
  const documents = documentsFromPacks(manifest.packs, async (pack) => read<SearchDocument[]>(searchPackUrl(pack)));
  return {
    manifest: async () => manifest,
    shard: async (n) => shards.get(n) ?? (shards.set(n, read<Shard>(searchShardUrl(n))).get(n) as Shard),
    typoShard: async (n) => typoShards.get(n) ?? (typoShards.set(n, read<TypoShard>(searchTypoShardUrl(n))).get(n) as TypoShard),
    document: documents,
  };
}
