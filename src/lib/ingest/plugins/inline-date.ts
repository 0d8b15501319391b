// Detector: a date label at the start of one of the first paragraphs ("date 2019-04-11 Egypt has…").
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { detectInlineDate } from '../dates.ts';
import { bodyBlocks, markPrefix, unmarkedText, type ArticleFileData } from '../tree.ts';

/** How many leading paragraphs may carry an inline date label. */
const DATE_SEARCH = 3;

/** Marks the first inline date label as `date` and states it as the publication date unless the file stated one. */
export default function inlineDate() {
  return (tree: Root, file: VFile) => {
    const meta = (file.data as unknown as ArticleFileData).meta;
    for (const block of bodyBlocks(tree).slice(0, DATE_SEARCH)) {
      const found = detectInlineDate(unmarkedText(block));
      if (!found) continue;
      markPrefix(block, unmarkedText(block).length - found.rest.length, 'date', found.label);
      meta.published ??= found.date;
      return;
    }
  };
}
