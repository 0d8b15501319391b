// The one way pages and endpoints reach the corpus: Astro's article collection and the glossary, turned into the
// site's data (src/lib/site.ts) once per build and shared by every page.
import { getCollection } from 'astro:content';
import { buildSite, type Site } from '../lib/site.ts';
import { loadGlossary } from '../lib/corpus/glossary.ts';

/** Corpora at least this large report comparison progress, so a long build does not go silent. */
const PROGRESS_FROM = 100;

let cached: { key: string; site: Site } | undefined;

/** The site's data for this build; recomputed only when the collection changes (in `astro dev`). */
export async function getSite(): Promise<Site> {
  const entries = await getCollection('articles');
  const key = entries.map((e) => `${e.id}:${e.digest ?? ''}`).join('|');
  if (cached?.key === key) return cached.site;
  const large = entries.length >= PROGRESS_FROM;
  const site = buildSite(entries.map((e) => e.data), loadGlossary(), {
    onProgress: large ? (done, total) => console.info(`wirediff: aligned ${done}/${total} candidate pairs`) : undefined,
  });
  if (large) console.info(`wirediff: ${site.variantPairs.length} variant pairs in ${site.comparison.groups.length} groups`);
  cached = { key, site };
  return site;
}
