import type { Article } from '../schema/article.ts';
import { compareCorpus } from '../compare/index.ts';
import { articlesFrom } from './collection.ts';

/** The sorted articles of a collection and the comparison of the whole corpus, as every page needs them. */
export function corpusView(entries: readonly { data: Article }[]) {
  const articles = articlesFrom(entries);
  return { articles, comparison: compareCorpus(articles) };
}
