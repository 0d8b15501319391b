// GET /api/pairs.json: every scored pair, with links for the variants (public API).
import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { toPairJson } from '../../lib/api/pairs.ts';

export const GET: APIRoute = async () => Response.json((await getSite()).comparison.pairs.map(toPairJson));
