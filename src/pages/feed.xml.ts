// GET /feed.xml: the Atom feed of the latest articles.
import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';
import { articleFeed, buildTime } from '../lib/present/feed.ts';

/** The Atom feed of the latest articles (FEED_MAX_ENTRIES). */
export const GET: APIRoute = async ({ site }) => {
  const xml = articleFeed((await getSite()).articles, { site: site ?? 'http://127.0.0.1:4321/', updated: buildTime(process.env) });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
