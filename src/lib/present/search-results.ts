// How search results are worded: the summary line, each hit's label and notes (another alias, a forgiven typo).
import type { Hit, SearchPlan } from '../search/engine.ts';
import { agree, excerpt, plural } from './format.ts';

/** Distinct "typed → found" pairs of approximate marks in the hits, for saying that a hit is approximate. */
export function approximations(hits: readonly Hit[]): { typed: string; found: string[] }[] {
  const byTyped = new Map<string, Set<string>>();
  for (const a of hits.flatMap((h) => h.approximate)) byTyped.set(a.typed, (byTyped.get(a.typed) ?? new Set()).add(a.found));
  return [...byTyped].map(([typed, found]) => ({ typed, found: [...found] }));
}

const quoted = (text: string) => `“${text}”`;

/** A query longer than this is quoted shortened in the summary: a pasted paragraph is not repeated back whole. */
export const QUOTED_QUERY_MAX = 80;

/**
 * The query as the summary quotes it: a query that is one quoted phrase keeps one pair of quotation marks, not two;
 * a long one is shortened at a word.
 */
const quotedQuery = (query: string) => quoted(excerpt(/^["“][^"“”]*["”]$/.test(query.trim()) ? query.trim().slice(1, -1) : query, QUOTED_QUERY_MAX));

/** The page title while a query is shown ("MESA Egypt · Search · wirediff"), a long query shortened as quoted. */
export function queryTitle(query: string, pageTitle: string): string {
  const shown = excerpt(query, QUOTED_QUERY_MAX);
  return shown ? `${shown} · ${pageTitle}` : pageTitle;
}

/**
 * The summary above the results: how many paragraphs and articles match, whether the words meet in one
 * paragraph, which term the query named, and that a hit is approximate when no word matched as typed.
 */
export function searchSummary(found: SearchPlan, query: string, shownHits: readonly Hit[]): string {
  const articles = found.ranked.length;
  const term = found.parts.find((p) => p.term)?.term;
  const sentences: string[] = [];
  const q = quotedQuery(query);
  if (articles === 0 && found.unchecked > 0) {
    sentences.push(`No article read so far holds ${q}.`);
  } else if (articles === 0) {
    sentences.push(found.parts.length > 1 ? `No article holds every word of ${q}.` : `No paragraphs match ${q}.`);
  } else if (found.parts.length === 1) {
    sentences.push(`${plural(found.hitCount, 'paragraph')} in ${plural(articles, 'article')} ${agree(found.hitCount, 'matches', 'match')} ${q}${term ? `, including every name for ${term.name}` : ''}.`);
  } else {
    const meet = found.meetingCount > 0 ? `the words meet in ${plural(found.meetingCount, 'paragraph')}` : 'the words never meet in one paragraph';
    // A term matched through another of its names is not the word typed: the summary says it was taken by any name.
    const names = found.parts.filter((p) => p.term).map((p) => `${p.term?.name} by any of its names`);
    sentences.push(`${plural(articles, 'article')} ${agree(articles, 'holds', 'hold')} every word of ${q}${names.length ? `, ${names.join(', ')}` : ''}; ${meet}.`);
  }
  const close = approximations(shownHits);
  if (close.length > 0) {
    sentences.push(`Approximate: ${close.map((c) => `${c.found.map(quoted).join(', ')} for ${quoted(c.typed)}`).join('; ')}.`);
  }
  if (found.unchecked > 0) {
    const n = found.unchecked;
    sentences.push(`${plural(n, 'more article')} ${agree(n, 'holds', 'hold')} the phrase’s words and ${agree(n, 'has', 'have')} not been read to check it.`);
  }
  return sentences.join(' ');
}

/** The label a hit starts with: its paragraph number, or what the title line holds. */
export function hitLabel(hit: Pick<Hit, 'paragraph'>): string {
  return hit.paragraph === 0 ? 'Title, outlet, author: ' : `¶${hit.paragraph} `;
}

/** Notes after a hit: the alias that matched when it is not the name typed, and approximate words. */
export function hitNotes(hit: Pick<Hit, 'via' | 'approximate'>): string[] {
  const notes = hit.via ? [`matched ${quoted(hit.via)}`] : [];
  for (const a of hit.approximate) notes.push(`approximate: ${quoted(a.found)} for ${quoted(a.typed)}`);
  return notes;
}
