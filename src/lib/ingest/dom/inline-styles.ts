// A saved page's inline styles, taken out of its markup before a browser parses it. A document parsed in a page
// inherits that page's Content-Security-Policy, so every style attribute and <style> element of a saved page
// opened on /check/ was reported as a violation of wirediff's policy, though none is ever applied or read. What an
// absolute position says (a converted PDF's printed lines) is kept as an inert attribute (geometry.ts).
import { boxAttribute, classTypes } from './geometry.ts';

/** A style attribute inside one start tag (the parser keeps only the first of duplicate attributes). */
const STYLE_ATTRIBUTE = /\sstyle\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+)/i;

/**
 * The markup without inline styles: what is left parses to the same elements and text. One pass from left to right
 * (each search starts where the last ended, so it stays linear on any input): script text and comments are copied
 * untouched (a JSON-LD block may quote markup), <style> elements are dropped, and each start tag loses its style,
 * an absolutely placed one keeping its box.
 */
export function withoutInlineStyles(html: string): string {
  const lower = html.toLowerCase();
  const types = classTypes(html);
  const out: string[] = [];
  let at = 0;
  const copyTo = (end: number) => {
    out.push(html.slice(at, end));
    at = end;
  };
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) break;
    copyTo(open);
    if (lower.startsWith('<!--', open)) {
      const close = lower.indexOf('-->', open + 4);
      copyTo(close < 0 ? html.length : close + 3);
    } else if (/^<(?:script|style)\b/.test(lower.slice(open, open + 7))) {
      // Raw text runs to its end tag; an unclosed one runs to the end of the page, as the parser reads it.
      const name = lower.startsWith('<style', open) ? 'style' : 'script';
      const close = lower.indexOf(`</${name}`, open);
      const end = close < 0 ? html.length : (lower.indexOf('>', close) + 1 || html.length);
      if (name === 'style') at = end;
      else copyTo(end);
    } else {
      const close = html.indexOf('>', open);
      const end = close < 0 ? html.length : close + 1;
      const tag = html.slice(open, end);
      const style = /^<[a-z]/i.test(tag) ? STYLE_ATTRIBUTE.exec(tag) : null;
      out.push(style ? tag.replace(STYLE_ATTRIBUTE, boxAttribute(tag, style[0], types)) : tag);
      at = end;
    }
  }
  copyTo(html.length);
  return out.join('');
}
