// GET /api/articles/<id>.json: one article's full entry (public API).
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Article } from '../../../lib/schema/article.ts';
import { getSite } from '../../../data/site.ts';
import { cacheKeyOf } from '../../../data/cache-key.ts';
import { toArticleJson } from '../../../lib/api/articles.ts';

export const getStaticPaths = (async () => (await getSite()).articles.map((article) => ({ params: { id: article.id }, props: { article }, cacheKey: cacheKeyOf(article) }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = ({ props }) => Response.json(toArticleJson(props.article));
