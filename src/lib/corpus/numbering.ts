// What "paragraph N" means, everywhere: the article page's `#pN` anchors, search results and term pages. Only text
// paragraphs are numbered; a crosshead takes no number of its own, so the count never skips at a heading.
import type { Article } from '../schema/article.ts';

/**
 * The paragraph number (1-based) of each entry of `article.paragraphs`: a text paragraph's own number, and for a
 * crosshead the number of the paragraph it heads (the next text paragraph), so a link to it lands on its section.
 */
export function paragraphNumbers(article: Pick<Article, 'paragraphs' | 'headings'>): number[] {
  const headings = new Set(article.headings);
  let seen = 0;
  return article.paragraphs.map((_, i) => {
    if (headings.has(i)) return seen + 1;
    seen += 1;
    return seen;
  });
}

/** How many numbered (text) paragraphs an article has: the highest `#pN`. */
export function numberedParagraphCount(article: Pick<Article, 'paragraphs' | 'headings'>): number {
  return article.paragraphs.length - new Set(article.headings).size;
}
