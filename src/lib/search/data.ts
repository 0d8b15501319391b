// The shapes of the search files the build writes and the browser fetches: manifest, shards and article documents.
import type { Article } from '../schema/article.ts';
import type { Term } from '../schema/glossary.ts';

/** A glossary or found term as search needs it: what it is called and every name that means it. */
export type SearchTerm = Pick<Term, 'slug' | 'name' | 'aliases'>;

/** One article as search shows it: facts for the result heading and the text of every record. */
export interface SearchDocument {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  /** Record 0: the title (unless it was cut from the first paragraph), outlet and author, so their names find it. */
  about: string;
  paragraphs: string[];
  /**
   * Which of `paragraphs` (0-based) are crossheads, which the article page does not number: a hit's ¶ is the page's
   * (corpus/numbering.ts). Left out when there are none.
   */
  headings?: number[];
}

/**
 * A term carried by a shard: its names, and every record mentioning any of them. A shard carries the terms whose
 * names start with one of its keys, so a query naming a term needs no other file to find all its mentions.
 */
export interface ShardTerm {
  slug: string;
  name: string;
  aliases: string[];
  /** Records mentioning any alias, as `encodePostings` writes them. */
  postings: number[];
}

/** One shard: a sorted run of word keys with the records holding each, and the terms starting in that run. */
export interface Shard {
  keys: string[];
  /** `postings[i]` lists the records holding `keys[i]`, as `encodePostings` writes them. */
  postings: number[][];
  /**
   * `forms[i]`: the words of the text keyed `keys[i]`, lower-cased and space-separated, where they differ from the
   * key ("united" for `unit`), and then the key too if some text writes it as it is ("unit united"): a typo is
   * compared with words as written, since stemming a misspelt word misleads, and a stem such as `oper` (operator,
   * operation) is no word to be one slip from. Empty when the key is the only way the text writes it.
   */
  forms: string[];
  terms: ShardTerm[];
}

/** The small file fetched first: how many articles there are and where each shard's key range starts. */
export interface SearchManifest {
  /** Changes whenever any search file changes, so a page never mixes files of two builds. */
  version: string;
  articles: number;
  /** Shard i holds keys from `boundaries[i - 1]` (inclusive) up to `boundaries[i]` (exclusive); see shards.ts. */
  boundaries: string[];
  /** The same for the typo shards, by signature (see typo-route.ts): fetched only for a word matching nothing. */
  typoBoundaries: string[];
  /**
   * Sizes of the document packs, in index order: pack i holds the next `packs[i]` articles' documents (one story's
   * versions, see packs.ts).
   */
  packs: number[];
}

/**
 * The article facts and text search shows, taken from a corpus entry. A title derived from the first paragraph is
 * left out of the about line: it would only repeat that paragraph's first words as a second hit.
 */
export function searchDocument(article: Article): SearchDocument {
  const about = [article.title_from === 'derived' ? null : article.title, article.outlet, article.author];
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    about: about.filter((part) => part).join(' · '),
    paragraphs: [...article.paragraphs],
    ...(article.headings.length > 0 ? { headings: [...article.headings] } : {}),
  };
}

/** The searchable texts of an article, by paragraph number: 0 is the about line, then every body paragraph from 1. */
export function recordTexts(doc: SearchDocument): string[] {
  return [doc.about, ...doc.paragraphs];
}

/** One searchable text of an article by paragraph number (0 the about line), or '' past the last paragraph. */
export function recordText(doc: SearchDocument, paragraph: number): string {
  return (paragraph === 0 ? doc.about : doc.paragraphs[paragraph - 1]) ?? '';
}
