// Detector: a dateline at the start of the body ("DUBAI (Reuters) –", "Tasnim –"). The story opens with it, so a few
// short lines left above a paragraph that carries one (a standfirst, a caption, a page's labels) are the head's.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { detectByline, takeByline } from '../byline.ts';
import { classifyCredit } from '../credits.ts';
import { detectDateline, type Dateline } from '../dateline.ts';
import { markerKind } from '../debris.ts';
import { isHeadingLike } from '../head.ts';
import { isProse } from '../paragraphs.ts';
import { splitSentences } from '../sentences.ts';
import { countWords } from '../../text/words.ts';
import { MONTH_PATTERN } from '../../text/lexicon.ts';
import { writtenDate } from '../dates.ts';
import { bodyBlocks, collapse, markBlock, markPrefix, unmarkedText, type ArticleFileData, type TextBlock } from '../tree.ts';

/** Most lines of head a dateline's paragraph may stand under. */
const MAX_HEAD_LINES = 5;
/** Fewest words of a headline read over the dateline: a label or a menu item has fewer. */
const MIN_HEADLINE_WORDS = 4;
/** Most words of a line of head over the dateline: a standfirst's; a longer line is a paragraph of the story. */
const MAX_HEAD_LINE_WORDS = 60;

/** A paragraph's dateline, after any leading spaces: where the dateline ends, and what it says. */
function leadDateline(block: TextBlock): { end: number; found: Dateline } | null {
  if (block.type !== 'paragraph') return null;
  const text = unmarkedText(block);
  const lead = text.length - text.trimStart().length;
  const found = detectDateline(text.slice(lead));
  return found ? { end: text.length - found.rest.length, found } : null;
}

/**
 * A dateline no prose sentence could open with: a place in capitals ("DAVENPORT, Iowa"), a day or an agency (what
 * detectDateline reads as no outlet, or an agency in brackets). A mixed-case name and a dash ("Tasnim –") also opens a
 * paragraph of prose ("Meanwhile – …"), so only the first paragraph is read for one.
 */
const placeOrDay = (found: Dateline) => found.outlet === null || found.text.includes('(');

/**
 * Where the story opens: the first body paragraph, or one under at most MAX_HEAD_LINES short lines that opens with a
 * place's dateline and a sentence of prose, and has more of the story under it. Its index and dateline, or null.
 */
function openingDateline(blocks: TextBlock[]): { index: number; end: number; found: Dateline } | null {
  const first = blocks[0] && leadDateline(blocks[0]);
  if (first) return { index: 0, ...first };
  for (let index = 1; index <= MAX_HEAD_LINES && index < blocks.length - 1; index++) {
    if (countWords(unmarkedText(blocks[index - 1] as TextBlock)) > MAX_HEAD_LINE_WORDS) return null;
    const found = leadDateline(blocks[index] as TextBlock);
    if (found) return placeOrDay(found.found) && isProse(found.found.rest) ? { index, ...found } : null;
  }
  return null;
}

/**
 * A story pasted whole inside another text (a fact-checker's notebook, a desk's memo): past the opening search, a
 * paragraph that opens with a place's or agency's dateline, right under a byline, right under its headline. Its
 * headline's index, or -1. Only the first such head is read, and only where no opening dateline was found.
 */
function pastedStory(blocks: TextBlock[]): number {
  for (let index = MAX_HEAD_LINES + 1; index < blocks.length; index++) {
    const found = leadDateline(blocks[index] as TextBlock);
    if (!found || !placeOrDay(found.found) || !isProse(found.found.rest)) continue;
    const [headline, byline] = [blocks[index - 2], blocks[index - 1]];
    const title = headline && unmarkedText(headline);
    if (byline && detectByline(unmarkedText(byline)) && title && isHeadingLike(title) && countWords(title) >= MIN_HEADLINE_WORDS && !detectByline(title)) return index - 2;
  }
  return -1;
}

/**
 * The day a dateline gives with no year ("ROTTERDAM, May 6 (Harbour Wire)"), in the year of `around`, the date the
 * text around a pasted story gave, or the year before when that day would fall after it. Null without both.
 */
export function datelineDay(dateline: string, around: string | undefined): string | null {
  const day = new RegExp(`${MONTH_PATTERN.source}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${MONTH_PATTERN.source}`, 'i').exec(dateline)?.[0];
  if (!day || !around || /\d{4}/.test(dateline)) return null;
  const year = Number(around.slice(0, 4));
  const same = writtenDate(`${day} ${year}`);
  return same && same <= around ? same : writtenDate(`${day} ${year - 1}`);
}

/**
 * Reads a story pasted inside another text (pastedStory): its headline, byline and author are the story's, what
 * stands above them is the text's around it, and so is what follows the agency's sign-off ("(Reporting by …;
 * Editing by …)") and its contact line, and the notes set apart by their type between its paragraphs. Its date is its dateline's day, in the year the text around it is dated
 * (datelineDay), else none: the text's own date is not the story's. Returns the story's first
 * paragraph (the one with the dateline), or -1.
 */
function readPastedStory(blocks: TextBlock[], meta: ArticleFileData['meta']): number {
  const at = pastedStory(blocks);
  if (at < 0) return -1;
  for (const block of blocks.slice(0, at)) markBlock(block, 'other');
  const [headline, byline] = [blocks[at] as TextBlock, blocks[at + 1] as TextBlock];
  meta.title = collapse(unmarkedText(headline));
  markBlock(headline, 'title');
  const by = detectByline(unmarkedText(byline));
  const around = meta.published;
  delete meta.author;
  delete meta.published;
  const day = datelineDay(leadDateline(blocks[at + 2] as TextBlock)?.found.text ?? '', around);
  if (day) meta.published = day;
  if (by) takeByline(byline, by, meta);
  const credit = blocks.findIndex((b, i) => i > at + 2 && classifyCredit(unmarkedText(b))?.kind === 'credit' && /^\(/.test(unmarkedText(b).trim()));
  const end = credit < 0 ? blocks.length : credit;
  if (credit >= 0) {
    let after = credit;
    while (after < blocks.length && classifyCredit(unmarkedText(blocks[after] as TextBlock))?.kind === 'credit') markBlock(blocks[after++] as TextBlock, 'credit');
    for (const block of blocks.slice(after)) markBlock(block, 'other');
  }
  // Between the story's paragraphs, one its type sets apart (wholly in italics or bold, or opened by a bold label)
  // is a note of the text around it: "*Check 1: we have not seen the draft bylaws.*".
  for (const block of blocks.slice(at + 3, end)) if (block.data?.setApart) markBlock(block, 'other');
  return at + 2;
}

/**
 * Marks the dateline of the paragraph the story opens with, and the lines above it as the head's (the first that
 * reads as prose as the standfirst; a byline as one, with its author); states the outlet the dateline names unless
 * one is stated already.
 */
export default function dateline() {
  return (tree: Root, file: VFile) => {
    const meta = (file.data as unknown as ArticleFileData).meta;
    const blocks = bodyBlocks(tree);
    const opening = openingDateline(blocks);
    if (!opening) {
      const first = readPastedStory(blocks, meta);
      const found = first < 0 ? null : leadDateline(blocks[first] as TextBlock);
      if (found) {
        markPrefix(blocks[first] as TextBlock, found.end, 'dateline', found.found.text);
        meta.dateline = found.found.text;
        if (found.found.outlet) meta.outlet = found.found.outlet;
      }
      return;
    }
    let standfirst = false;
    const head = blocks.slice(0, opening.index);
    // With no title stated, the last line over the story that reads as a headline is its headline (a story pasted
    // whole under a forum's "… wrote:", its bold headline over its byline).
    // A line of two sentences is no headline: a caption closed by its credit ("… in October. Jo Roe/Courier").
    const headline = (text: string) => isHeadingLike(text) && countWords(text) >= MIN_HEADLINE_WORDS && splitSentences(text).length === 1 && !detectByline(text) && markerKind(text) === null;
    const titleBlock = meta.title === undefined ? head.findLast((b) => headline(unmarkedText(b))) : undefined;
    if (titleBlock) {
      meta.title = collapse(unmarkedText(titleBlock));
      markBlock(titleBlock, 'title');
    }
    head.forEach((block) => {
      if (block === titleBlock) return;
      const text = unmarkedText(block);
      // A byline among them the byline rule did not reach (menus above used up its search) names the author.
      const by = detectByline(text);
      if (by) {
        markBlock(block, 'byline');
        if (by.author) meta.author ??= by.author;
        if (by.published) meta.published ??= by.published;
      } else if (!standfirst && isProse(text)) {
        markBlock(block, 'standfirst');
        standfirst = true;
      } else markBlock(block, 'other');
    });
    markPrefix(blocks[opening.index] as TextBlock, opening.end, 'dateline', opening.found.text);
    meta.dateline = opening.found.text;
    if (opening.found.outlet) meta.outlet ??= opening.found.outlet;
  };
}
