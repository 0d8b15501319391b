// Where a text told in other words came from. A paraphrase shares no sentence with its source, so the check finds
// nothing; but a rewrite keeps its facts: the people, places, organisations and figures. The articles naming most of
// a text's rarer names and figures are offered as leads, said to share facts, not text: the reader compares.
import type { KeyedWord } from '../text/keys.ts';
import { NAME_GAP, textKeys } from '../text/keys.ts';
import { isFunctionWord, WEEKDAY_NAMES } from '../text/lexicon.ts';
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

/** A fact of a text: its keys in the index (a name of several words has one each) and the words as written. */
interface Fact {
  keys: string[];
  word: string;
}

/**
 * The names and figures of a text: words with a capital that do not open their sentence (a sentence's first word
 * is capitalised whatever it is, unless a name goes on after it), names the word rules know as one entity wherever
 * they stand, acronyms, and figures of two digits or more (a year, a count, a sum; a lone digit says little). The
 * capitalised words of one name are one fact ("Tomas Wieck", not "Tomas" and "Wieck"), held by an article holding
 * each. Weekdays are left out: every story has them, and a rewrite shifts them ("on Sunday" becomes "at the weekend").
 */
export function factWords(sentences: readonly string[], keyText: KeyText = textKeys): Fact[] {
  const facts = new Map<string, Fact>();
  const add = (run: readonly KeyedWord[], sentence: string) => {
    const fact = { keys: run.map((w) => w.key), word: sentence.slice((run[0] as KeyedWord).start, (run.at(-1) as KeyedWord).end) };
    const id = fact.keys.join(' ');
    if (!facts.has(id)) facts.set(id, fact);
  };
  for (const sentence of sentences) {
    const words = keyText(sentence).filter((w) => !WEEKDAY_NAMES.includes(w.word.toLowerCase()));
    const capitalised = (w: KeyedWord | undefined) => w !== undefined && w.entity === undefined && /^\p{Lu}/u.test(w.word);
    const joined = (a: KeyedWord, b: KeyedWord) => NAME_GAP.test(sentence.slice(a.end, b.start));
    let run: KeyedWord[] = [];
    const close = () => {
      if (run.length > 0) add(run, sentence);
      run = [];
    };
    words.forEach((w, i) => {
      const next = words[i + 1];
      const figure = w.key.startsWith('#') && /\d\d/u.test(w.word);
      const opensName = i === 0 && capitalised(w) && !isFunctionWord(w.word.toLowerCase()) && capitalised(next) && joined(w, next as KeyedWord);
      const name = /^\p{Lu}/u.test(w.word) && (i > 0 || opensName || w.entity !== undefined || /^\p{Lu}[\p{Lu}\p{N}]+s?$/u.test(w.word));
      const last = run.at(-1);
      if (name && capitalised(w) && last && capitalised(last) && joined(last, w)) {
        run.push(w);
        return;
      }
      close();
      if (name) run = [w];
      else if (figure) add([w], sentence);
    });
    close();
  }
  return [...facts.values()].slice(0, FACT_KEYS_MAX);
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
  const articlesWith = async (key: string) => new Set(recordsOf(await source.shard(shardOf(manifest.boundaries, key)), key).map(articleOf));
  // A name of several words is held by the articles holding every one of them.
  const holders = await Promise.all(
    facts.map(async (f) => (await Promise.all(f.keys.map(articlesWith))).reduce((all, some) => new Set([...all].filter((a) => some.has(a))))),
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
