// Every file the site serves besides its pages and feed: the public JSON API and the search and check indexes, each
// as a path under dist/ and its body. One list for both ways they are served: the build writes them from the
// prepare step (src/lib/build/data-bundle.ts), and `astro dev` serves them from src/pages/[...file].json.ts.
import type { Site } from '../lib/site.ts';
import type { DataFile } from '../lib/build/data-bundle.ts';
import type { PairSummary } from '../lib/compare/types.ts';
import { toArticleJson, toArticleSummary } from '../lib/api/articles.ts';
import { toAlignmentJson, toPairJson } from '../lib/api/pairs.ts';
import { toTermJson } from '../lib/api/terms.ts';
import { packDocuments } from '../lib/search/packs.ts';
import {
  ARTICLES_JSON_URL,
  CHECK_MANIFEST_URL,
  checkIdsUrl,
  checkShardUrl,
  PAIRS_JSON_URL,
  SEARCH_INDEX_URL,
  TERMS_JSON_URL,
  articleJsonUrl,
  pairJsonUrl,
  searchPackUrl,
  searchShardUrl,
  searchTypoShardUrl,
} from '../lib/routes.ts';

/** A data file whose body is made only when asked for, so listing them costs nothing. */
export interface LazyDataFile {
  path: string;
  body(): string;
}

const file = (url: string, value: () => unknown): LazyDataFile => ({ path: url.replace(/^\//, ''), body: () => JSON.stringify(value()) });

/** The site's data files, in a fixed order: API, then search, then check. */
export function* dataFiles(site: Site): Generator<LazyDataFile> {
  // Only a variant pair the engine aligned gets its alignment file, and only those are an article's versions, so a
  // client reading an entry never asks for a pair file that is not there.
  const aligned = (p: PairSummary) => site.alignment(p.left, p.right) !== undefined;
  yield file(ARTICLES_JSON_URL, () => site.articles.map(toArticleSummary));
  for (const article of site.articles) yield file(articleJsonUrl(article.id), () => toArticleJson(article, site.variantsOf(article.id).filter(aligned)));
  yield file(PAIRS_JSON_URL, () => site.comparison.pairs.map(toPairJson));
  for (const p of site.variantPairs) {
    const alignment = site.alignment(p.left, p.right);
    if (alignment) yield file(pairJsonUrl(p.left, p.right), () => toAlignmentJson(alignment));
  }
  yield file(TERMS_JSON_URL, () => site.termReports().map(toTermJson));

  const search = site.searchIndex();
  yield file(SEARCH_INDEX_URL, () => search.manifest);
  for (const [n, shard] of search.shards.entries()) yield file(searchShardUrl(n), () => shard);
  for (const [n, shard] of search.typoShards.entries()) yield file(searchTypoShardUrl(n), () => shard);
  for (const [n, docs] of packDocuments(search.documents, search.manifest.packs).entries()) yield file(searchPackUrl(n), () => docs);

  const check = site.checkIndex();
  yield file(CHECK_MANIFEST_URL, () => check.manifest);
  for (const [n, shard] of check.shards.entries()) yield file(checkShardUrl(n), () => shard);
  for (const [n, ids] of check.idChunks.entries()) yield file(checkIdsUrl(n), () => ids);
}

/** The files with their bodies made, one at a time (for writing them out), reporting how many are done of how many. */
export function* dataFileBodies(site: Site, onProgress?: (done: number, total: number) => void): Generator<DataFile> {
  const files = [...dataFiles(site)];
  for (const [i, f] of files.entries()) {
    yield { path: f.path, body: f.body() };
    onProgress?.(i + 1, files.length);
  }
}
