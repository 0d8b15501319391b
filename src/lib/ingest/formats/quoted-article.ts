// A story pasted whole into a quotation: a forum post or a message that quotes an article ("Paywalled, so here's the
// full text") puts the article in a <blockquote> between the poster's own lines. When one quotation holds nearly all
// of the extracted text, it is the article, and the page's title, author and date are the post's, not the story's.
import { countWords } from '../../text/words.ts';

/** Fewest paragraphs of a quotation that holds a whole article. */
const MIN_PARAGRAPHS = 4;
/** Fewest words of it. */
const MIN_WORDS = 150;
/** Least share of the extracted words it holds: the poster's lines around it are a few. */
const MIN_SHARE = 0.8;

/** Words of an element's text. */
const wordsOf = (element: Element) => countWords(element.textContent ?? '');

/** The quotation that holds the article in extracted content, or null when no quotation holds nearly all of it. */
export function quotedArticle(content: Element): Element | null {
  const total = wordsOf(content);
  for (const quote of content.querySelectorAll('blockquote')) {
    // The outermost quotation only: one nested in another is part of it.
    if (quote.parentElement?.closest('blockquote')) continue;
    const words = wordsOf(quote);
    if (quote.querySelectorAll('p').length >= MIN_PARAGRAPHS && words >= MIN_WORDS && words >= MIN_SHARE * total) return quote;
  }
  return null;
}
