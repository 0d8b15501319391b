// Detector: a byline line near the top ("By Jane Doe · 14 August 2024"), in any format. Run before the head rules,
// which would otherwise read such a short line as a standfirst.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { detectByline, takeByline } from '../byline.ts';
import { markerKind } from '../debris.ts';
import { bodyBlocks, unmarkedText, type ArticleFileData } from '../tree.ts';
import { countWords } from '../../text/words.ts';

/** How many leading blocks may hold the byline (caption, title and standfirst can come first). */
const BYLINE_SEARCH = 4;
/** Most words of a label line passed over while looking for the byline. */
const MAX_LABEL_WORDS = 2;

/** Marks the first byline line as `byline`; states its authors and date unless the file stated them already. */
export default function byline() {
  return (tree: Root, file: VFile) => {
    const meta = (file.data as unknown as ArticleFileData).meta;
    // Buttons between the headline and the byline ("Gift this article", "Save", "Share") do not count as lines; the
    // count stops at BYLINE_SEARCH lines, so the rest of the text is never looked at.
    let seen = 0;
    const blocks = bodyBlocks(tree);
    for (const [i, block] of blocks.entries()) {
      // Nor do a page's labels of a word or two ("Donate", "Listen Live", "ENVIRONMENT").
      // Nor do headings (a page may repeat its headline as a heading of its own over the byline).
      if (block.type !== 'paragraph' || markerKind(unmarkedText(block)) !== null || countWords(unmarkedText(block)) <= MAX_LABEL_WORDS) continue;
      if (seen++ >= BYLINE_SEARCH) return;
      const found = detectByline(unmarkedText(block));
      if (!found) continue;
      takeByline(block, found, meta, blocks[i + 1]);
      return;
    }
  };
}
