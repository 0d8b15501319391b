// GET /search/index.json: the search manifest the search page fetches on first use (internal, not a public API).
import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';

export const GET: APIRoute = async () => Response.json((await getSite()).searchIndex().manifest);
