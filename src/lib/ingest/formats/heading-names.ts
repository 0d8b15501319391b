// Crossheads whose class calls them a "header" (`header-anchor-post`, `section-header`): Readability strips any element
// whose class or id contains "header" as an unlikely candidate (it means the page's masthead), so such a heading is
// lost from the article with its text. On a heading the word names the heading itself, so its names are hidden from
// Readability while it reads the page and put back on what it extracted, where the furniture rules still see them.
import { Readability } from '@mozilla/readability';

/**
 * Headings that are crossheads: an `<h1>` is the headline or the site's name, which extraction settles itself, and
 * smaller heads (`<h4 class="list-header">Pros</h4>`) label the boxes inside an article (score cards, fact boxes).
 */
const CROSSHEADS = 'h2, h3';
/** The word that makes Readability drop an element as the page's header. */
const HEADER = /header/gi;
/**
 * Readability's own tests of an element's names (its prototype's REGEXPS: unlikelyCandidates, okMaybeItsACandidate,
 * negative), read from the library so they follow its version, so that only a heading dropped for "header" alone is
 * shielded: one named `sidebar-header` or `widget-header` is still dropped as the box it heads.
 */
const { unlikelyCandidates: UNLIKELY, okMaybeItsACandidate: MAYBE, negative: NEGATIVE } = (Readability.prototype as unknown as { REGEXPS: Record<'unlikelyCandidates' | 'okMaybeItsACandidate' | 'negative', RegExp> }).REGEXPS;
/** Attributes the hidden names are kept in meanwhile; Readability keeps `data-` attributes. */
const KEPT_CLASS = 'data-wirediff-class';
const KEPT_ID = 'data-wirediff-id';

/** True when Readability would drop a heading by its names only because they contain "header". */
export function droppedForHeader(classAndId: string): boolean {
  if (!UNLIKELY.test(classAndId) || MAYBE.test(classAndId)) return false;
  const rest = classAndId.replace(HEADER, ' ');
  return !UNLIKELY.test(rest) && !NEGATIVE.test(rest);
}

/**
 * Hides the class and id of every heading in `doc` that Readability would drop for the word "header" alone; returns
 * the function that puts them back on the extracted content.
 */
export function shieldHeaderHeadings(doc: Document): (content: Element) => void {
  for (const heading of doc.querySelectorAll(CROSSHEADS)) {
    const names = `${heading.getAttribute('class') ?? ''} ${heading.getAttribute('id') ?? ''}`;
    if (!droppedForHeader(names)) continue;
    for (const [name, kept] of [['class', KEPT_CLASS], ['id', KEPT_ID]] as const) {
      const value = heading.getAttribute(name);
      if (value === null) continue;
      heading.setAttribute(kept, value);
      heading.removeAttribute(name);
    }
  }
  return (content) => {
    for (const [name, kept] of [['class', KEPT_CLASS], ['id', KEPT_ID]] as const) {
      for (const element of content.querySelectorAll(`[${kept}]`)) {
        element.setAttribute(name, element.getAttribute(kept) ?? '');
        element.removeAttribute(kept);
      }
    }
  };
}
