// GET /check/shards/<n>.json: one shard of the check index's postings; a check fetches only its keys' shards.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CheckShard } from '../../../lib/compare/check-index.ts';
import { getSite } from '../../../data/site.ts';

export const getStaticPaths = (async () => (await getSite()).checkIndex().shards.map((shard, i) => ({ params: { shard: String(i) }, props: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ shard: CheckShard }> = ({ props }) => Response.json(props.shard);
