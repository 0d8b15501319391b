// Detector: several articles in one file (issue-articles.ts). Everything but the story read is set aside as `other`.
// Run first, with the other readers of what carried the text, so the head rules see the story's own head.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { issueMasthead, issueStory } from '../issue-articles.ts';
import { bodyBlocks, collapse, markBlock, unmarkedText, type ArticleFileData } from '../tree.ts';

/** Marks an issue's front matter and its other articles as the file's; its masthead names the outlet unless one is stated. */
export default function issueArticles() {
  return (tree: Root, file: VFile) => {
    const blocks = bodyBlocks(tree);
    const lines = blocks.map((b) => ({ text: unmarkedText(b), depth: b.type === 'heading' ? b.depth : 0 }));
    const story = issueStory(lines);
    if (!story) return;
    const masthead = issueMasthead(lines, story);
    if (masthead) (file.data as unknown as ArticleFileData).meta.outlet ??= collapse(masthead);
    blocks.forEach((block, i) => {
      if (i < story[0] || i >= story[1]) markBlock(block, 'other');
    });
  };
}
