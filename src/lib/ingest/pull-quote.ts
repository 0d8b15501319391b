// A pull quote: words of the article set again, larger, in a quotation block between its paragraphs. In the body
// they would count twice (and align as a sentence of their own), so a quoted block whose words the article's own
// paragraphs already hold, in order, is page furniture. A quotation the article does not repeat stays a quotation.

import { foldedWords } from '../text/words.ts';

/** Fewest words a repeated block needs to be taken for a pull quote: "he said" repeats by chance. */
const MIN_WORDS = 5;

/** The words of a text in lower case, quotation marks and punctuation dropped, joined by single spaces. */
export function quoteWords(text: string): string {
  return foldedWords(text).join(' ');
}

/**
 * The indices of the quoted blocks whose words appear, in order and together, in the unquoted paragraphs.
 * `quoted[i]` says whether block i sits in a quotation.
 */
export function pullQuotes(texts: readonly string[], quoted: readonly boolean[]): number[] {
  // One string of the article's own paragraphs, each bounded by spaces, so a match never joins two paragraphs' words.
  const own = ` ${texts.filter((_, i) => !quoted[i]).map(quoteWords).join(' \n ')} `;
  return texts.flatMap((text, i) => {
    const words = quoteWords(text);
    return quoted[i] && words.split(' ').length >= MIN_WORDS && own.includes(` ${words} `) ? [i] : [];
  });
}
