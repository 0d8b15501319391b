// GET /api/…, /search/… and /check/… JSON files in `astro dev` only. A build writes them straight to dist/ from the
// prepare step (src/data/data-files.ts lists them, src/lib/build/data-bundle.ts carries them), since Astro's
// per-route file work cost more than the files themselves; so in a build this route has no paths.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../data/site.ts';
import { dataFiles, type LazyDataFile } from '../data/data-files.ts';

export const getStaticPaths = (async () =>
  import.meta.env.DEV ? [...dataFiles(await getSite())].map((f) => ({ params: { file: f.path.replace(/\.json$/, '') }, props: { f } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ f: LazyDataFile }> = ({ props }) => new Response(props.f.body(), { headers: { 'content-type': 'application/json' } });
