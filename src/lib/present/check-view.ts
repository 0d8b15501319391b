// The /check/ results as plain data: each matching article with the two shares in words, what differs in its facts,
// the passages it shares, the empty result and the articles that name the same facts without sharing text. The
// reader of a checked text against a match is compare-view.ts's.
import type { AlignmentRow, Change, ChangeType } from '../compare/types.ts';
import type { CheckMatch, CheckResult } from '../compare/check.ts';
import type { RelatedLead, TracedResult } from '../search/trace.ts';
import { searchUrl } from '../routes.ts';
import { CHECK_SHARED_ROW } from '../compare/thresholds.ts';
import { agree, articleCaption, excerpt, formatPercent, formatSimilarity, listSeparators, plural, type ArticleCaption } from './format.ts';
import { provenanceLabel } from './provenance.ts';

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
  /** The first changed figures and dates, named, and whom the article credits: "The article has “18 percent” where yours has “12 percent”." */
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
  const listed = pairs.slice(0, FACT_VALUES_LISTED).map((c) => `“${c.left}” where yours has “${c.right}”`);
  const more = pairs.length > FACT_VALUES_LISTED ? `, and ${plural(pairs.length - FACT_VALUES_LISTED, 'more')}` : '';
  const figures = pairs.length > 0 ? `The article has ${listed.join('; ')}${more}.` : null;
  // Who the article credits is the question a pasted quotation leaves: said, whether or not yours credits anyone.
  const credit = changes.find((c) => c.type === 'attribution-changed' && c.left);
  const credits = credit ? `The article credits “${credit.left}”${credit.right ? ` where yours credits “${credit.right}”` : '; yours credits no one'}.` : null;
  return [figures, credits].filter(Boolean).join(' ') || null;
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
