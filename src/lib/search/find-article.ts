// An article named by words instead of its id ("arab nato trump" in /compare/'s A field): the search ranks the
// articles holding the words, and one whose title holds them all, alone among the first few, is the one meant.
import { headlineWords } from '../compare/headline.ts';
import type { SearchDocument } from './data.ts';
import { plan } from './engine.ts';
import type { IndexSource } from './source.ts';

/** Articles offered at most when the words name none of them for sure. */
export const ARTICLE_CHOICES_MAX = 5;

/** What words name: one article for sure, or the articles to choose from (best first; none when no article holds them). */
export interface NamedArticle {
  resolved: SearchDocument | null;
  choices: SearchDocument[];
}

/**
 * The article words name: among the first ARTICLE_CHOICES_MAX the search ranks for them, the only one whose title
 * holds every word, or the only one at all; otherwise those articles to choose from, the ones whose titles hold
 * every word first, and the others only when the search found every word as given.
 */
export async function articleNamedBy(source: IndexSource, words: string): Promise<NamedArticle> {
  // Compared as headlines are: "Trump" is in "Trump’s administration moves…".
  const wanted = [...new Set(headlineWords(words))];
  if (wanted.length === 0) return { resolved: null, choices: [] };
  // A closing space: the last word is whole, not the start of one being typed.
  const found = await plan(source, `${words.trim()} `);
  const ranked = found.ranked.slice(0, ARTICLE_CHOICES_MAX);
  const docs = await Promise.all(ranked.map((g) => source.document(g.article)));
  const titled = docs.filter((d) => {
    const title = new Set(headlineWords(d.title));
    return wanted.every((w) => title.has(w));
  });
  if (titled.length === 1) return { resolved: titled[0] as SearchDocument, choices: [] };
  // Articles found only by words resembling the ones given ("particip" for the "article" of "no-such-article") are
  // no article the reader named: with such a part, only titles holding every word are offered.
  const exact = found.parts.every((p) => p.approximate.length === 0);
  const choices = exact ? [...titled, ...docs.filter((d) => !titled.includes(d))] : titled;
  // One article holding every word, though not in its title ("Andes Daily", its outlet), is the one meant.
  if (choices.length === 1) return { resolved: choices[0] as SearchDocument, choices: [] };
  return { resolved: null, choices };
}
