// The browser's implementation of "#html-document": its own DOMParser, so no DOM library is bundled.

/** Parses a whole saved HTML page into a Document; scripts in it never run. */
export function parseHtmlDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
