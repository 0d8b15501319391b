// Where a text told in other words came from. A paraphrase shares no sentence with its source, so the check finds
// nothing; but a rewrite keeps its facts: the people, places, organisations and figures. The articles naming most of
// a text's rarer names and figures are offered as leads, said to share facts, not text: the reader compares.
import type { KeyedWord } from '../text/keys.ts';
import { textKeys } from '../text/keys.ts';
import { WEEKDAY_NAMES } from '../text/lexicon.ts';
import type { KeyText } from './aliases.ts';
import { articleOf } from './postings.ts';
import { recordsOf } from './records.ts';
import { shardOf } from './shards.ts';
import type { IndexSource } from './source.ts';

/** An article naming many of a text's names and figures, and which ones (as the text writes them). */
export interface RelatedArticle {
  /** The article's number in the index. */
  article: number;
  /** The text's names and figures the article holds too, rarest in the corpus first. */
  facts: string[];
  /** How many names and figures the text has (looked up at most FACT_KEYS_MAX). */
  of: number;
  /** Share of the text's names and figures, each weighed by how rare it is in the corpus, that the article holds. */
  share: number;
}

/** Most names and figures of a text looked up: its rarest few decide, and each costs a shard at most. */
export const FACT_KEYS_MAX = 40;
/** An article is a lead when it holds this share of the text's weighed names and figures… */
export const RELATED_MIN_SHARE = 0.5;
/** …and at least this many of them that are not in most of the corpus (a story's own names, not "Iran" or "US"). */
export const RELATED_MIN_DISTINCT = 3;
/** Leads offered at most. */
export const RELATED_MAX = 5;

/** A fact of a text: its key in the index and the word as written. */
interface Fact {
  key: string;
  word: string;
}

/**
 * The names and figures of a text: words with a capital that do not open their sentence (a sentence's first word
 * is capitalised whatever it is), names the word rules know as one entity wherever they stand, acronyms, and
 * figures of two digits or more (a year, a count, a sum; a lone digit says little). Weekdays are left out: every
 * story has them, and a rewrite shifts them ("on Sunday" becomes "at the weekend").
 */
export function factWords(sentences: readonly string[], keyText: KeyText = textKeys): Fact[] {
  const facts = new Map<string, string>();
  for (const sentence of sentences) {
    const words = keyText(sentence);
    words.forEach((w: KeyedWord, i) => {
      const figure = w.key.startsWith('#') && /\d\d/u.test(w.word);
      const name = /^\p{Lu}/u.test(w.word) && (i > 0 || w.entity !== undefined || /^\p{Lu}[\p{Lu}\p{N}]+s?$/u.test(w.word));
      if ((figure || name) && !WEEKDAY_NAMES.includes(w.word.toLowerCase()) && !facts.has(w.key)) facts.set(w.key, w.word);
    });
  }
  return [...facts].slice(0, FACT_KEYS_MAX).map(([key, word]) => ({ key, word }));
}

/**
 * The articles of the index naming most of a text's names and figures (RELATED_MIN_SHARE of them, each weighed by
 * its inverse document frequency, and RELATED_MIN_DISTINCT that fewer than half the articles name), best first.
 * Fetches the shards of the text's facts only.
 */
export async function relatedByFacts(sentences: readonly string[], source: IndexSource, keyText: KeyText = textKeys): Promise<RelatedArticle[]> {
  const facts = factWords(sentences, keyText);
  if (facts.length < RELATED_MIN_DISTINCT) return [];
  const manifest = await source.manifest();
  const n = manifest.articles;
  const holders = await Promise.all(
    facts.map(async (f) => new Set((recordsOf(await source.shard(shardOf(manifest.boundaries, f.key)), f.key)).map(articleOf))),
  );
  // A fact no article names weighs most: a text full of names the corpus lacks is about something else.
  const weights = holders.map((h) => Math.log((n + 1) / (h.size + 0.5)));
  const total = weights.reduce((a, b) => a + b, 0);
  const byArticle = new Map<number, number[]>();
  holders.forEach((h, i) => {
    for (const a of h) byArticle.set(a, [...(byArticle.get(a) ?? []), i]);
  });
  const related: RelatedArticle[] = [];
  for (const [article, held] of byArticle) {
    const distinct = held.filter((i) => (holders[i] as Set<number>).size < n / 2).length;
    const share = held.reduce((sum, i) => sum + (weights[i] as number), 0) / total;
    if (share < RELATED_MIN_SHARE || distinct < RELATED_MIN_DISTINCT) continue;
    const rarest = [...held].sort((a, b) => (weights[b] as number) - (weights[a] as number) || a - b);
    related.push({ article, facts: rarest.map((i) => (facts[i] as Fact).word), of: facts.length, share });
  }
  return related.sort((a, b) => b.share - a.share || a.article - b.article).slice(0, RELATED_MAX);
}
