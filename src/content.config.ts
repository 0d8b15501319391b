// The article collection: every file of the content folder, parsed by the same pipeline the ingest script and
// the tests use, through the build cache (scripts/ingest.ts parsed them just before, so nothing is parsed twice).
// Comparing the corpus happens once per build, in src/data/site.ts.
import { defineCollection } from 'astro:content';
import { articleSchema } from './lib/schema/article.ts';
import { loadCorpusCached } from './lib/build/corpus.ts';
import { codeVersion, INGEST_CODE } from './lib/build/cache.ts';
import { preparedCache } from './lib/build/prepare-gate.ts';

/** Every article file, parsed and validated; the digest lets the site data notice edits in `astro dev`. */
const articles = defineCollection({
  loader: {
    name: 'wirediff-articles',
    load: async ({ store, parseData, generateDigest, logger }) => {
      // Started by scripts/build.ts beside the prepare step, Astro reads the cache only once that step has written it.
      await preparedCache();
      const { articles: entries, stats } = loadCorpusCached();
      if (entries.length >= 100) logger.info(`${entries.length} articles (${stats.reused} from the cache, ${stats.parsed} parsed)`);
      const ids = new Set(entries.map((e) => e.id));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      for (const entry of entries) {
        // The ingest code's version is in the digest, so a schema or parser change re-checks every entry.
        const digest = generateDigest({ entry, code: codeVersion(INGEST_CODE) });
        // An entry the store already holds with this digest is kept as it is: no schema check to run again.
        if (store.get(entry.id)?.digest === digest) continue;
        store.set({ id: entry.id, data: await parseData({ id: entry.id, data: entry }), digest });
      }
    },
  },
  schema: articleSchema,
});

export const collections = { articles };
