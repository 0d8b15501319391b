// GET /api/terms.json: every term with its names and their origins, and how often the corpus mentions it (public API).
import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { toTermJson } from '../../lib/api/terms.ts';

export const GET: APIRoute = async () => Response.json((await getSite()).termReports().map(toTermJson));
