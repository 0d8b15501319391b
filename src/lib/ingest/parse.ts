// The ingest pipeline: a format parser builds the article tree, one unified processor runs the detectors over it
// in order, and the marked tree is read out as the parsed text of one file.
import { withoutTitleLabels } from './title-labels.ts';
import { withoutOutletSuffix } from './formats/page-meta.ts';
import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Boilerplate } from '../schema/article.ts';
import { authorNames } from './byline.ts';
import { IngestError } from './errors.ts';
import type { Format, FormatParser } from './formats/index.ts';
import byline from './plugins/byline.ts';
import credits from './plugins/credits.ts';
import crossheads from './plugins/crossheads.ts';
import dateline from './plugins/dateline.ts';
import pastedStory from './plugins/pasted-story.ts';
import debris from './plugins/debris.ts';
import givenBody from './plugins/given-body.ts';
import head from './plugins/head.ts';
import editorNote from './plugins/editor-note.ts';
import pullQuoteBlocks from './plugins/pull-quotes.ts';
import pageTop from './plugins/page-top.ts';
import bracketNotes from './plugins/bracket-notes.ts';
import databaseRecord from './plugins/database-record.ts';
import chatThread from './plugins/chat-thread.ts';
import issueArticles from './plugins/issue-articles.ts';
import envelope from './plugins/envelope.ts';
import emailDigest from './plugins/email-digest.ts';
import fallbackDate from './plugins/fallback-date.ts';
import printPage from './plugins/print-page.ts';
import wireCodes from './plugins/wire-codes.ts';
import inlineDate, { inlineDateAfterDateline } from './plugins/inline-date.ts';
import readMore from './plugins/read-more.ts';
import sentences from './plugins/sentences.ts';
import { collapse, fullText, quotedBlocks, textBlocks, type ArticleFileData, type StatedMeta } from './tree.ts';

/** Everything one file says about itself, before curated metadata is merged in. */
export interface ParsedText {
  title: string | null;
  outlet: string | null;
  published: string | null;
  author: string | null;
  license: string | null;
  dateline: string | null;
  source_url: string | null;
  language: string | null;
  paragraphs: string[];
  sentences: string[][];
  /** Indices of paragraphs that are crossheads. */
  headings: number[];
  /** Indices of paragraphs inside a block quotation. */
  quotes: number[];
  boilerplate: Boilerplate[];
}

/**
 * The detectors, in order: each marks or moves nodes of the tree and none re-parses text. What carried the text
 * goes first (a news database's record, a conversation around a pasted story, an issue of several articles, a forwarded mail's envelope, bracketed notes, a wire's codes, a printed page's folios and jumps, with
 * the paragraph a page turn cut joined back); a copied page's navigation and time stamps next; read-more and date
 * labels are cleared next and a byline taken out so the head rules see clean lines; an editor's note above the story
 * and pull quotes repeating it go next; debris is cut before credits are looked for at the new end; a given text
 * that was all head gets its lines back as body (after debris, which would take them for a list of headlines); the
 * dateline and crossheads are read on the final body (a date label after the dateline then too); a date only a folio
 * or wire code printed is taken when none was stated; sentences last.
 */
export const detectors = unified()
  .use(databaseRecord)
  .use(chatThread)
  .use(issueArticles)
  .use(envelope)
  .use(emailDigest)
  .use(bracketNotes)
  .use(wireCodes)
  .use(printPage)
  .use(pageTop)
  .use(readMore)
  .use(inlineDate)
  .use(byline)
  .use(head)
  .use(editorNote)
  .use(pullQuoteBlocks)
  .use(debris)
  .use(credits)
  .use(givenBody)
  .use(pastedStory)
  .use(dateline)
  .use(inlineDateAfterDateline)
  .use(fallbackDate)
  .use(crossheads)
  .use(sentences)
  .freeze();

/** Reads the marked tree out: body paragraphs with sentences and structure, boilerplate in file order, stated fields. */
export function readTree(tree: Root, meta: StatedMeta): ParsedText {
  const out: ParsedText = {
    // A wire's version label or a kicker is not part of the headline: "UPDATE 2-Chile copper …", "FACT CHECK: Viral …".
    // Nor is the outlet's name a page adds after a bar or dash ("… | The Lakeshore Ledger"), in any format.
    title: meta.title ? withoutOutletSuffix(withoutTitleLabels(meta.title), meta.outlet) : null,
    outlet: meta.outlet ?? null,
    published: meta.published ?? null,
    author: meta.author ? authorNames(meta.author) : null,
    license: meta.license ?? null,
    dateline: meta.dateline ?? null,
    source_url: meta.source_url ?? null,
    language: meta.language ?? null,
    paragraphs: [],
    sentences: [],
    headings: [],
    quotes: [],
    boilerplate: [],
  };
  const keep = (kind: Boilerplate['kind'], text: string, label?: string) => {
    const shown = label ?? collapse(text);
    // The title line is the entry's title; it is listed only when the file states a different title elsewhere.
    if (shown && !(kind === 'title' && shown === out.title)) out.boilerplate.push({ kind, text: shown });
  };
  const quoted = quotedBlocks(tree);
  for (const block of textBlocks(tree)) {
    if (block.data?.boilerplate) {
      keep(block.data.boilerplate, fullText(block), block.data.label);
      continue;
    }
    let body = '';
    const after: [Boilerplate['kind'], string, string | undefined][] = [];
    for (const child of block.children) {
      if (child.type !== 'text') continue;
      if (!child.data?.boilerplate) body += child.value;
      else if (collapse(body)) after.push([child.data.boilerplate, child.value, child.data.label]);
      else keep(child.data.boilerplate, child.value, child.data.label);
    }
    const text = collapse(body);
    if (text) {
      const index = out.paragraphs.push(text) - 1;
      out.sentences.push(block.data?.sentences ?? [text]);
      if (block.type === 'heading') out.headings.push(index);
      if (quoted.has(block)) out.quotes.push(index);
    }
    for (const piece of after) keep(...piece);
  }
  return out;
}

/**
 * Parses the decoded text of one file of a format with that format's parser (formats/parsers.ts or load.ts): the
 * parsed text, and the vfile with any warnings. `given` reads a text given to check rather than a corpus file
 * (ArticleFileData.given); `knownOutlet` is the outlet the curated metadata names (ArticleFileData.knownOutlet).
 */
export function parseArticle(text: string, format: Format, parse: FormatParser, path = 'article', given = false, knownOutlet?: string): { parsed: ParsedText; file: VFile } {
  const file = new VFile({ path, value: text, data: { format, meta: {}, given, ...(knownOutlet ? { knownOutlet } : {}) } satisfies ArticleFileData });
  let tree: Root;
  try {
    tree = parse(text, file);
    detectors.runSync(tree, file);
  } catch (error) {
    // Markup nested thousands deep, or one element with hundreds of thousands of children, overflows a parser's stack.
    if (error instanceof RangeError) throw new IngestError(path, 'the file is nested too deeply or has too many parts to read as an article');
    throw error;
  }
  return { parsed: readTree(tree, (file.data as unknown as ArticleFileData).meta), file };
}
