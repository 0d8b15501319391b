// How figures and article facts are written for readers, in one place: dates, outlets, percentages, similarities,
// counted nouns, and the caption (title, outlet, date, kind, link) every list, matrix and header shows.
import type { Article } from '../schema/article.ts';
import { articleUrl } from '../routes.ts';

// Formatters built once: toLocaleString builds one per call, which costs milliseconds per result list in a browser.
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const COUNT = new Intl.NumberFormat('en-GB');

/** What every page says for an article whose outlet is unknown. */
export const NO_OUTLET = 'Outlet not stated';

/** An article's outlet, or the one wording for an unknown outlet. */
export function formatOutlet(outlet: string | null): string {
  return outlet ?? NO_OUTLET;
}

/** An ISO date in words ("11 April 2019"); without a date, the caller's word for that (default "undated"). */
export function formatDate(iso: string | null, undated = 'undated'): string {
  if (!iso) return undated;
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return DAY.format(date);
}

/** A year and month ("2019-04", or the start of an ISO date) in words: "April 2019". */
export function formatMonth(isoMonth: string): string {
  const [y, m] = isoMonth.split('-').map(Number);
  return MONTH.format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, 1)));
}

/** A share 0–1 as a whole percentage ("81%"); never says 0% or 100% for a share that is not exactly that. */
export function formatPercent(share: number): string {
  const p = Math.round(share * 100);
  if (p === 0 && share > 0) return '<1%';
  if (p === 100 && share < 1) return '>99%';
  return `${p}%`;
}

/** A similarity (0–1) for print: two decimals, the precision the method page discusses thresholds in. */
export function formatSimilarity(value: number): string {
  return value.toFixed(2);
}

/** A count with its noun, singular for one ("1 row", "1,006 words"), as the tables print counts; `many` for irregular plurals. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${COUNT.format(n)} ${n === 1 ? one : many}`;
}

/** The article fields a caption shows. */
export type CaptionedArticle = Pick<Article, 'id' | 'title' | 'outlet' | 'published'> & Partial<Pick<Article, 'kind'>>;

/** An article as lists, matrices and headers show it: title, link, outlet and date in words, kind. */
export interface ArticleCaption {
  id: string;
  title: string;
  url: string;
  /** The outlet, or the wording for an unknown one. */
  outlet: string;
  kind: string | null;
  /** ISO date for a `<time datetime>`, or null. */
  published: string | null;
  /** "11 April 2019", or the caller's word for no date. */
  dateText: string;
}

/** The caption of an article; `undated` is what to say without a date. */
export function articleCaption(a: CaptionedArticle, undated = 'undated'): ArticleCaption {
  return {
    id: a.id,
    title: a.title,
    url: articleUrl(a.id),
    outlet: formatOutlet(a.outlet),
    kind: a.kind ?? null,
    published: a.published,
    dateText: formatDate(a.published, undated),
  };
}
