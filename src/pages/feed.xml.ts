// GET /feed.xml: the Atom feed of every article.
import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';
import { articleFeed } from '../lib/present/feed.ts';
import { DEFAULT_SITE } from '../lib/routes.ts';

/** The Atom feed of every article. */
export const GET: APIRoute = async ({ site }) => {
  const xml = articleFeed((await getSite()).articles, { site: site ?? DEFAULT_SITE });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
