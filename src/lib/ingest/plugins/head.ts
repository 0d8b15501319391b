// Detector: the lines above the body (photo caption, headline, standfirst). When the file states its title (front
// matter, page metadata) only a leading line repeating it is the head; otherwise the shape rules of head.ts apply.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { detectByline } from '../byline.ts';
import { detectHead, isHeadingLike, repeatsTitle } from '../head.ts';
import { isProse } from '../paragraphs.ts';
import { countWords } from '../../text/words.ts';
import { bodyBlocks, collapse, markBlock, textBlocks, unmarkedText, type ArticleFileData, type TextBlock } from '../tree.ts';

/** Most words of a label line above the article (a section name, "Listen to this article"). */
const MAX_LABEL_WORDS = 4;

const headingLike = (block: TextBlock) => block.type === 'heading' || isHeadingLike(unmarkedText(block));

/** Marks caption, title and standfirst lines, and states the title when the file did not. */
export default function head() {
  return (tree: Root, file: VFile) => {
    const meta = (file.data as unknown as ArticleFileData).meta;
    const blocks = bodyBlocks(tree);
    const first = blocks[0];
    if (meta.title !== undefined) {
      // A page laid out around its article may put a sidebar's lines (a poll, a menu) above the headline: when the
      // line repeating the title comes before any line of prose, what stands above it is the page's.
      const proseAt = blocks.findIndex((b) => isProse(unmarkedText(b)));
      const titleAt = blocks.slice(0, proseAt < 0 ? blocks.length : proseAt).findIndex((b) => headingLike(b) && repeatsTitle(unmarkedText(b), meta.title as string));
      for (const block of blocks.slice(0, Math.max(0, titleAt))) markBlock(block, 'other');
      // From there, above the first line of prose: the line repeating the title, and labels of a few words ("Retail &
      // Consumer"), never one ending with a comma, which opens the text ("Dear readers,").
      let titled = false;
      const all = textBlocks(tree);
      for (const block of blocks.slice(Math.max(0, titleAt))) {
        const text = unmarkedText(block);
        if (!headingLike(block)) break;
        if (!titled && repeatsTitle(text, meta.title)) {
          markBlock(block, 'title');
          titled = true;
        } else if (titled && block.type === 'paragraph' && all[all.indexOf(block) + 1]?.data?.boilerplate === 'byline') {
          // A line under the headline and over the byline, however long, is the standfirst ("Council approves …").
          markBlock(block, 'standfirst');
        } else if (block.type !== 'paragraph' || countWords(text) > MAX_LABEL_WORDS || /,\s*$/.test(text)) break;
        // A dateline standing on its own line ("WASHINGTON —") ends with its dash and stays for the dateline rule.
        else if (!/[–—-]\s*$/u.test(text)) markBlock(block, detectByline(text) ? 'byline' : 'other');
      }
      return;
    }
    if (first?.type === 'heading' && first.depth === 1) {
      // A top-level Markdown heading is the title whatever its length; heading-like lines after it are the standfirst.
      meta.title = collapse(unmarkedText(first));
      markBlock(first, 'title');
      for (let i = 1; i < blocks.length && headingLike(blocks[i] as TextBlock) && blocks[i]?.type !== 'heading'; i++) markBlock(blocks[i] as TextBlock, 'standfirst');
      return;
    }
    const texts = blocks.map(unmarkedText);
    const found = detectHead(texts, (i) => headingLike(blocks[i] as TextBlock));
    if (found.title === null) return;
    let i = 0;
    for (; i < found.labels.length; i++) markBlock(blocks[i] as TextBlock, 'other');
    if (found.caption !== null) markBlock(blocks[i++] as TextBlock, 'caption');
    const titleBlock = blocks[i++] as TextBlock;
    markBlock(titleBlock, 'title');
    meta.title = collapse(found.title);
    for (; i < found.bodyStart; i++) markBlock(blocks[i] as TextBlock, 'standfirst');
  };
}
