// What a saved page prints above its article, for pages whose metadata does not state it: the headline element,
// and the byline and date lines printed under it. Read from the document as saved, before extraction rewrites it,
// with the same byline and date rules as a text file's first lines.
import { detectByline } from '../byline.ts';
import { writtenDate } from '../dates.ts';
import { repeatsTitle } from '../head.ts';
import { endsLikeSentence } from '../paragraphs.ts';
import { collapse, type StatedMeta } from '../tree.ts';
import { countWords } from '../../text/words.ts';

/** Elements that start a line of their own; text inside anything else runs on in its parent's line. */
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);
/** Elements whose text is never a byline or date line: a photo's caption, scripts, controls. */
const SKIPPED = new Set(['FIGURE', 'NOSCRIPT', 'SCRIPT', 'STYLE', 'TEMPLATE', 'SELECT', 'NAV']);
/** How many lines under the headline are read for a byline and a date, before the body starts. */
const HEAD_LINES = 10;
/** Longest line, in words, read as a date line ("Published 3:45 PM EST, Tue March 5, 2024"). */
const MAX_DATE_LINE_WORDS = 12;
/** A date line that says the article was changed, not published. */
const NOT_PUBLISHED = /\b(?:updated|modified|edited|revised|last)\b/i;

/** One printed line: the element that holds it and its text. */
interface Line {
  element: Element;
  text: string;
}

/**
 * The page's printed lines in document order: the text of each block element, cut at line breaks (`<br>`) and at
 * the blocks inside it; each line with the block element it stands in.
 */
function* lines(element: Element): Generator<Line> {
  let run = '';
  const flush = function* (): Generator<Line> {
    const text = collapse(run);
    run = '';
    if (text) yield { element, text };
  };
  for (const node of element.childNodes) {
    if (node.nodeType === 3) run += node.textContent ?? '';
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (SKIPPED.has(child.tagName)) continue;
    if (child.tagName === 'BR') yield* flush();
    else if (BLOCK.has(child.tagName)) {
      yield* flush();
      yield* lines(child);
    } else if (child.querySelector('br')) {
      // An inline element with breaks inside ("<font>By Jane Doe<br>Staff Writer</font>"): its lines are the block's.
      yield* flush();
      for (const line of lines(child)) yield { element, text: line.text };
    } else run += ` ${child.textContent ?? ''}`;
  }
  yield* flush();
}

/** Text of the document's own `<title>`. */
const documentTitle = (doc: Document) => collapse(doc.querySelector('title')?.textContent ?? '');

/**
 * The headline element: an `<h1>` the page's title repeats (the title may add " | Outlet" or be cut short), or the
 * page's only `<h1>` when it has no title. A logo in an `<h1>` is not repeated by the title, so it is passed over.
 */
export function headlineElement(doc: Document, title: string | undefined): Element | null {
  const candidates = [...doc.querySelectorAll('h1')].filter((h) => countWords(collapse(h.textContent ?? '')) >= 2);
  const named = title || documentTitle(doc);
  if (!named) return candidates.length === 1 ? (candidates[0] as Element) : null;
  const part = named.split(/\s+[|–—-]\s+/)[0] ?? named;
  return candidates.find((h) => {
    const text = collapse(h.textContent ?? '');
    return repeatsTitle(text, named) || (countWords(part) >= 3 && text.toLowerCase().startsWith(part.toLowerCase()));
  }) ?? null;
}

/**
 * What the page prints about its article: the headline's text, and the first byline ("By Jane Doe | May 3, 2024")
 * and date line among the lines between the headline and the first line of prose. `title` is the title the page
 * states, if any, to find the headline by.
 */
export function printedHead(doc: Document, title: string | undefined): StatedMeta {
  const headline = doc.body ? headlineElement(doc, title) : null;
  if (!headline) return {};
  const out: StatedMeta = { title: collapse(headline.textContent ?? '') };
  let seen = -1;
  for (const line of lines(doc.body)) {
    if (seen < 0) {
      if (line.element === headline) seen = 0;
      continue;
    }
    if (++seen > HEAD_LINES || (endsLikeSentence(line.text) && countWords(line.text) >= 8)) break;
    const byline = out.author ? null : detectByline(line.text);
    if (byline) {
      out.author = byline.author;
      if (byline.published) out.published ??= byline.published;
    } else if (!out.published && countWords(line.text) <= MAX_DATE_LINE_WORDS && !NOT_PUBLISHED.test(line.text)) {
      const date = writtenDate(line.text);
      if (date) out.published = date;
    }
    if (out.author && out.published) break;
  }
  return out;
}
