// Detector: a date label at the start of one of the first paragraphs ("date 2019-04-11 Egypt has…").
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { detectInlineDate } from '../dates.ts';
import { bodyBlocks, markPrefix, unmarkedText, type ArticleFileData } from '../tree.ts';

/** How many leading paragraphs may carry an inline date label. */
const DATE_SEARCH = 3;

/** Marks the first inline date label as `date` and states it as the publication date unless the file stated one. */
export default function inlineDate() {
  return markInlineDate;
}

/**
 * The same detector once more after the dateline is taken off, for a label that follows one ("Daily Courier –
 * date 2019-04-11 Egypt has…"), unless the first pass found one: one label per file. A plugin of its own name, since
 * unified runs a plugin given twice only once.
 */
export function inlineDateAfterDateline() {
  return (tree: Root, file: VFile) => {
    if (!dated.has(file)) markInlineDate(tree, file);
  };
}

/** Files whose date label is marked. */
const dated = new WeakSet<VFile>();

function markInlineDate(tree: Root, file: VFile): void {
  const meta = (file.data as unknown as ArticleFileData).meta;
  for (const block of bodyBlocks(tree).slice(0, DATE_SEARCH)) {
    const found = detectInlineDate(unmarkedText(block));
    if (!found) continue;
    markPrefix(block, unmarkedText(block).length - found.rest.length, 'date', found.label);
    meta.published ??= found.date;
    dated.add(file);
    return;
  }
}
