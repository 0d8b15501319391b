// Searching the paragraphs, in the browser and in Node: glossary aliases, quoted phrases, word starts, then Fuse.
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { SearchArticle, SearchData, SearchRecord } from './data.ts';
import { FUSE_KEYS } from './data.ts';
import { parseQuery } from './query.ts';
import { snippet, type SnippetSegment } from '../text/snippet.ts';
import { aliasPattern, findMentions, termForQuery } from '../terms/mentions.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';

/**
 * Fuse settings for paragraph-length text, measured on the corpus (scripts/bench-search.ts): location is ignored
 * (a name may be anywhere in a paragraph), field length does not penalise long paragraphs, and 0.3 is the
 * loosest threshold that still finds "Pompoe" → Pompeo without "sanctions" matching every "-ations".
 */
export const FUSE_OPTIONS: IFuseOptions<SearchRecord> = {
  keys: FUSE_KEYS,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: 0.3,
  includeMatches: true,
  includeScore: true,
  minMatchCharLength: 3,
};

/** Loads Fuse from the prebuilt index. */
export function createFuse(data: SearchData): Fuse<SearchRecord> {
  return new Fuse(data.records, FUSE_OPTIONS, Fuse.parseIndex<SearchRecord>(data.index));
}

/** One matching paragraph (1-based number) with its snippet; `via` names the alias that matched, if not the query. */
export interface Hit {
  paragraph: number;
  segments: SnippetSegment[];
  via: string | null;
  /** 0 exact match of what was typed, 0.5 a word starting with it, 1 another alias of the same term, 2 fuzzy. */
  rank: number;
  score: number;
}

/** Hits of one article, best first. */
export interface ResultGroup {
  article: SearchArticle;
  hits: Hit[];
}

/** The outcome of a search, with what the query was understood as. */
export interface SearchResult {
  groups: ResultGroup[];
  hitCount: number;
  term: { slug: string; name: string } | null;
}

function exactRanges(text: string, needle: string): [number, number][] {
  const pattern = aliasPattern(needle.toLowerCase());
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}


/** Matches of typed text at the start of words ("allian" finds "alliance"), as readers expect while typing. */
function prefixRanges(text: string, pattern: RegExp): [number, number][] {
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * Searches paragraphs: a query naming a glossary term finds every alias (the typed one ranked first, each hit
 * saying which alias matched); quoted phrases must appear exactly; other text matches at word starts (whole words
 * ranked first) or, when nothing does, fuzzily by Fuse (typos). Case never matters except for acronyms. Results
 * are grouped by article.
 */
export function search(data: SearchData, fuse: Fuse<SearchRecord>, raw: string): SearchResult {
  const query = parseQuery(raw);
  const hits = new Map<number, Hit>();
  const add = (index: number, ranges: [number, number][], via: string | null, rank: number, score: number) => {
    const record = data.records[index] as SearchRecord;
    const existing = hits.get(index);
    if (existing && existing.rank <= rank) return;
    hits.set(index, { paragraph: record.paragraph, segments: snippet(record.text, ranges), via, rank, score });
  };
  const term = query.phrases.length === 0 ? termForQuery(query.text, data.terms.map((t) => ({ ...t, description: '' }))) : null;
  const prefix = query.text ? new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(query.text).replace(/ /g, '\\s+')}`, 'giu') : null;

  data.records.forEach((record, i) => {
    if (query.phrases.length > 0) {
      const ranges = query.phrases.map((p) => exactRanges(record.text, p));
      if (ranges.every((r) => r.length > 0) && (!query.text || exactRanges(record.text, query.text).length > 0)) add(i, ranges.flat(), null, 0, 0);
      return;
    }
    if (term) {
      const mentions = findMentions(record.text, term);
      if (mentions.length === 0) return;
      const typed = mentions.filter((m) => m.alias.toLowerCase() === query.text.toLowerCase());
      const first = (typed[0] ?? mentions[0]) as (typeof mentions)[number];
      add(i, mentions.map((m) => [m.start, m.end]), typed.length > 0 ? null : first.alias, typed.length > 0 ? 0 : 1, 0);
      return;
    }
    if (prefix) {
      const ranges = prefixRanges(record.text, prefix);
      if (ranges.length > 0) add(i, ranges, null, exactRanges(record.text, query.text).length > 0 ? 0 : 0.5, 0);
    }
  });

  // Fuzzy matching is for what exact matching misses (typos): it is the slow part, so it runs only then.
  if (query.phrases.length === 0 && !term && hits.size === 0 && query.text.length >= 3) {
    for (const r of fuse.search(query.text)) {
      const ranges = (r.matches ?? []).flatMap((m) => m.indices.filter(([s, e]) => e - s + 1 >= Math.min(3, query.text.length)).map(([s, e]) => [s, e + 1] as [number, number]));
      add(r.refIndex, ranges, null, 2, r.score ?? 1);
    }
  }

  const byArticle = new Map<number, Hit[]>();
  for (const [i, hit] of hits) {
    const a = (data.records[i] as SearchRecord).article;
    byArticle.set(a, [...(byArticle.get(a) ?? []), hit]);
  }
  const best = (h: Hit[]) => Math.min(...h.map((x) => x.rank + x.score));
  const groups = [...byArticle]
    .map(([a, list]) => ({ article: data.articles[a] as SearchArticle, index: a, hits: list.sort((x, y) => x.rank - y.rank || x.score - y.score || x.paragraph - y.paragraph) }))
    .sort((x, y) => best(x.hits) - best(y.hits) || y.hits.length - x.hits.length || x.index - y.index)
    .map(({ article, hits: list }) => ({ article, hits: list }));
  return { groups, hitCount: hits.size, term: term ? { slug: term.slug, name: term.name } : null };
}
