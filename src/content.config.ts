import { defineCollection } from 'astro:content';
import { articleSchema } from './lib/schema/article.ts';
import { loadCorpus } from './lib/corpus/load.ts';
import { compareCorpus } from './lib/compare/index.ts';

/** Every article file, parsed by the same pipeline the ingest script and the tests use. */
const articles = defineCollection({
  loader: {
    name: 'wirediff-articles',
    load: async ({ store, parseData, logger }) => {
      store.clear();
      const entries = loadCorpus(undefined, (done, total) => {
        if (done === total || done % 100 === 0) logger.info(`parsed ${done}/${total} articles`);
      });
      for (const entry of entries) {
        store.set({ id: entry.id, data: await parseData({ id: entry.id, data: entry }) });
      }
      // Comparing here (memoised for the pages) lets a long build report its progress instead of going silent.
      if (entries.length >= 100) {
        const result = compareCorpus(entries, (done, total) => logger.info(`aligned ${done}/${total} candidate pairs`));
        logger.info(`${result.pairs.filter((p) => p.variant).length} variant pairs in ${result.groups.length} groups`);
      }
    },
  },
  schema: articleSchema,
});

export const collections = { articles };
