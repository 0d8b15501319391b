// The browser's implementation of "#html-document": its own DOMParser, so no DOM library is bundled.
import { withoutInlineStyles } from './inline-styles.ts';

/** Parses a whole saved HTML page into a Document; scripts in it never run, and its inline styles are left out. */
export function parseHtmlDocument(html: string): Document {
  return new DOMParser().parseFromString(withoutInlineStyles(html), 'text/html');
}
