// Detector: a story pasted into a conversation (chat-thread.ts). Every line that is the thread's, not the story's, is
// set aside as `other`. Run first, so the head rules see the story's own first lines.
import type { Root } from 'mdast';
import { threadLines } from '../chat-thread.ts';
import { bodyBlocks, markBlock, unmarkedText } from '../tree.ts';

/** Marks the conversation around a pasted story as the page's. */
export default function chatThread() {
  return (tree: Root) => {
    const blocks = bodyBlocks(tree);
    for (const i of threadLines(blocks.map((b) => ({ text: unmarkedText(b), heading: b.type === 'heading' })))) markBlock(blocks[i] as (typeof blocks)[number], 'other');
  };
}
