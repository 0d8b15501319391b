// A saved web page: its stated metadata (page-meta.ts), paragraphs made of `<br><br>` runs (line-breaks.ts) and its
// printed head and standfirst (page-head.ts), then its main content by Mozilla Readability without the furniture its
// markup names (page-furniture.ts), converted DOM → hast → mdast → the article tree. Scripts, styles, frames, forms,
// images and links' targets never survive: only text and block structure (paragraphs, headings, quotations, list
// items) do.
import type { Element, ElementContent } from 'hast';
import type { Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { Readability } from '@mozilla/readability';
import { fromDom } from 'hast-util-from-dom';
import { toMdast } from 'hast-util-to-mdast';
import { parseHtmlDocument } from '#html-document';
import { IngestError } from '../errors.ts';
import { isProse } from '../paragraphs.ts';
import { collapse, fullText, markBlock, textBlocks, type ArticleFileData } from '../tree.ts';
import { toArticleTree } from './blocks.ts';
import { EMBED_TAG, markEmbeds } from './embeds.ts';
import { shieldHeaderHeadings } from './heading-names.ts';
import { paragraphsFromBreaks } from './line-breaks.ts';
import { readArticleHeader } from './article-header.ts';
import { flowPlacedLines } from './positioned-lines.ts';
import { quotedArticle } from './quoted-article.ts';
import { namedUnprinted, removeNamedFurniture } from './page-furniture.ts';
import { documentTitle, pageHeadline, pageStamps, printedDateAbove, printedHead, printedStandfirst } from './page-head.ts';
import { isEmailMessage } from '../email-digest.ts';
import { sameHeadline } from '../head.ts';
import { archiveCapture, cleanByline, day, pageMeta, withoutOutletSuffix } from './page-meta.ts';

/** Most elements a page may have: a saved news page has a few thousand; the bound keeps extraction's work bounded. */
const MAX_ELEMENTS = 50_000;

/** Parses a saved web page into the article tree, putting what the page states about itself on the file's data. */
export function parseHtml(text: string, file: VFile): Root {
  const doc = parseHtmlDocument(text);
  // Metadata first: Readability rewrites the document it reads.
  const stated = pageMeta(doc);
  // A web archive's capture states its own capture time in the tags Readability reads a date from too.
  const archived = archiveCapture(doc);
  // A converted PDF's printed lines are read into paragraphs first. Its metadata describes the file (its name, the
  // account that made it, when it was made), not the story it prints: the date is kept only as a last resort.
  const placed = doc.body ? flowPlacedLines(doc.body) : false;
  const made = placed ? stated.published : undefined;
  if (placed) {
    delete stated.title;
    delete stated.author;
    delete stated.published;
  }
  // A newspaper page prints its date in the folio, above the headline.
  const h1 = placed ? doc.querySelector('h1') : null;
  const folio = h1 ? printedDateAbove(doc, h1) : null;
  if (doc.body) paragraphsFromBreaks(doc.body);
  // An e-mail's web view (a newsletter platform's archive) is titled with its subject line; when no headline on the
  // page repeats it, it names the issue, not the story, whose headline the page prints.
  const subjectLine = isEmailMessage([collapse(doc.body?.textContent ?? '')]) && pageHeadline(doc, stated.title ?? documentTitle(doc)) === null;
  if (subjectLine) delete stated.title;
  // A metadata title the page prints nowhere, against a headline its <title> and <h1> agree on, is another's (a
  // translation proxy keeps the original's og:title over the translated page) or a rewrite for search engines: the
  // printed headline is the page's. Each headline is looked for once: the one the stated title names, else the one
  // the page's <title> names.
  const byTitle = pageHeadline(doc, stated.title);
  const byPage = stated.title && !byTitle ? pageHeadline(doc, undefined) : null;
  const agreed = collapse(byPage?.textContent ?? '');
  const another = Boolean(agreed && stated.title && documentTitle(doc).toLowerCase().includes(agreed.toLowerCase()));
  if (another) delete stated.title;
  const headline = placed ? h1 : another ? byPage : byTitle;
  const printed = printedHead(doc, stated.title, headline);
  // The header the markup gives the article: its writer's box read and taken out, its kicker out, its deck named.
  const header = readArticleHeader(doc, headline);
  if (header.author) printed.author ??= header.author;
  const standfirst = printedStandfirst(doc, stated.title, headline) ?? header.standfirst ?? null;
  // Read before extraction, which rewrites the document: when the story first appeared, and who edited it.
  const stamps = pageStamps(doc);
  // What the page keeps out of print and its notices about itself go first: extraction would keep them, nameless.
  if (doc.body) removeNamedFurniture(doc.body as unknown as globalThis.Element, namedUnprinted);
  const restoreHeadings = shieldHeaderHeadings(doc);
  let article: ReturnType<Readability<Node>['parse']>;
  try {
    // Classes are kept on the content so that the furniture the page names can be taken out of it.
    article = new Readability<Node>(doc, { serializer: (node) => node, maxElemsToParse: MAX_ELEMENTS, keepClasses: true }).parse();
  } catch (error) {
    if (/Aborting parsing document/.test(String(error))) throw new IngestError(file.path, `the page has more than ${MAX_ELEMENTS} elements, too many to find its article in`);
    throw error;
  }
  const content = article?.content;
  // A story quoted whole in a post is the article; the post's lines around it are the poster's.
  const pasted = content ? quotedArticle(content as unknown as globalThis.Element) : null;
  if (content && pasted) (content as unknown as globalThis.Element).replaceChildren(...pasted.childNodes);
  if (content) {
    restoreHeadings(content as unknown as globalThis.Element);
    markEmbeds(content as unknown as globalThis.Element);
    removeNamedFurniture(content as unknown as globalThis.Element);
  }
  const tree = content ? toArticleTree(toMdast(fromDom(content), { handlers: { figcaption: captionParagraph, dl: definitionParagraphs, [EMBED_TAG]: embedParagraph } }) as Root) : null;
  // Readability returns its best candidate even on a page of menus: the page has an article only if some block reads as prose.
  if (!article || !tree || !textBlocks(tree).some((b) => isProse(fullText(b)))) {
    throw new IngestError(file.path, 'no main content was found in the page (no paragraph of article text to extract)');
  }
  // A standfirst outside the body is dropped by extraction; it is kept, as a standfirst, above the body. One the
  // extraction kept as a block of its own is marked where it stands, or it would read as the first paragraph.
  if (standfirst) {
    const kept = textBlocks(tree).find((b) => collapse(fullText(b)) === standfirst);
    // One kept as a heading (a deck in an `<h2>`) becomes a paragraph: marks are read on paragraphs.
    const at = kept?.type === 'heading' ? tree.children.indexOf(kept) : -1;
    if (kept && at >= 0) tree.children[at] = { type: 'paragraph', children: kept.children, ...(kept.position ? { position: kept.position } : {}), data: { boilerplate: 'standfirst' } };
    else if (kept) markBlock(kept, 'standfirst');
    else if (!textBlocks(tree).some((b) => collapse(fullText(b)).includes(standfirst))) {
      tree.children.unshift({ type: 'paragraph', children: [{ type: 'text', value: standfirst }], data: { boilerplate: 'standfirst' } });
    }
  }
  const data = file.data as unknown as ArticleFileData;
  const fallback = {
    // A word processor's saved page titles itself with the document's properties ("News Release Template"), not a
    // headline; a converted PDF with its file's name.
    title: placed ? collapse(doc.querySelector('h1')?.textContent ?? '') || undefined : (!subjectLine && !savedByWordProcessor(doc) && article.title?.trim()) || undefined,
    author: article.byline ? cleanByline(article.byline) || undefined : undefined,
    outlet: article.siteName?.trim() || undefined,
    published: archived ? undefined : (day(article.publishedTime ?? undefined) ?? made),
  };
  // What the page states outranks what it prints above the article, and that outranks Readability's guesses. A
  // printed date that disagrees is said, not dropped silently: one of the two is wrong, and a reader dating a copy
  // should know the page gives both.
  if (stated.published && printed.published && stated.published !== printed.published) {
    file.message(`the page states its date as ${stated.published} in its metadata but prints ${printed.published} under its headline; ${stated.published} is used`, { ruleId: 'date-conflict', source: 'wirediff' });
  }
  if (folio && !printed.published) printed.published = folio;
  // A newsletter prints its issue's date over the story, not under its headline.
  if (subjectLine && !printed.published && !stated.published && headline) {
    const issued = printedDateAbove(doc, headline);
    if (issued) printed.published = issued;
  }
  // The page's title, author, date and site are the post's when it quotes the story: the quotation's head says its own.
  if (pasted) {
    for (const fields of [fallback, printed, stated] as Partial<Record<'title' | 'author' | 'published' | 'outlet', string>>[]) {
      delete fields.title;
      delete fields.author;
      delete fields.published;
      delete fields.outlet;
    }
  }
  // A stated author the page prints as the story's editor ("Edited by …") is not its writer: the printed byline is.
  const statedAuthor = stated.author?.toLowerCase();
  if (statedAuthor && printed.author && stated.author !== printed.author && stamps.editors.some((named) => named.startsWith(statedAuthor))) delete stated.author;
  // A line saying when the story first appeared outranks a metadata date, which may be the last update's.
  const first = pasted ? null : stamps.firstPublished;
  if (first && stated.published && first !== stated.published) {
    file.message(`the page states its date as ${stated.published} in its metadata but prints that it first appeared on ${first}; ${first} is used`, { ruleId: 'date-conflict', source: 'wirediff' });
  }
  if (first) stated.published = first;
  Object.assign(data.meta, Object.fromEntries(Object.entries(fallback).filter(([, v]) => v)), printed, stated);
  // A headline the metadata shortens is the one the page prints, as readers saw it.
  if (printed.title && stated.title && printed.title !== stated.title && sameHeadline(printed.title, stated.title)) data.meta.title = printed.title;
  if (data.meta.title) data.meta.title = withoutOutletSuffix(data.meta.title, data.meta.outlet);
  // A title that is only the name of the site or the writer (a channel's page titled with the channel) is no headline.
  if (data.meta.title && (data.meta.title === data.meta.outlet || data.meta.title === data.meta.author)) delete data.meta.title;
  return tree;
}

/** A word processor that saves documents as web pages, as its generator tag names it. */
const WORD_PROCESSOR = /\b(?:microsoft word|libreoffice|openoffice|wps writer|abiword|google docs)\b|^word\.document/i;

/** True for a page a word processor saved (its Generator or ProgId tag, or Google Docs' export classes). */
export function savedByWordProcessor(doc: Document): boolean {
  const tags = [...doc.querySelectorAll('meta[name="Generator" i], meta[name="ProgId" i]')].map((m) => m.getAttribute('content') ?? '');
  return tags.some((t) => WORD_PROCESSOR.test(t.trim())) || doc.querySelector('[id^="docs-internal-guid"], p.title + p.subtitle') !== null;
}

/** A figure's caption is a caption by its markup: one paragraph of its text, marked as boilerplate. */
function captionParagraph(_state: unknown, node: Element): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: toText(node) }], data: { boilerplate: 'caption' } };
}

/** Most words of a term and its description in a box of labelled values; a longer one is prose set out as a list. */
const MAX_DEFINITION_WORDS = 40;

/**
 * A definition list: each term with its description as one paragraph ("Claim: A video shows …"). Short ones are a box
 * of labelled values (a fact-check's rating, key facts), never the article's sentences, and are set aside as a table
 * of data is; a list with a long description (a glossary in an explainer) stays text.
 */
function definitionParagraphs(_state: unknown, node: Element): Paragraph[] {
  const items: string[] = [];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const text = collapse(toText(child));
    if (!text) continue;
    if (child.tagName === 'dd' && items.length > 0) items[items.length - 1] = `${items.at(-1)} ${text}`;
    else items.push(text);
  }
  const box = items.every((t) => t.split(' ').length <= MAX_DEFINITION_WORDS);
  return items.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }], ...(box ? { data: { boilerplate: 'other' as const } } : {}) }));
}

/** A social network's embedded post (embeds.ts) is someone else's words: one paragraph of its text, as boilerplate. */
function embedParagraph(_state: unknown, node: Element): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: toText(node) }], data: { boilerplate: 'other' } };
}

/** The text of a hast node, with spaces between block-level pieces. */
function toText(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((c) => toText(c)).join(' ') : '';
}

