// The article collection: every file of the content folder, parsed by the same pipeline the ingest script and
// the tests use. Comparing the corpus happens once per build, in src/data/site.ts.
import { defineCollection } from 'astro:content';
import { articleSchema } from './lib/schema/article.ts';
import { loadCorpus } from './lib/corpus/load.ts';

/** Every article file, parsed and validated; the digest lets the site data notice edits in `astro dev`. */
const articles = defineCollection({
  loader: {
    name: 'wirediff-articles',
    load: async ({ store, parseData, generateDigest, logger }) => {
      store.clear();
      const entries = loadCorpus(undefined, (done, total) => {
        if (done === total || done % 100 === 0) logger.info(`parsed ${done}/${total} articles`);
      });
      for (const entry of entries) {
        store.set({ id: entry.id, data: await parseData({ id: entry.id, data: entry }), digest: generateDigest(entry) });
      }
    },
  },
  schema: articleSchema,
});

export const collections = { articles };
