import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { articlesFrom } from '../lib/corpus/collection.ts';
import { articleFeed, buildTime } from '../lib/present/feed.ts';

/** The Atom feed of every article. */
export const GET: APIRoute = async ({ site }) => {
  const articles = articlesFrom(await getCollection('articles'));
  const xml = articleFeed(articles, { site: site ?? 'http://127.0.0.1:4321/', updated: buildTime(process.env) });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
