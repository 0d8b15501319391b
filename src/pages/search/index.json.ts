import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { articlesFrom } from '../../lib/corpus/collection.ts';
import { buildSearchData } from '../../lib/search/data.ts';
import { loadGlossary } from '../../lib/terms/glossary.ts';

export const GET: APIRoute = async () => Response.json(buildSearchData(articlesFrom(await getCollection('articles')), loadGlossary()));
