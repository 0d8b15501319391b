// A checked text that is an article's headline. The check aligns sentences, and a headline is no sentence of the
// body it heads, so a pasted headline (among the first things a fact-checker pastes) found no article at all. A text
// whose words are the headline's, nearly all of them, is that article's headline.

import { withoutPossessive } from '../text/word-key.ts';
import { foldedWords } from '../text/words.ts';

/** Fewest words a headline needs to be recognised: "Iran talks" heads many stories. */
const MIN_HEADLINE_WORDS = 4;
/** Share of the two word sets that must be common (Jaccard): a word changed in eight leaves 0.78, a word added 0.875. */
const MIN_OVERLAP = 0.8;

/** The words of a line for comparing headlines: letters and digits, lower case, quotation marks and punctuation dropped. */
export function headlineWords(text: string): string[] {
  return foldedWords(text).map(withoutPossessive);
}

/** How much a text and a headline share, as the Jaccard index of their word sets, or 0 when either is too short. */
export function headlineOverlap(text: string, headline: string): number {
  const a = new Set(headlineWords(text));
  const b = new Set(headlineWords(headline));
  if (a.size < MIN_HEADLINE_WORDS || b.size < MIN_HEADLINE_WORDS) return 0;
  let common = 0;
  for (const word of a) if (b.has(word)) common += 1;
  return common / (a.size + b.size - common);
}

/** True when any of the texts (a checked text's title, its whole text) is the headline, word for word or nearly. */
export function isHeadline(texts: readonly string[], headline: string): boolean {
  return texts.some((text) => headlineOverlap(text, headline) >= MIN_OVERLAP);
}
