// The reader of any two texts as /compare/, /check/ and `wirediff diff` show it, as plain data: a checked or pasted
// text as a side, the pair view with where the text is found, and what /compare/ says around it (the order, a
// missing side, one article named twice, the choices for words that are no id, the build's comparisons listed).
import type { Article } from '../schema/article.ts';
import type { Alignment, PairSummary } from '../compare/types.ts';
import type { PairOrder } from '../compare/orient.ts';
import { pairUrl } from '../routes.ts';
import { agree, articleCaption, formatDate, formatOutlet, plural } from './format.ts';
import { pairView, type PairArticle, type PairView } from './pair-view.ts';
import type { FoundRows, RowView } from './pair-types.ts';
import { comparisonLink, type GroupArticle, type GroupComparison } from './variant-groups.ts';
import { distinctNames } from './distinct-names.ts';

/** What the reader calls a text that is not a corpus article (side B of a check or of a pasted comparison). */
export const YOUR_TEXT = 'Your text';

/**
 * A checked or pasted text as a side of the reader: its own title and date, and as outlet "Your text" (or a file
 * name), after the outlet the text itself states when it states one ("The Levant Ledger — Your file page.html").
 */
export function textSide(text: Pick<Article, 'id' | 'title' | 'published' | 'published_from' | 'boilerplate'> & Partial<Pick<Article, 'title_from'>> & { outlet?: string | null }, label = YOUR_TEXT): PairArticle {
  const outlet = text.outlet ? `${text.outlet} — ${label}` : label;
  return { id: text.id, title: text.title, ...(text.title_from === undefined ? {} : { title_from: text.title_from }), outlet, published: text.published, published_from: text.published_from, boilerplate: text.boilerplate };
}

/** Why a corpus article is A and a given text B: not their dates, so nothing is said about which came first. */
export const GIVEN_TEXT_ORDER = 'A is the article from the corpus and B is your text: the order says nothing about which came first, or which copied which.';

/** A comparison made in the browser or on the command line: the pair view, and the pair page when the build made one. */
export interface AnyPairView {
  view: PairView;
  /** The precomputed comparison page of the same two corpus articles, if any. */
  pairPage: string | null;
}

/** Where the two sides of a reader come from: two corpus articles (the build's own alignment or not), or a given text as B. */
export type PairSource = 'precomputed' | 'articles' | 'given-text';

/**
 * The reader of any two texts: `left` and `right` are corpus articles (in orientPair's order), or a corpus article
 * and a given text (textSide), which is B whatever its date. The build's own alignment links its page.
 */
export function anyPairView(alignment: Alignment, left: PairArticle, right: PairArticle, similarity: number | null, source: PairSource): AnyPairView {
  const view = pairView(alignment, left, right, similarity);
  return {
    view: source === 'given-text' ? { ...view, orderText: GIVEN_TEXT_ORDER, foundRows: foundRows(view.rows) } : view,
    pairPage: source === 'precomputed' ? pairUrl(left.id, right.id) : null,
  };
}

/** Rows linked at most in the line saying where a given text is in the article. */
export const FOUND_ROWS_SHOWN = 12;

/**
 * Where the reader's text (B) meets the article (A): every row with both sides, unchanged, changed or moved. Null when
 * there is none, or when every row has both sides (the whole reader is then the answer).
 */
export function foundRows(rows: readonly RowView[]): FoundRows | null {
  const shared = rows.filter((r) => r.kind !== 'left-only' && r.kind !== 'right-only');
  if (shared.length === 0 || shared.length === rows.length) return null;
  const shown = shared.slice(0, FOUND_ROWS_SHOWN);
  return {
    text: `Your text is in A at ${shared.length === 1 ? 'row' : 'rows'} `,
    rows: shown.map((r) => ({ href: `#${r.id}`, text: String(r.number) })),
    more: shared.length - shown.length,
  };
}

/** What /compare/ says when two named articles are shown in the order they were given. */
export const ALIGNED_TEXT = 'Aligned: the comparison follows.';

/**
 * What /compare/ says when it shows two named articles the other way round: every comparison puts the earlier
 * article (or, without two different dates, the first by file name) as A, so the reader's B may become A.
 * `sameDate` says the two are dated alike rather than not both dated.
 */
export function swappedText(shownAsA: string, order: PairOrder, sameDate = false): string {
  const why = order === 'published' ? 'it was published first' : `it comes first by file name (${sameDate ? 'the two carry the same date' : 'the two are not both dated'})`;
  return `Aligned, the other way round: your article B, “${shownAsA}”, is shown as A, on the left, because ${why}; every comparison keeps that order.`;
}

/** What /compare/ says when words given for an article are no id, and name no one article for sure: choices follow. */
export function chooseArticleText(given: string, count: number): string {
  return `No article has the id “${given}”; ${agree(count, 'this one holds', 'these hold')} its words. Choose one:`;
}

/** An article offered as a choice: "Title — Outlet, 11 April 2019". */
export function choiceText(a: { title: string; outlet: string | null; published: string | null }): string {
  return `${a.title} — ${formatOutlet(a.outlet)}, ${formatDate(a.published)}`;
}

/** What /compare/ says when its address names one side only: which one is missing and how to give it. */
export function missingSideText(given: { a?: string; b?: string }): string {
  if (given.a) return `Article A is “${given.a}”. Name article B, or paste a text or open a file as B, then press Compare.`;
  return `Article B is “${given.b ?? ''}”, but no article A is named: name article A, then press Compare.`;
}

/**
 * What /compare/ says, in place of a reader, when A and B name one article: an article compared with itself has no
 * changes, so none are shown; `versions` (its other versions in the corpus) says where comparisons are to be had.
 */
export function sameArticleText(title: string, versions: number): string {
  const others = versions > 0 ? ` It has ${plural(versions, 'other version')} in the corpus, listed on its page.` : '';
  return `Article A and article B are the same article, “${title}”, so there is nothing to compare. Name another article as B, or paste a text or open a file.${others}`;
}

/** The line above a reader's title: what the two texts are, as the engine judged them. */
export const VERSIONS_KICKER = 'Comparison of two versions';
export const UNRELATED_KICKER = 'Comparison of two texts that are not versions of one story: the rows show what they share';

/** Precomputed comparisons listed on /compare/ at most; the home page's variant groups link every one. */
export const PRECOMPUTED_SHOWN = 50;

/** The build's comparisons as /compare/ lists them: the most similar first, at most `max`, and how many more exist. */
export function precomputedComparisons(
  variantPairs: readonly PairSummary[],
  articles: readonly GroupArticle[],
  max = PRECOMPUTED_SHOWN,
): { summary: string; items: GroupComparison[]; more: number } {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const all = [...variantPairs]
    .filter((p) => p.variant && byId.has(p.left) && byId.has(p.right))
    .sort((a, b) => b.similarity - a.similarity || a.left.localeCompare(b.left) || a.right.localeCompare(b.right));
  const shown = all.slice(0, max);
  const names = distinctNames([...new Set(shown.flatMap((p) => [p.left, p.right]))].map((id) => articleCaption(byId.get(id) as GroupArticle)));
  const items = shown.map((p) => comparisonLink(p, byId.get(p.left) as GroupArticle, byId.get(p.right) as GroupArticle, names));
  const summary = all.length > max ? `The ${max} closest of ${plural(all.length, 'comparison')}, most similar first.` : `${plural(all.length, 'comparison')}, most similar first.`;
  return { summary, items, more: all.length - items.length };
}
