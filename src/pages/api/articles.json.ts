import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { articlesFrom } from '../../lib/corpus/collection.ts';
import { toArticleSummary } from '../../lib/api/articles.ts';

export const GET: APIRoute = async () => {
  const articles = articlesFrom(await getCollection('articles'));
  return Response.json(articles.map(toArticleSummary));
};
