// Detector: several articles in one file (issue-articles.ts). Everything but the story read is set aside as `other`.
// Run first, with the other readers of what carried the text, so the head rules see the story's own head.
import type { Root } from 'mdast';
import { issueStory } from '../issue-articles.ts';
import { bodyBlocks, markBlock, unmarkedText } from '../tree.ts';

/** Marks an issue's front matter and its other articles as the file's. */
export default function issueArticles() {
  return (tree: Root) => {
    const blocks = bodyBlocks(tree);
    const story = issueStory(blocks.map((b) => ({ text: unmarkedText(b), depth: b.type === 'heading' ? b.depth : 0 })));
    if (!story) return;
    blocks.forEach((block, i) => {
      if (i < story[0] || i >= story[1]) markBlock(block, 'other');
    });
  };
}
