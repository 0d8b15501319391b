// Page furniture a saved page names in its markup: newsletter boxes, pull quotes, author bios, share bars, lists of
// related stories, advertising slots. Removed from the content Readability extracts, because it knows only some of
// these names and keeps such a box when it sits inside the article. The names are the ones CMSs and themes use in general
// (`newsletter-box`, `pullquote`, `author-bio`, `jp-relatedposts`, `story__share`), never one site's.

/** Class or id words that name furniture by themselves: `ad-slot`, `author-bio`, `nav-links`. */
const WORDS = new Set(['ad', 'ads', 'advert', 'bio', 'comments', 'cookie', 'cookies', 'menu', 'nav', 'navigation', 'paywall', 'share', 'shares', 'social', 'tags', 'topics']);
/**
 * Class or id words of what a page keeps out of print (`noprint`), a wiki's section edit links (`mw-editsection`)
 * and its notices about the page (`archived-notice`, `flaggedrevs` "latest reviewed version"): never the story's
 * text. Taken out before extraction, which rewrites such a box into a paragraph and drops its name.
 */
const UNPRINTED = new Set(['noprint', 'editsection', 'notice']);
/**
 * Beginnings of class or id words that name furniture: `newsletter-signup`, `relatedposts`, `sharedaddy`. Only
 * beginnings no ordinary word starts with: `share` and `social` are whole words above (`shareholders`, `socialist`).
 */
const PREFIXES = ['aboutauthor', 'abouttheauthor', 'advertis', 'authorbio', 'authorbox', 'breadcrumb', 'consent', 'gdpr', 'morestories', 'mostpopular', 'mostread', 'newsletter', 'outbrain', 'popular', 'postnav', 'promo', 'pullquote', 'readmore', 'readnext', 'recommend', 'related', 'sharebar', 'sharebutton', 'sharedaddy', 'sharelink', 'sharethis', 'sharetool', 'sharing', 'signup', 'socialshare', 'sponsor', 'subscri', 'taboola', 'trending'];
/** Elements never removed, whatever their names: the article itself. */
const KEPT = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);
/** Share of the page's paragraph text above which an element is the article, not furniture around it. */
const ARTICLE_SHARE = 0.3;

/** A class that states a condition (`has-bio`, `hasnt-headshot`, `is-not-column`, `no-ads`), not what a box is. */
const CONDITION = /^(?:has|hasnt|is|isnt|no|not|with|without)[-_]/i;

/**
 * The words of a class or id value: split at spaces, dashes, underscores and camel case, with neighbours joined;
 * condition classes are left out.
 */
export function nameWords(value: string): string[] {
  const words = value
    .split(/\s+/)
    .filter((token) => !CONDITION.test(token))
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  // Joined neighbours catch names written in parts: `pull-quote`, `read-more`, `about-the-author`, `sign_up`.
  const joined = words.flatMap((w, i) => [words.slice(i, i + 2), words.slice(i, i + 3)].filter((p) => p.length > 1).map((p) => p.join('')));
  return [...words, ...joined];
}

/** The words of an element's class and id. */
const elementWords = (element: Element) => nameWords(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`);

/** True when an element's class or id names it as page furniture. */
export function namedFurniture(element: Element): boolean {
  return elementWords(element).some((w) => WORDS.has(w) || PREFIXES.some((p) => w.startsWith(p)));
}

/** True when an element's class or id keeps it out of print or names it as a notice about the page (UNPRINTED). */
export function namedUnprinted(element: Element): boolean {
  return elementWords(element).some((w) => UNPRINTED.has(w));
}

/** Length of an element's paragraph text, the measure of how much of the article it holds. */
const paragraphText = (root: Element) => [...root.querySelectorAll('p')].reduce((n, p) => n + (p.textContent ?? '').trim().length, 0);

/**
 * Removes the elements inside `root` (the extracted content) that the page names as furniture (or, given `named`,
 * as what it tells), outermost first. One
 * that holds a large share of the paragraph text stays: a theme may name the article's own wrapper `post-social` or
 * `content-related`. Headings are no guard: Readability has made the headline an `<h2>`, as a box's own heading is.
 * Returns how many elements were removed.
 */
export function removeNamedFurniture(root: Element, named: (element: Element) => boolean = namedFurniture): number {
  const total = paragraphText(root);
  let removed = 0;
  for (const element of [...root.querySelectorAll('[class], [id]')]) {
    if (!root.contains(element) || KEPT.has(element.tagName) || !named(element)) continue;
    if (total > 0 && paragraphText(element) >= ARTICLE_SHARE * total) continue;
    element.remove();
    removed += 1;
  }
  return removed;
}
