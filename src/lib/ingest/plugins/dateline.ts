// Detector: a dateline at the start of the body ("DUBAI (Reuters) –", "Tasnim –").
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { detectDateline } from '../dateline.ts';
import { bodyBlocks, markPrefix, unmarkedText, type ArticleFileData } from '../tree.ts';

/** Marks the dateline of the first body paragraph, and states the outlet it names unless one is stated already. */
export default function dateline() {
  return (tree: Root, file: VFile) => {
    const meta = (file.data as unknown as ArticleFileData).meta;
    const first = bodyBlocks(tree)[0];
    if (!first || first.type !== 'paragraph') return;
    const text = unmarkedText(first);
    const lead = text.length - text.trimStart().length;
    const found = detectDateline(text.slice(lead));
    if (!found) return;
    markPrefix(first, text.length - found.rest.length, 'dateline', found.text);
    meta.dateline = found.text;
    if (found.outlet) meta.outlet ??= found.outlet;
  };
}
