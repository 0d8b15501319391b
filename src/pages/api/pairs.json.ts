import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { corpusView } from '../../lib/corpus/comparison.ts';

export const GET: APIRoute = async () => Response.json(corpusView(await getCollection('articles')).comparison.pairs);
