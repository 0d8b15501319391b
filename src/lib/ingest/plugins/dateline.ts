// Detector: a dateline at the start of the body ("DUBAI (Reuters) –", "Tasnim –"). The story opens with it, so a few
// short lines left above a paragraph that carries one (a standfirst, a caption, a page's labels) are the head's.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { detectByline } from '../byline.ts';
import { leadDateline, placeOrDay, type Dateline } from '../dateline.ts';
import { markerKind } from '../debris.ts';
import { isHeadingLike } from '../head.ts';
import { isProse } from '../paragraphs.ts';
import { splitSentences } from '../sentences.ts';
import { countWords } from '../../text/words.ts';
import { bodyBlocks, collapse, markBlock, markPrefix, unmarkedText, type ArticleFileData, type TextBlock } from '../tree.ts';

/** Most lines of head a dateline's paragraph may stand under. */
const MAX_HEAD_LINES = 5;
/** Fewest words of a headline read over the dateline: a label or a menu item has fewer. */
const MIN_HEADLINE_WORDS = 4;
/** Most words of a line of head over the dateline: a standfirst's; a longer line is a paragraph of the story. */
const MAX_HEAD_LINE_WORDS = 60;

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
 * Marks the dateline of the paragraph the story opens with, and the lines above it as the head's (the first that
 * reads as prose as the standfirst; a byline as one, with its author); states the outlet the dateline names unless
 * one is stated already.
 */
export default function dateline() {
  return (tree: Root, file: VFile) => {
    const meta = (file.data as unknown as ArticleFileData).meta;
    const blocks = bodyBlocks(tree);
    const opening = openingDateline(blocks);
    if (!opening) return;
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
