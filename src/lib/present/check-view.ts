// The /check/ results and the readers of /check/ and /compare/ as plain data: each matching article with the two
// shares in words, the empty result, and the pair view of a checked or pasted text against a corpus article.
import type { Article } from '../schema/article.ts';
import type { Alignment, AlignmentRow, Change, ChangeType } from '../compare/types.ts';
import type { CheckMatch, CheckResult } from '../compare/check.ts';
import type { RelatedLead, TracedResult } from '../search/trace.ts';
import { pairUrl, searchUrl } from '../routes.ts';
import type { PairOrder } from '../compare/orient.ts';
import { CHECK_SHARED_ROW } from '../compare/thresholds.ts';
import { agree, articleCaption, excerpt, formatDate, formatOutlet, formatPercent, formatSimilarity, listSeparators, plural, type ArticleCaption } from './format.ts';
import { pairView, type PairArticle, type PairView } from './pair-view.ts';
import type { FoundRows, RowView } from './pair-types.ts';
import { comparisonLink, type GroupArticle, type GroupComparison } from './variant-groups.ts';
import { distinctNames } from './distinct-names.ts';
import { provenanceLabel } from './provenance.ts';
import type { PairSummary } from '../compare/types.ts';

/** What the results say when nothing in the corpus shares text with the checked text. */
export const NO_MATCH_TEXT = 'No article in the corpus shares text with this.';

/**
 * Said after the no-match sentence for a text too short to trace by its words: fewer than TRACE_WORDS (six) different
 * words (src/lib/search/trace.ts; a test holds the two together, the number written here keeps trace.ts out of pages'
 * scripts).
 */
export const TOO_SHORT_TEXT = `Too short to check: a text of fewer than six different words (a name, a phrase, one word repeated) is too little to trace through its words, so this says nothing of where it comes from.`;

/** The link a text too short to check offers instead: the search page, with the text as its query. */
export const SEARCH_INSTEAD_TEXT = 'Search the corpus for it';

/** Longest text put into that link's query: a search for a name or a phrase, never a pasted page. */
export const SEARCH_INSTEAD_MAX = 200;

/** What the reader calls a text that is not a corpus article (side B of a check or of a pasted comparison). */
export const YOUR_TEXT = 'Your text';

/** One matching article as the result list shows it. */
export interface MatchView extends ArticleCaption {
  /** "Similarity 0.89". */
  similarityText: string;
  /** "94% of your sentences have a counterpart in this article" (same or reworded: the similarity says how close). */
  checkedFoundText: string;
  /** "100% of this article is in your text". */
  articleFoundText: string;
  /** True for a version of the same text: the aligned reader is offered. */
  variant: boolean;
  /** "A version of your text", "Your text is a version of part of this article", … or "Shares some text with yours". */
  verdict: string;
  /** For an article that is not a version, or a version of part of your text: the closest sentences it shares, a few, in your text’s order. */
  shared: string[];
  /** How many more of your sentences it has a counterpart of than `shared` lists. */
  sharedMore: number;
  /** "Wire source: Reuters (curated metadata)" when the curators know whose copy the article rewrites, else null. */
  wireText: string | null;
  /**
   * "2 numbers, 1 date and 1 quote differ from your text." when the typed changes hold any (for an article that only
   * shares some text, on the sentences it shares), else null. A close version, or one shared sentence, is where a
   * changed figure hides, so it is said beside the verdict, not left to the reader.
   */
  factsText: string | null;
  /** The first changed figures and dates, named: "The article has “18 percent” where yours has “12 percent”." */
  factsValues: string | null;
}

/** An article that shares no text with the checked one but names most of its names and figures: a lead, not a match. */
export interface RelatedView extends ArticleCaption {
  /** What it is: no shared text, the same names and figures. */
  verdict: string;
  /** "Names 21 of the 25 names and figures of your text: 2017, Doha, Riyadh, …" */
  factsText: string;
}

/** What a lead is, said beside it: it is not a match, and what it may be. */
export const RELATED_VERDICT = 'No shared text; the same names and figures';

/** Names and figures listed for a lead, rarest in the corpus first. */
const RELATED_FACTS_LISTED = 10;

/** The whole result of a check. */
export interface CheckView {
  /** "2 articles share text with yours." or the no-match sentence. */
  summary: string;
  matches: MatchView[];
  /** When no article shares text: the articles naming most of the text's names and figures. */
  related: RelatedView[];
  /** For a text too short to check: the search to offer instead (its address). */
  searchInstead?: { href: string; text: string };
}

/** Below this share, a version covers part of a text, not all of it: a text half from one source is a splice. */
const WHOLE = 0.6;
/** Share of the text that other matches have and this one lacks, from which the text is a splice of sources. */
const ELSEWHERE = 0.2;
/** How close a link is when a sentence is found nearly word for word. */
const NEAR_VERBATIM = 0.9;

/** What a match covers of the checked text, for its verdict: whether it is part only, and what it has nearly verbatim. */
export interface Coverage {
  /** The match lacks part of the text: under WHOLE of it, or a share (ELSEWHERE) that other matches have. */
  partOfText: boolean;
  /** Share of the text's sentences the article has nearly word for word. */
  verbatim: number;
}

/** The coverage of each match, seen beside the others: a text spliced from two sources is part of each. */
export function coverages(matches: readonly Pick<CheckMatch, 'checkedFound' | 'checkedLinks' | 'checkedSentences'>[]): Coverage[] {
  const own = matches.map((m) => new Set(m.checkedLinks.map((l) => l.index)));
  // What another match has counts when it is shared text (CHECK_SHARED_ROW), not a loose link of the same story.
  const close = matches.map((m) => m.checkedLinks.filter((l) => l.score >= CHECK_SHARED_ROW).map((l) => l.index));
  return matches.map((m, i) => {
    const mine = own[i] as Set<number>;
    const elsewhere = new Set(close.flatMap((list, k) => (k === i ? [] : list.filter((x) => !mine.has(x)))));
    const share = (n: number) => (m.checkedSentences === 0 ? 0 : n / m.checkedSentences);
    return {
      partOfText: m.checkedFound < WHOLE || share(elsewhere.size) >= ELSEWHERE,
      verbatim: share(new Set(m.checkedLinks.filter((l) => l.score >= NEAR_VERBATIM).map((l) => l.index)).size),
    };
  });
}

/**
 * What a match is, in words: a version of the whole text, of part of the article (a paraphrase of two paragraphs),
 * of part of the text (one source of a splice), or part of one of part of the other; an article that has part of
 * the text nearly word for word; or one that only shares some text.
 */
export function verdict(m: Pick<CheckMatch, 'variant' | 'articleFound' | 'headline'>, coverage: Coverage): string {
  if (m.headline) return 'Your text is this article’s headline';
  if (!m.variant) return coverage.verbatim >= ELSEWHERE ? 'Part of your text is in this article, nearly word for word' : 'Shares some text with yours';
  // Nearly every sentence found nearly word for word: a quotation or a copy, said so (changed figures are said apart).
  if (!coverage.partOfText && coverage.verbatim >= NEAR_VERBATIM) return m.articleFound < WHOLE ? 'Your text is in this article, nearly word for word' : 'A version of your text, nearly word for word';
  if (coverage.partOfText && m.articleFound < WHOLE) return 'Part of your text is a version of part of this article';
  if (coverage.partOfText) return 'Part of your text is a version of this article';
  if (m.articleFound < WHOLE) return 'Your text is a version of part of this article';
  return 'A version of your text';
}

/** The typed changes a fact-checker looks for first, by the noun that counts them. */
const FACT_CHANGES: [ChangeType, string][] = [['number-changed', 'number'], ['date-changed', 'date'], ['quote-altered', 'quote'], ['attribution-changed', 'attribution']];

/** "2 numbers, 1 date and 1 quote differ from your text.", or null when no number, date, quote or attribution differs. */
export function factsDiffer(changes: readonly Pick<Change, 'type'>[]): string | null {
  const counts = FACT_CHANGES.map(([type, noun]) => [changes.filter((c) => c.type === type).length, noun] as const).filter(([n]) => n > 0);
  if (counts.length === 0) return null;
  const total = counts.reduce((sum, [n]) => sum + n, 0);
  const separators = listSeparators(counts.length);
  return `${counts.map(([n, noun], i) => `${plural(n, noun)}${separators[i]}`).join('')} ${agree(total, 'differs', 'differ')} from your text.`;
}

/** Changed figures and dates named in a match's facts, the first few: the rest are marked in the reader. */
const FACT_VALUES_LISTED = 2;

/**
 * The first changed figures and dates, article's then yours: "The article has “18 percent” where yours has “12
 * percent”." A fact-checker's question is which figure, not how many; null when none has both sides.
 */
export function factValues(changes: readonly Pick<Change, 'type' | 'left' | 'right'>[]): string | null {
  const pairs = changes.filter((c) => (c.type === 'number-changed' || c.type === 'date-changed') && c.left && c.right);
  if (pairs.length === 0) return null;
  const listed = pairs.slice(0, FACT_VALUES_LISTED).map((c) => `“${c.left}” where yours has “${c.right}”`);
  const more = pairs.length > FACT_VALUES_LISTED ? `, and ${plural(pairs.length - FACT_VALUES_LISTED, 'more')}` : '';
  return `The article has ${listed.join('; ')}${more}.`;
}

/**
 * The typed changes a match's facts are read from: a version's, or for an article that only shares some text, those
 * on the rows it shares (`sharedRows`): a shared sentence with another figure states something else,
 * which "shares some text" alone would hide. A loose link between two different sentences says nothing of facts.
 */
export function factChanges(m: Pick<CheckMatch, 'variant' | 'alignment' | 'sharedRows'>): Change[] {
  const { changes } = m.alignment();
  if (m.variant) return changes;
  const shared = new Set(sharedRowIndices(m));
  return changes.filter((c) => shared.has(c.row));
}

/** The rows of a match's alignment that are shared text: as the check found them, else those linked at CHECK_SHARED_ROW or more. */
function sharedRowIndices(m: Pick<CheckMatch, 'alignment' | 'sharedRows'>): number[] {
  return m.sharedRows ?? m.alignment().rows.flatMap((r, i) => (r.left.length > 0 && r.right.length > 0 && r.score >= CHECK_SHARED_ROW ? [i] : []));
}

/** Most passages listed for a match, and most characters of each. */
const SHARED_LISTED = 3;
const SHARED_CHARS = 160;

/**
 * The sentences of the checked text that an article has a counterpart of (its rows of shared text, `sharedRows`):
 * the closest few, in the text's order, so a long text shows where it copies, and how many there are in all. For an article that is not a version, and for a version of part of the text only (one source of a splice);
 * a version of the whole text has its reader.
 */
export function sharedPassages(m: Pick<CheckMatch, 'variant' | 'alignment' | 'sharedRows'>, coverage: Pick<Coverage, 'partOfText'>): { listed: string[]; count: number } {
  if (m.variant && !coverage.partOfText) return { listed: [], count: 0 };
  const all = m.alignment().rows;
  const rows = sharedRowIndices(m).map((i) => all[i] as AlignmentRow);
  const listed = [...rows]
    .sort((a, b) => b.score - a.score)
    .slice(0, SHARED_LISTED)
    .sort((a, b) => (a.right_index[0] ?? 0) - (b.right_index[0] ?? 0))
    .map((r) => excerpt(r.right.join(' '), SHARED_CHARS));
  return { listed, count: rows.length };
}

/** A lead as the result list shows it: its caption, that it shares no text, and the names and figures it shares. */
export function relatedView(lead: RelatedLead): RelatedView {
  const listed = lead.facts.slice(0, RELATED_FACTS_LISTED).join(', ');
  const left = lead.facts.length - RELATED_FACTS_LISTED;
  const more = left > 0 ? ` and ${left} more` : '';
  return {
    ...articleCaption(lead.article),
    verdict: RELATED_VERDICT,
    factsText: `Names ${lead.facts.length} of the ${plural(lead.of, 'name and figure', 'names and figures')} of your text: ${listed}${more}.`,
  };
}

/**
 * The result list of a check, best first (the engine's order). `unaligned`: articles that hold the text's words but
 * were not aligned with it (a short text traced by its words, src/lib/search/trace.ts), said after the count.
 * `related`: leads for a text that shares text with no article, said after the no-match sentence.
 */
export function checkView(result: Pick<CheckResult, 'matches'> & Partial<Pick<TracedResult, 'unaligned' | 'by' | 'related'>>, text = '', corpusSize?: number): CheckView {
  const covered = coverages(result.matches);
  const matches = result.matches.map((m: CheckMatch, i): MatchView => {
    const coverage = covered[i] as Coverage;
    const shared = sharedPassages(m, coverage);
    const facts = factChanges(m);
    return {
      ...articleCaption(m.article),
      similarityText: `Similarity ${formatSimilarity(m.similarity)}`,
      // A headline is no sentence of the body it heads: said so, rather than "0% of your sentences".
      checkedFoundText: m.headline ? 'Your text has the words of its headline' : `${formatPercent(m.checkedFound)} of your sentences have a counterpart in this article`,
      articleFoundText: `${formatPercent(m.articleFound)} of its sentences have one in your text`,
      variant: m.variant,
      verdict: verdict(m, coverage),
      shared: shared.listed,
      sharedMore: shared.count - shared.listed.length,
      // Where the text came from is the check's question, so the wire behind a match is said with it.
      wireText: m.article.wire ? `Wire source: ${m.article.wire} (${provenanceLabel('curated', 'wire')})` : null,
      factsText: factsDiffer(facts),
      factsValues: factValues(facts),
    };
  });
  const unaligned = result.unaligned ?? 0;
  const more = unaligned > 0 ? ` ${plural(unaligned, 'more article')} ${agree(unaligned, 'holds', 'hold')} its longest words and ${agree(unaligned, 'was', 'were')} not compared with it.` : '';
  let summary = `${plural(matches.length, 'article')} of the corpus ${agree(matches.length, 'shares', 'share')} text with yours, best match first.${more}`;
  // How much a "no" is worth depends on how much was searched: the corpus's size is said with it.
  const searched = corpusSize === undefined ? '' : ` The corpus holds ${plural(corpusSize, 'article')}.`;
  const related = matches.length === 0 ? (result.related ?? []).map(relatedView) : [];
  if (matches.length === 0) summary = `${unaligned > 0 ? `No article compared shares text with this.${more}` : NO_MATCH_TEXT}${searched}${relatedText(related.length)}`;
  if (matches.length === 0 && result.by === 'too-short') {
    // Not "no article shares this": the text was never checked. Search reads a name or a phrase as it is.
    const query = excerpt(text.replace(/\s+/g, ' ').trim(), SEARCH_INSTEAD_MAX);
    return { summary: TOO_SHORT_TEXT, matches, related: [], ...(query ? { searchInstead: { href: searchUrl(query), text: SEARCH_INSTEAD_TEXT } } : {}) };
  }
  return { summary, matches, related };
}

/** Said after the no-match sentence when there are leads: what they are, and what they are not. */
export function relatedText(count: number): string {
  if (count === 0) return '';
  const them = count === 1 ? 'it' : 'one of them';
  return ` But ${plural(count, 'article')} ${agree(count, 'names', 'name')} most of its names and figures: a rewrite in other words may come from ${them}.`;
}

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
