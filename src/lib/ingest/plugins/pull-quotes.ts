// Detector: pull quotes, quoted blocks that repeat the article's own words (pull-quote.ts), in any format.
import type { Root } from 'mdast';
import { pullQuotes } from '../pull-quote.ts';
import { bodyBlocks, markBlock, quotedBlocks, unmarkedText } from '../tree.ts';

/** Marks quoted blocks that repeat words of the body as `other`. */
export default function pullQuoteBlocks() {
  return (tree: Root) => {
    const blocks = bodyBlocks(tree);
    const inQuote = quotedBlocks(tree);
    const found = pullQuotes(blocks.map(unmarkedText), blocks.map((b) => inQuote.has(b)));
    for (const i of found) markBlock(blocks[i] as (typeof blocks)[number], 'other');
  };
}
