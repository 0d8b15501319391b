// Detector: a "read more" link text left at the end of a paragraph by a scraper is boilerplate, not prose.
import type { Root } from 'mdast';
import { findReadMore } from '../debris.ts';
import { markSuffix, textBlocks, unmarkedText } from '../tree.ts';

/** Marks a trailing "read more" / "continue reading" at the end of any paragraph as `read-more`. */
export default function readMore() {
  return (tree: Root) => {
    for (const block of textBlocks(tree)) {
      const found = findReadMore(unmarkedText(block));
      if (found) markSuffix(block, found.start, 'read-more', found.label);
    }
  };
}
