// The header an article's markup gives its head (`<article><header>`: the headline, the deck under it, a kicker, the
// writer's `<address>`). HTML says what each part is: the `<address>` is the writer's contact box, its first link
// the writer's name and the rest a bio, so the box is read for the author and taken out; a heading of a few words
// after the headline is a kicker, a label; a longer one is the deck.
import { namesLine } from '../byline.ts';
import { collapse } from '../tree.ts';
import { countWords } from '../../text/words.ts';

/** Most words of a kicker ("Drought crisis"); fewest and most of a deck. */
const MAX_KICKER_WORDS = 3;
const DECK_WORDS = [6, 60] as const;

/** What an article's header states: its writer and its deck. */
export interface ArticleHeader {
  author?: string;
  standfirst?: string;
}

/**
 * Reads the header holding the page's headline (`<header>` inside `<article>`) and takes its writer's box and its
 * kicker out of the page; the deck stays, named as the standfirst. Empty for a page without such a header.
 */
export function readArticleHeader(doc: Document, headline: Element | null): ArticleHeader {
  const header = headline?.closest('article header');
  if (!header || !headline) return {};
  const out: ArticleHeader = {};
  for (const address of header.querySelectorAll('address')) {
    const link = collapse(address.querySelector('a')?.textContent ?? '');
    const named = link ? namesLine(link) : null;
    if (named && !out.author) out.author = named;
    address.remove();
  }
  for (const heading of header.querySelectorAll('h2, h3, h4, h5, h6')) {
    if (heading === headline || headline.contains(heading) || heading.contains(headline)) continue;
    // Only what follows the headline: a heading over it is a section's name, which other rules read.
    if (!(headline.compareDocumentPosition(heading) & 4)) continue;
    const text = collapse(heading.textContent ?? '');
    const words = countWords(text);
    if (words <= MAX_KICKER_WORDS) heading.remove();
    else if (!out.standfirst && words >= DECK_WORDS[0] && words <= DECK_WORDS[1]) out.standfirst = text;
  }
  return out;
}
