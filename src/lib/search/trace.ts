// Where a short text came from. A check finds candidates by signature keys, one feature in four, leaving out those in
// many articles: a pasted sentence or quotation may have none left, and the check would say that no article shares
// text with it when dozens do. So when the signature finds nothing, the search index, which holds every word, names
// the articles holding the text's longest words, and the check's own alignment decides, as for any candidate.
import { alignCandidates, articleIds, checkText, type CheckArticle, type CheckResult, type CheckSource } from '../compare/check.ts';
import { flatSentences } from '../compare/pair.ts';
import { CANDIDATES_PER_ARTICLE } from '../compare/thresholds.ts';
import type { Article } from '../schema/article.ts';
import { textKeys } from '../text/keys.ts';
import { plan } from './engine.ts';
import { relatedByFacts } from './related.ts';
import type { IndexSource } from './source.ts';

/**
 * A text is looked up by this many words, its longest (long words are the rare ones), so few shards are fetched; a
 * text with fewer different words is a name or a phrase, not text to trace ("Iran" would "share text" with any
 * sentence naming it): it is left to search.
 */
export const TRACE_WORDS = 6;

/**
 * What a check found, and how: by signature keys, by the text's words, or neither (the signature found nothing and
 * the text has fewer than TRACE_WORDS different words). `unaligned`: articles holding the words not aligned with it.
 */
export interface TracedResult extends CheckResult {
  by: 'signature' | 'words' | 'too-short';
  unaligned: number;
  /** When no article shares text: the articles naming most of its names and figures (related.ts), best first. */
  related: RelatedLead[];
}

/** An article that shares no text with the checked text but names most of its names and figures. */
export interface RelatedLead {
  article: CheckArticle;
  /** The text's names and figures it names too, rarest in the corpus first. */
  facts: string[];
  /** How many names and figures the text has. */
  of: number;
  share: number;
}

/** The articles naming most of a text's names and figures, with their entries (leads for a text told in other words). */
export async function relatedLeads(sentences: readonly string[], checks: CheckSource, search: IndexSource): Promise<RelatedLead[]> {
  const related = await relatedByFacts(sentences, search);
  const ids = await articleIds(checks, related.map((r) => r.article));
  const articles = await Promise.all(ids.map((id) => checks.article(id)));
  return related.map((r, i) => ({ article: articles[i] as CheckArticle, facts: r.facts, of: r.of, share: r.share }));
}

/** The search query for a text: its TRACE_WORDS longest distinct words (letters or digits, two or more), in text order. */
export function traceQuery(sentences: readonly string[]): string {
  const seen = new Set<string>();
  const words: { word: string; at: number }[] = [];
  for (const word of sentences.flatMap((s) => textKeys(s).flatMap((w) => w.parts ?? [w]))) {
    if (!/^[\p{L}\p{N}][\p{L}\p{N}'’-]+$/u.test(word.word) || seen.has(word.key)) continue;
    seen.add(word.key);
    words.push({ word: word.word, at: words.length });
  }
  return words
    .sort((a, b) => b.word.length - a.word.length || a.at - b.at)
    .slice(0, TRACE_WORDS)
    .sort((a, b) => a.at - b.at)
    .map((w) => w.word)
    .join(' ');
}

/**
 * Checks a text against the corpus by its signature, and when that finds nothing, by its words: the first
 * CANDIDATES_PER_ARTICLE articles the search ranks for them are aligned with it (the rest are counted, not aligned).
 * When neither finds shared text, the articles naming most of its names and figures are the leads (`related`).
 */
export async function traceText(checked: Pick<Article, 'id' | 'sentences'> & Partial<Pick<Article, 'title'>>, checks: CheckSource, search: IndexSource): Promise<TracedResult> {
  const signed = await checkText(checked, checks);
  if (signed.matches.length > 0) return { ...signed, by: 'signature', unaligned: 0, related: [] };
  const query = traceQuery(flatSentences(checked));
  if (query.split(' ').length < TRACE_WORDS) return { ...signed, by: 'too-short', unaligned: 0, related: [] };
  // A closing space: the last word is a whole word, not the start of one as it is while a reader types.
  const ranked = (await plan(search, `${query} `)).ranked;
  const first = ranked.slice(0, CANDIDATES_PER_ARTICLE);
  // Both indexes number articles alike (site.ts): the check's small id table names them, not the search's documents.
  const ids = await articleIds(checks, first.map((group) => group.article));
  const matches = await alignCandidates(checked, ids.map((id) => ({ id, shared: 0 })), checks);
  // No text in common: a rewrite in other words keeps its names and figures, so the articles naming them are leads.
  const related = matches.length === 0 ? await relatedLeads(flatSentences(checked), checks, search) : [];
  return { keys: signed.keys, candidates: signed.candidates + ids.length, matches, by: 'words', unaligned: ranked.length - first.length, related };
}
