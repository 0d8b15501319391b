// Detector: the sentences of each body paragraph, on which alignment and search snippets sit. A heading is one
// sentence as it stands.
import type { Root } from 'mdast';
import { splitSentences } from '../sentences.ts';
import { bodyBlocks, collapse, unmarkedText } from '../tree.ts';

/** Stores each body block's sentences on the block (`data.sentences`). */
export default function sentences() {
  return (tree: Root) => {
    for (const block of bodyBlocks(tree)) {
      const text = collapse(unmarkedText(block));
      block.data = { ...block.data, sentences: block.type === 'heading' ? [text] : splitSentences(text) };
    }
  };
}
