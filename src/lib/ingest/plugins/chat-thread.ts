// Detector: a story pasted into a conversation (chat-thread.ts). Every line that is the thread's, not the story's, is
// set aside as `other`. Run first, so the head rules see the story's own first lines.
import type { Root } from 'mdast';
import { storyTurn } from '../chat-thread.ts';
import { bodyBlocks, markBlock, markPrefix, markSuffix, unmarkedText, type TextBlock } from '../tree.ts';

/** A whole line the chat app sets in bold or italics ("*Headline*", "_By Name, Outlet_"): the markers are its markup. */
const WRAPPED = /^([*_~])[^*_~\n].*[^\s]\1$|^([*_~])[^\s*_~]\2$/u;

/**
 * Marks the conversation around a pasted story as the page's. In an exported chat, the sender's header on the story's
 * first line goes too, and the app's markers around a whole line of the story.
 */
export default function chatThread() {
  return (tree: Root) => {
    const blocks = bodyBlocks(tree);
    const found = storyTurn(blocks.map((b) => ({ text: unmarkedText(b), heading: b.type === 'heading' })));
    if (!found) return;
    for (const i of found.aside) markBlock(blocks[i] as TextBlock, 'other');
    if (found.prefix === 0) return;
    markPrefix(blocks[found.first] as TextBlock, found.prefix, 'other');
    for (const block of blocks.slice(found.first)) {
      const text = unmarkedText(block);
      if (block.data?.boilerplate || !WRAPPED.test(text.trim())) continue;
      const lead = text.length - text.trimStart().length;
      markSuffix(block, text.trimEnd().length - 1, 'other');
      markPrefix(block, lead + 1, 'other');
    }
  };
}
