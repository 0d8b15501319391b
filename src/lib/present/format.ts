// How figures and article facts are written for readers, in one place: dates, outlets, percentages, similarities,
// counted nouns, and the caption (title, outlet, date, kind, link) every list, matrix and header shows.
import type { Article } from '../schema/article.ts';
import { articleUrl } from '../routes.ts';
import { MONTH_NAMES } from '../text/lexicon.ts';

// The number formatter is built once: toLocaleString builds one per call, which costs milliseconds per result list
// in a browser. Dates are written by hand for the same reason.
const COUNT = new Intl.NumberFormat('en-GB');

/** What every page says for an article whose outlet is unknown. */
export const NO_OUTLET = 'Outlet not stated';

/** An article's outlet, or the one wording for an unknown outlet. */
export function formatOutlet(outlet: string | null): string {
  return outlet ?? NO_OUTLET;
}

/** A month's name in words, 1 = "January" (the lexicon's names, capitalised). */
function monthName(month: number): string {
  const name = MONTH_NAMES[month - 1] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

// Dates are written out by hand rather than with toLocaleDateString, whose formatter (built per call, with the
// locale's data) took ~90 ms of a /check/ result in Chromium; the words are the same ("11 April 2019").

/** An ISO date in words ("11 April 2019"); without a date, the caller's word for that (default "undated"). */
export function formatDate(iso: string | null, undated = 'undated'): string {
  if (!iso) return undated;
  const [y, m, d] = iso.split('-').map(Number);
  return `${d ?? 1} ${monthName(m ?? 1)} ${y ?? 1970}`;
}

/** The line a printed check carries: the day it was made (the reader's own calendar) and the page's address. */
export function checkedOnLine(when: Date, address: string): string {
  const iso = `${when.getFullYear()}-${String(when.getMonth() + 1).padStart(2, '0')}-${String(when.getDate()).padStart(2, '0')}`;
  return `Checked on ${formatDate(iso)} at ${address}`;
}

/** A year and month ("2019-04", or the start of an ISO date) in words: "April 2019". */
export function formatMonth(isoMonth: string): string {
  const [y, m] = isoMonth.split('-').map(Number);
  return `${monthName(m ?? 1)} ${y ?? 1970}`;
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

/** What follows each of `n` items listed in prose: ", " between, " and " before the last, nothing after it ("B, C and I"). */
export function listSeparators(n: number): string[] {
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? '' : i === n - 2 ? ' and ' : ', '));
}

/** The word agreeing with a count, without the count: "1 article holds", "2 articles hold". */
export function agree(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
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

/** Shortens text to at most `max` characters at a word boundary, marking the cut with an ellipsis. */
export function excerpt(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  // The cut ends a word when the next character is a space; otherwise back up to the last whole word.
  const space = clean[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Double quotation marks that open or close a quoted text (single ones are apostrophes as often). */
const OWN_QUOTES = /^\s*[“"«„‹]|[”"»›]\s*$/u;

/** True when a text begins or ends with its own quotation mark, so marks set around it would double one ("said “no””"). */
export function carriesOwnQuotes(text: string): boolean {
  return OWN_QUOTES.test(text);
}

/** A text in quotation marks, unless it begins or ends with its own. */
export function quoteOnce(text: string): string {
  return carriesOwnQuotes(text) ? text : `“${text}”`;
}
