// GET /feed.xml: the Atom feed of the latest articles.
import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';
import { articleFeed } from '../lib/present/feed.ts';
import { DEFAULT_SITE } from '../lib/routes.ts';

/** The Atom feed of the latest articles (FEED_MAX_ENTRIES). */
export const GET: APIRoute = async ({ site }) => {
  const xml = articleFeed((await getSite()).articles, { site: site ?? DEFAULT_SITE });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
