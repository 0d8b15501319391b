// What a search returns: how each part of the query was understood, the ranked articles, and described result groups.
import type { SnippetSegment } from '../text/snippet.ts';
import type { KeyText } from './aliases.ts';
import type { Matcher } from './highlight.ts';
import type { RankedGroup } from './rank.ts';

/** What one part of the query was understood as. */
export interface QueryPart {
  /** The words as typed. */
  text: string;
  kind: 'word' | 'term' | 'phrase';
  /** The term the words name, when they are one of its aliases (`alias`: the one typed). */
  term: { slug: string; name: string; alias: string } | null;
  /** The words found in its place when nothing matched exactly (typo tolerance), best first. */
  approximate: string[];
}

/** Article facts shown with each result group. */
export interface SearchArticle {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
}

/**
 * One matching paragraph with its snippet: its number as the article page gives it (1-based, crossheads unnumbered;
 * a crosshead has the number of the paragraph it heads), 0 for the title, outlet and author line.
 */
export interface Hit {
  paragraph: number;
  segments: SnippetSegment[];
  /** The alias that matched, when a term was found under another name than the one typed. */
  via: string | null;
  /** Marked words that only resemble what was typed: "Pompeo" for "Pompoe". */
  approximate: { typed: string; found: string }[];
  /** True when every part of the query matches in this paragraph. */
  meets: boolean;
}

/** The hits of one article, best first, and what to mark on its page. */
export interface ResultGroup {
  article: SearchArticle;
  hits: Hit[];
  /** How many paragraphs of the article match (hits lists at most the number asked for). */
  hitCount: number;
  /** The texts marked in this article's hits, for the article page to mark too. */
  marks: string[];
}

/** A search's understanding of the query and its ranked articles; `describe` turns them into result groups. */
export interface SearchPlan {
  parts: QueryPart[];
  matchers: Matcher[];
  ranked: RankedGroup[];
  /** Paragraphs that match, and those where every part meets. */
  hitCount: number;
  meetingCount: number;
  /** Candidate articles for a phrase that were read to check it, and those not read, so not counted (see phrases.ts). */
  checked: number;
  unchecked: number;
}

/** The outcome of a search: the plan plus the first result groups. */
export interface SearchResult extends SearchPlan {
  groups: ResultGroup[];
}

/** How many groups and hits per group to describe, and the word rules to key the query with. */
export interface SearchOptions {
  groups?: number;
  hits?: number;
  keyText?: KeyText;
}
