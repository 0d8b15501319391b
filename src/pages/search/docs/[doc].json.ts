// GET /search/docs/<n>.json: one article's facts and text, fetched when it is among the results shown.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { SearchDocument } from '../../../lib/search/data.ts';
import { getSite } from '../../../data/site.ts';

export const getStaticPaths = (async () =>
  (await getSite()).searchIndex().documents.map((doc, n) => ({ params: { doc: String(n) }, props: { doc } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ doc: SearchDocument }> = ({ props }) => Response.json(props.doc);
