// GET /api/articles.json: every article's summary, in corpus order (public API).
import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { toArticleSummary } from '../../lib/api/articles.ts';

export const GET: APIRoute = async () => Response.json((await getSite()).articles.map(toArticleSummary));
