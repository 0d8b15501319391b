// Detector: page furniture in the body, in any format. Trailing debris (lists of related headlines, share and
// subscribe prompts, comments) is boilerplate from where it starts to the end; a furniture line standing alone
// inside the body ("Advertisement") is boilerplate by itself.
import type { Root } from 'mdast';
import { debrisKind, debrisStart, strayMarkers } from '../debris.ts';
import { bodyBlocks, markBlock, unmarkedText } from '../tree.ts';

/** Marks trailing debris (its first line with its own kind, the rest `related`) and stray furniture lines. */
export default function debris() {
  return (tree: Root) => {
    const blocks = bodyBlocks(tree);
    const texts = blocks.map(unmarkedText);
    const cut = debrisStart(texts);
    const end = cut < 0 ? blocks.length : cut;
    for (const { index, kind } of strayMarkers(texts.slice(0, end))) markBlock(blocks[index] as (typeof blocks)[number], kind);
    if (cut >= 0) blocks.slice(cut).forEach((block, i) => markBlock(block, (i === 0 && debrisKind(texts[cut] as string)) || 'related'));
  };
}
