// The one way pages and endpoints reach the corpus: Astro's article collection and the glossary, turned into the
// site's data (src/lib/site.ts) once per build and shared by every page.
import { getCollection } from 'astro:content';
import { buildSite, type Site } from '../lib/site.ts';
import { loadGlossary } from '../lib/corpus/glossary.ts';
import { sortArticles } from '../lib/corpus/sort.ts';
import { buildTermTable } from '../lib/terms/table.ts';
import { compareCorpusBuild } from '../lib/build/compare.ts';
import { compareProgress } from '../lib/build/prepare.ts';

let cached: { key: string; site: Site } | undefined;
/** The build's one computation of the site, shared by every caller, including ones that arrive while it runs. */
let building: Promise<Site> | undefined;

/**
 * The site's data for this build, computed once; in `astro dev`, recomputed when the collection changes. The
 * comparison comes from the build cache, which `scripts/ingest.ts` filled just before (`npm run build`); in this
 * thread, since Astro's bundle cannot start the worker file, so a build without that step still works, only slower.
 */
export function getSite(): Promise<Site> {
  // A build's collection never changes while it runs, so pages may call this once per page at no cost; only the
  // dev server, where files change under it, looks at the whole collection on every call.
  if (import.meta.env.DEV) return currentSite();
  return (building ??= currentSite());
}

/** The site for the collection as it is now: the last one computed if the collection is unchanged. */
async function currentSite(): Promise<Site> {
  const entries = await getCollection('articles');
  const key = entries.map((e) => `${e.id}:${e.digest ?? ''}`).join('|');
  if (cached?.key === key) return cached.site;
  const articles = sortArticles(entries.map((e) => e.data));
  const glossary = loadGlossary();
  const termTable = buildTermTable(articles, glossary);
  const { comparison, stats } = await compareCorpusBuild(articles, { workers: 1, onProgress: compareProgress(articles.length), entities: termTable.entityNames });
  const site = buildSite(articles, glossary, { comparison, termTable });
  if (articles.length >= 100) {
    console.info(`wirediff: ${site.variantPairs.length} variant pairs in ${site.comparison.groups.length} groups (${stats.whole ? 'the whole comparison from the cache' : `${stats.pairs_reused} pairs from the cache, ${stats.pairs_computed} aligned`})`);
  }
  cached = { key, site };
  return site;
}
