// What a saved page prints above its article, for pages whose metadata does not state it: the headline element,
// and the byline and date lines printed under it. Read from the document as saved, before extraction rewrites it,
// with the same byline and date rules as a text file's first lines.
import { detectByline, namesLine } from '../byline.ts';
import { timestampLine, writtenDate } from '../dates.ts';
import { dateInBar } from '../date-bar.ts';
import { repeatsTitle, sameHeadline } from '../head.ts';
import { endsLikeSentence, isProse } from '../paragraphs.ts';
import { collapse, type StatedMeta } from '../tree.ts';
import { SECTION_LABELS } from '../../text/lexicon.ts';
import { countWords } from '../../text/words.ts';
import { straightQuotes } from '../../text/quote-marks.ts';
import { nameWords } from './page-furniture.ts';

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
 * the blocks inside it; each line with the block element it stands in. Walked with a stack of its own, so a page
 * nested thousands deep cannot overflow the call stack.
 */
function* lines(root: Element): Generator<Line> {
  let run = '';
  const owners: Element[] = [root];
  const flush = (): Line | null => {
    const text = collapse(run);
    run = '';
    return text ? { element: owners.at(-1) as Element, text } : null;
  };
  const stack: (Node | { leave: Element })[] = [...root.childNodes].reverse();
  while (stack.length > 0) {
    const item = stack.pop() as Node | { leave: Element };
    if ('leave' in item) {
      const line = flush();
      if (line) yield line;
      owners.pop();
      continue;
    }
    if (item.nodeType === 3) run += item.textContent ?? '';
    if (item.nodeType !== 1) continue;
    const element = item as Element;
    if (SKIPPED.has(element.tagName)) continue;
    if (element.tagName === 'BR' || BLOCK.has(element.tagName)) {
      const line = flush();
      if (line) yield line;
    } else run += ' ';
    if (BLOCK.has(element.tagName)) {
      owners.push(element);
      stack.push({ leave: element });
    }
    for (const child of [...element.childNodes].reverse()) stack.push(child);
  }
  const line = flush();
  if (line) yield line;
}

/** The first HEAD_LINES lines under the headline, in order: where a page prints its byline, date and standfirst. */
function* linesUnder(root: Element, headline: Element): Generator<Line> {
  const text = collapse(headline.textContent ?? '');
  let seen = -1;
  for (const line of lines(root)) {
    if (seen < 0) {
      // A headline set in inline type (`<b>`) is a line of the block around it.
      if (line.element === headline || (line.element.contains(headline) && line.text === text)) seen = 0;
      continue;
    }
    if (++seen > HEAD_LINES) return;
    yield line;
  }
}

/**
 * What sets the parts of a page title apart: a bar, or a dash, double colon, guillemet or middle dot with spaces
 * round it (a hyphen inside a word is not one).
 */
const TITLE_SEPARATOR = /\s*\|\s*|\s+(?:[–—-]|::|»|·)\s+/g;

/** Text of the document's own `<title>`. */
export const documentTitle = (doc: Document) => collapse(doc.querySelector('title')?.textContent ?? '');

/** Elements a page without an `<h1>` prints its headline in: other headings, bold or large type, a cell or a block. */
const PRINTED_HEADLINE = 'h2, h3, b, strong, font, big, p, div, td, span';
/** Fewest words of a page's only <h1> taken for its headline though the <title> says otherwise: a logo or masthead has fewer. */
const MIN_SOLE_HEADLINE_WORDS = 6;
/** Fewest words of a headline found by its text alone, so a one-word label ("Home") never is. */
const MIN_PRINTED_HEADLINE_WORDS = 3;

/**
 * The headline element: an `<h1>` the page's title repeats (the title may add " | Outlet" or be cut short), or the
 * page's only `<h1>` when it has no title. A logo in an `<h1>` is not repeated by the title, so it is passed over.
 * A page with no such `<h1>` (an old layout in tables and `<font>`) may print its headline in any element: the
 * first whose whole text is the title or its longest part ("Egypt quits MESA" under the title "Cairo Evening Courier -
 * Egypt quits MESA", whose shorter part is the masthead).
 */
export function headlineElement(doc: Document, title: string | undefined): Element | null {
  const candidates = [...doc.querySelectorAll('h1')].filter((h) => countWords(collapse(h.textContent ?? '')) >= 2);
  const named = title || documentTitle(doc);
  if (!named) return candidates.length === 1 ? (candidates[0] as Element) : null;
  const parts = named.split(TITLE_SEPARATOR);
  const part = parts[0] ?? named;
  const h1 = candidates.find((h) => {
    const text = collapse(h.textContent ?? '');
    return repeatsTitle(text, named) || sameHeadline(text, part) || (countWords(part) >= 3 && text.toLowerCase().startsWith(part.toLowerCase()));
  });
  if (h1) return h1;
  // A page that states no title in its metadata may give its <title> a shorter headline for search (a print view,
  // an old CMS): its one <h1> of a headline's length, no logo, is the headline it prints.
  const sole = candidates.length === 1 && !title && countWords(collapse(candidates[0]?.textContent ?? '')) >= MIN_SOLE_HEADLINE_WORDS ? candidates[0] : undefined;
  if (sole || candidates.length > 0) return sole ?? null;
  // The longest part first: the outlet's name, the shorter part, is printed as a masthead.
  const wanted = [named, ...parts].map((p) => collapse(p).toLowerCase()).filter((p) => countWords(p) >= MIN_PRINTED_HEADLINE_WORDS).sort((a, b) => b.length - a.length);
  const printed = [...doc.querySelectorAll(PRINTED_HEADLINE)].map((e) => ({ e, text: collapse(e.textContent ?? '').toLowerCase() }));
  for (const p of wanted) {
    const found = printed.find((x) => x.text === p);
    if (found) return found.e;
  }
  return null;
}

/** The headline element of a page with a body, or null: found once and handed to both readings of the head. */
export function pageHeadline(doc: Document, title: string | undefined): Element | null {
  return doc.body ? headlineElement(doc, title) : null;
}

/** Most words of an outlet's name set beside the headline in a page title ("… | The Cairo Evening Courier"). */
const MAX_OUTLET_WORDS = 6;

/** A title or headline with its spaces collapsed and its quotation marks made plain, its length kept apart from that. */
const plainTitle = (text: string) => collapse(straightQuotes(text));

/** Whether a part of a title is the headline, or the start of it (a title may cut a long headline short). */
function isHeadlinePart(part: string, headline: string): boolean {
  const p = part.toLowerCase();
  return p === headline || (countWords(p) >= 3 && headline.startsWith(p));
}

/** A part of a title that can name an outlet: a few words, not a sentence, a date or a section's name. */
function outletName(part: string | undefined): string | undefined {
  const name = part?.trim();
  if (!name || !/\p{L}/u.test(name) || countWords(name) > MAX_OUTLET_WORDS || endsLikeSentence(name)) return undefined;
  return SECTION_LABELS.includes(name.toLowerCase()) || /^page \d+$/i.test(name) || writtenDate(name) ? undefined : name;
}

/**
 * The outlet a page's title names beside the headline the page prints: "Talks resume | World | The Gazette" over an
 * `<h1>` reading "Talks resume" gives "The Gazette", and so does a masthead set first ("The Gazette - Talks resume").
 * Only a part set off by a bar or a spaced dash, on the far side of the headline, and never a section's name.
 */
export function titleOutlet(title: string, headline: string): string | undefined {
  const text = plainTitle(title);
  const wanted = plainTitle(headline).toLowerCase();
  const separators = [...text.matchAll(TITLE_SEPARATOR)];
  for (const m of separators) {
    if (isHeadlinePart(text.slice(0, m.index), wanted)) return outletName(text.slice(m.index + m[0].length).split(TITLE_SEPARATOR).at(-1));
  }
  for (const m of separators.reverse()) {
    if (isHeadlinePart(text.slice(m.index + m[0].length), wanted)) return outletName(text.slice(0, m.index).split(TITLE_SEPARATOR)[0]);
  }
  return undefined;
}

/**
 * What the page prints about its article: the headline's text, the outlet its title names beside it, and the first
 * byline ("By Jane Doe | May 3, 2024") and date line among the lines between the headline and the first line of
 * prose. `title` is the title the page states, if any, to find the headline by.
 */
export function printedHead(doc: Document, title: string | undefined, headline = pageHeadline(doc, title)): StatedMeta {
  if (!headline || !doc.body) return {};
  const printed = collapse(headline.textContent ?? '');
  const out: StatedMeta = { title: printed };
  const outlet = titleOutlet(documentTitle(doc), printed) ?? (title ? titleOutlet(title, printed) : undefined);
  if (outlet) out.outlet = outlet;
  const under = [...linesUnder(doc.body, headline)];
  // A byline set as a field, its label over the name: "Story by" / "Imogen Whitlock".
  const labelled = (i: number) => (BY_LABEL.test(under[i]?.text ?? '') ? namesLine(under[i + 1]?.text ?? '') : null);
  for (const [i, line] of under.entries()) {
    // A standfirst printed under the headline reads as prose too, though no class names it: a first line of a
    // standfirst's length right over a byline is passed over. Any other line of prose is the body's.
    if (isProse(line.text)) {
      const next = under[i + 1]?.text;
      if (i > 0 || countWords(line.text) > STANDFIRST_WORDS_RANGE[1] || next === undefined || (!detectByline(next) && !labelled(i + 1))) break;
      continue;
    }
    const field = out.author ? null : labelled(i);
    if (field) out.author = field;
    const byline = out.author ? null : detectByline(line.text);
    if (byline) {
      // A newsroom's staff byline names no person; the line is still the byline, not a date line.
      if (byline.author) out.author = byline.author;
      if (byline.published) out.published ??= byline.published;
    } else if (!out.published && countWords(line.text) <= MAX_DATE_LINE_WORDS) {
      // A time-stamp line says which of its dates is the publication ("Published May 3 · Updated May 5"); any
      // other short line gives its date unless it says the article was changed.
      const stamp = timestampLine(line.text);
      const date = stamp ? stamp.published : NOT_PUBLISHED.test(line.text) ? null : writtenDate(line.text);
      if (date) out.published = date;
    } else if (!out.published) {
      // Too long for a date line, it may be a bar of tools with the date in one part ("Published: … | Print | Share").
      const date = dateInBar(line.text);
      if (date) out.published = date;
    }
    if (out.author && out.published) break;
  }
  return out;
}

/** A byline's label alone on its line, the name under it: "Story by", "Words by", "By:", "Author". */
const BY_LABEL = /^(?:(?:story|words|text|written|reported|reporting)\s+)?by\s*:?$|^(?:author|writer|reporter)\s*:?$/i;
/** A stamp saying when the story first appeared: "First uploaded on: 07-07-2025 at 21:05 IST", "Originally published March 3, 2025", a record's "Publication date Feb 12, 2025". */
const FIRST_PUBLISHED = /^(?:(?:first|originally)\s+(?:published|uploaded|posted|appeared)|publication\s+date)\b/i;
/** The label alone, as a record's field names it: "Publication date", "First published:". */
const FIELD_LABEL = new RegExp(`${FIRST_PUBLISHED.source.replace(/\\b$/, '')}(?:\\s+on)?\\s*:?$`, 'i');
/** A line naming who edited or produced the story, not who wrote it: "Edited by Suresh Hegde". */
const EDITED_BY = /^(?:edited|produced|curated|compiled)\s+by\s*:?\s*(\S.*)$/i;

/** What short lines anywhere in a page say about the story besides its head: when it first appeared, who edited it. */
export interface PageStamps {
  /** The date of the first line saying when the story first appeared (FIRST_PUBLISHED), or null. */
  firstPublished: string | null;
  /** What the lines saying who edited or produced it name (EDITED_BY), lower case. */
  editors: string[];
}

/**
 * The page's stamps (PageStamps), read in one pass over its lines. The first-published date is named in words, where
 * the metadata's `datePublished` may hold the last update.
 */
export function pageStamps(doc: Document): PageStamps {
  const stamps: PageStamps = { firstPublished: null, editors: [] };
  if (!doc.body) return stamps;
  // A label alone on its line ("Publication date", a record's field) dates the story by the line after it.
  let labelled = false;
  for (const line of lines(doc.body)) {
    if (countWords(line.text) > MAX_DATE_LINE_WORDS) continue;
    if (labelled && stamps.firstPublished === null) stamps.firstPublished = timestampLine(line.text)?.published ?? null;
    labelled = false;
    if (stamps.firstPublished === null && FIRST_PUBLISHED.test(line.text)) {
      stamps.firstPublished = timestampLine(line.text)?.published ?? null;
      labelled = stamps.firstPublished === null && FIELD_LABEL.test(line.text);
    }
    const editor = EDITED_BY.exec(line.text)?.[1];
    if (editor) stamps.editors.push(editor.toLowerCase());
  }
  return stamps;
}

/**
 * The date of the last short date line printed above the headline ("Thursday, March 13, 2025 · Issue No. 212"): where a
 * newsletter dates its issue. Null when none stands there.
 */
export function printedDateAbove(doc: Document, headline: Element): string | null {
  if (!doc.body) return null;
  const text = collapse(headline.textContent ?? '');
  let date: string | null = null;
  for (const line of lines(doc.body)) {
    if (line.element === headline || (line.element.contains(headline) && line.text === text)) return date;
    if (countWords(line.text) <= MAX_DATE_LINE_WORDS && !NOT_PUBLISHED.test(line.text)) date = writtenDate(line.text) ?? date;
  }
  return date;
}

/** Class or id words that name the summary printed under a headline: `standfirst`, `article-dek`, `c-subtitle`, `entry-intro`. */
const STANDFIRST_WORDS = new Set(['standfirst', 'dek', 'deck', 'subtitle', 'subhead', 'subheadline', 'strapline', 'strap', 'summary', 'lede', 'excerpt', 'description', 'intro']);
/** Fewest and most words of a standfirst: a sentence or two, never a label nor a paragraph of body. */
const STANDFIRST_WORDS_RANGE = [6, 60] as const;

/** Whether an element, or a block holding it within two levels, is named as a standfirst. */
function namedStandfirst(element: Element): boolean {
  for (let e: Element | null = element, up = 0; e && up < 3; e = e.parentElement, up++) {
    if (nameWords(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`).some((w) => STANDFIRST_WORDS.has(w))) return true;
  }
  return false;
}

/**
 * The standfirst a page prints under its headline, named as one in its markup (`<p class="standfirst">`, `<h2
 * class="dek">`) among the lines right under the headline, or the first of them when the byline follows it: a
 * sentence or two, not a byline or a time stamp. Read before extraction, which drops it when it stands outside the
 * article's body.
 */
export function printedStandfirst(doc: Document, title: string | undefined, headline = pageHeadline(doc, title)): string | null {
  if (!headline || !doc.body) return null;
  const under = [...linesUnder(doc.body, headline)];
  const standfirstLike = (text: string) => {
    const words = countWords(text);
    return words >= STANDFIRST_WORDS_RANGE[0] && words <= STANDFIRST_WORDS_RANGE[1] && !detectByline(text) && timestampLine(text) === undefined;
  };
  const named = under.find((line) => namedStandfirst(line.element) && standfirstLike(line.text));
  if (named) return named.text;
  // Unnamed, it is the first line under the headline when the byline comes right after it.
  const [first, second] = under;
  return first && second && standfirstLike(first.text) && detectByline(second.text) ? first.text : null;
}
