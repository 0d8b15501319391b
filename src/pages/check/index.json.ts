// GET /check/index.json: the check index's manifest (layout, common-term counts), read first by every check.
import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';

export const GET: APIRoute = async () => Response.json((await getSite()).checkIndex().manifest);
