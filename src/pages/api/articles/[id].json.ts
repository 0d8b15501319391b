import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { toArticleJson } from '../../../lib/api/articles.ts';

export const getStaticPaths = (async () => {
  const entries = await getCollection('articles');
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'articles'> }> = ({ props }) => Response.json(toArticleJson(props.entry.data));
