// Detector: crossheads, the short section headings inside the body. A heading in Markdown or HTML is one by its
// markup; in plain text a short Title Case line between paragraphs is one by its shape.
import type { Root } from 'mdast';
import { isCrosshead } from '../head.ts';
import { bodyBlocks, collapse, toHeading, unmarkedText } from '../tree.ts';

/** Turns body paragraphs shaped like crossheads into headings (never the first or last paragraph). */
export default function crossheads() {
  return (tree: Root) => {
    const blocks = bodyBlocks(tree);
    blocks.forEach((block, i) => {
      if (block.type === 'paragraph' && i > 0 && i < blocks.length - 1 && isCrosshead(collapse(unmarkedText(block)))) toHeading(block);
    });
  };
}
