// GET /search/index.json: the search data the search page fetches on first use (internal, not a public API).
import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { buildSearchData } from '../../lib/search/data.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return Response.json(buildSearchData(site.articles, site.terms));
};
