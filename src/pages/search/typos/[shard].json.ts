// GET /search/typos/<n>.json: keys by typo signature, fetched only for a word that matched nothing in its shard.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { TypoShard } from '../../../lib/search/typo-route.ts';
import { getSite } from '../../../data/site.ts';

export const getStaticPaths = (async () =>
  (await getSite()).searchIndex().typoShards.map((shard, n) => ({ params: { shard: String(n) }, props: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ shard: TypoShard }> = ({ props }) => Response.json(props.shard);
