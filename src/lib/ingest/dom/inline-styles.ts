// A saved page's inline styles, taken out of its markup before a browser parses it. A document parsed in a page
// inherits that page's Content-Security-Policy, so every style attribute and <style> element of a saved page
// opened on /check/ was reported as a violation of wirediff's policy, though none is ever applied or read.

/** A style attribute inside a start tag (the parser keeps only the first of duplicate attributes). */
const STYLE_ATTRIBUTE = /(<[a-z][^<>]*?)\sstyle\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+)/gi;
/** A <style> element and its rules. */
const STYLE_ELEMENT = /<style\b[^<>]*>[\s\S]*?<\/style\s*>/gi;

/** The markup without inline styles: what is left parses to the same elements and text. */
export function withoutInlineStyles(html: string): string {
  return html.replace(STYLE_ELEMENT, '').replace(STYLE_ATTRIBUTE, '$1');
}
