// GET /check/ids/<n>.json: one chunk of the check index's article number-to-id table.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';

export const getStaticPaths = (async () => (await getSite()).checkIndex().idChunks.map((ids, i) => ({ params: { chunk: String(i) }, props: { ids } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ ids: string[] }> = ({ props }) => Response.json(props.ids);
