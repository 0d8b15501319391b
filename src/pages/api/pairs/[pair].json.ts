// GET /api/pairs/<left>--<right>.json: the alignment of one variant pair (public API).
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Alignment } from '../../../lib/compare/types.ts';
import { getSite } from '../../../data/site.ts';
import { cacheKeyOf } from '../../../data/cache-key.ts';
import { pairSlug } from '../../../lib/routes.ts';
import { toAlignmentJson } from '../../../lib/api/pairs.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.variantPairs.flatMap((p) => {
    const alignment = site.alignment(p.left, p.right);
    return alignment ? [{ params: { pair: pairSlug(p.left, p.right) }, props: { alignment }, cacheKey: cacheKeyOf(alignment) }] : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ alignment: Alignment }> = ({ props }) => Response.json(toAlignmentJson(props.alignment));
