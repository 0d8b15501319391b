import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { corpusView } from '../../../lib/corpus/comparison.ts';
import type { Alignment } from '../../../lib/compare/types.ts';

export const getStaticPaths = (async () => {
  const { comparison } = corpusView(await getCollection('articles'));
  return [...comparison.alignments].map(([pair, alignment]) => ({ params: { pair }, props: { alignment } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ alignment: Alignment }> = ({ props }) => Response.json(props.alignment);
