// Detector: the sections of a newsletter message around its story (email-digest.ts). In a text that carries a mailing
// list's marks and rules between sections, every section but the one of most prose is the message's: set aside.
// A rule alone is never text, in any file.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { copyrightNotice, noteCredit } from '../credits.ts';
import { isEmailMessage, isSectionRule } from '../email-digest.ts';
import { isProse } from '../paragraphs.ts';
import { bodyBlocks, markBlock, unmarkedText, type ArticleFileData, type TextBlock } from '../tree.ts';
import { countWords } from '../../text/words.ts';

/** Fewest sections of a message for its story to be told apart: a greeting or a footer around it. */
const MIN_SECTIONS = 3;

/** Marks section rules as `other`, and in a newsletter message the sections around the story. */
export default function emailDigest() {
  return (tree: Root, file: VFile) => {
    const meta = (file.data as unknown as ArticleFileData).meta;
    const blocks = bodyBlocks(tree);
    const texts = blocks.map(unmarkedText);
    const sections: TextBlock[][] = [[]];
    blocks.forEach((block, i) => {
      if (!isSectionRule(texts[i] as string)) (sections.at(-1) as TextBlock[]).push(block);
      else {
        markBlock(block, 'other');
        sections.push([]);
      }
    });
    if (sections.length < MIN_SECTIONS || !isEmailMessage(texts)) return;
    const prose = (section: TextBlock[]) => section.reduce((n, b) => (isProse(unmarkedText(b)) ? n + countWords(unmarkedText(b)) : n), 0);
    const story = sections.reduce((best, s) => (prose(s) > prose(best) ? s : best));
    for (const section of sections) {
      if (section === story) continue;
      // The footer's copyright notice still names who sent it, as a credit line anywhere does.
      for (const block of section) {
        const notice = copyrightNotice(unmarkedText(block));
        if (notice) noteCredit(meta, notice);
        markBlock(block, notice?.kind ?? 'other');
      }
    }
  };
}
