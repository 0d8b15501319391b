// GET /search/shards/<n>.json: one key range of the search index, fetched when a query's words route to it.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Shard } from '../../../lib/search/data.ts';
import { getSite } from '../../../data/site.ts';

export const getStaticPaths = (async () =>
  (await getSite()).searchIndex().shards.map((shard, n) => ({ params: { shard: String(n) }, props: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ shard: Shard }> = ({ props }) => Response.json(props.shard);
