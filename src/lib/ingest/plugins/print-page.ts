// Detector: a printed page's furniture in text copied from a PDF or e-paper (print-page.ts): folio lines, the index
// of what is inside, jump lines and the jump head over a story's second half, refers to other pages, an ad under its
// label, a caption with a photographer's credit in capitals. A paragraph the jump cut mid-sentence is joined back into one. Run first, so the
// head rules see the headline as the first line.
import type { Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { isProse } from '../paragraphs.ts';
import { isFunctionWord } from '../../text/lexicon.ts';
import { adCopy, adLabel, capsCreditCaption, folioLine, indexLine, jumpHead, jumpLine, referLine } from '../print-page.ts';
import { blockLines, markLines } from '../source-lines.ts';
import { bodyBlocks, markBlock, unmarkedText, type TextBlock } from '../tree.ts';
import { offerDate } from './fallback-date.ts';

/** Marks the page's furniture (`other`, captions `caption`), offers the edition date, and joins a story cut by a page turn. */
export default function printPage() {
  return (tree: Root, file: VFile) => {
    const source = typeof file.value === 'string' ? file.value.split('\n') : null;
    const blocks = bodyBlocks(tree);
    const texts = blocks.map(unmarkedText);
    // Blocks whose lines were furniture of a page break (folio or jump), across which a cut paragraph is joined.
    const breaks = new Set<TextBlock>();
    const lines = blocks.map((block) => blockLines(block, source));
    const folios = lines.map((block) => block.map(folioLine));
    // A printed page shows by its folios or its jump lines; only then are an index, refers, ads and credits in
    // capitals read as its furniture, since each of those shapes also occurs in a web article's prose.
    const printed = folios.some((block) => block.some((f) => f !== undefined)) || lines.some((block) => block.some((line) => jumpLine(line) !== null));
    if (!printed) return;
    blocks.forEach((block, i) => {
      const blockFolios = folios[i] as ReturnType<typeof folioLine>[];
      const flags = (lines[i] as string[]).map((line, k) => blockFolios[k] !== undefined || indexLine(line) || jumpLine(line) !== null);
      if (!flags.some(Boolean)) return;
      const blockLinesOf = lines[i] as string[];
      for (const k of markLines(block, blockLinesOf, flags, 'other')) {
        const date = blockFolios[k]?.published;
        if (date) offerDate(file, date);
        if (blockFolios[k] !== undefined || jumpLine(blockLinesOf[k] as string)) breaks.add(block);
      }
      // A jump head stands right above the line saying where the story comes from ("PORT STRIKE" / "From Page 1").
      const above = blocks[i - 1];
      if (above && !above.data?.boilerplate && jumpLine(blockLinesOf[0] as string) === 'from' && jumpHead(texts[i - 1] as string)) {
        markBlock(above, 'other');
        breaks.add(above);
      }
    });
    // Where the first line of prose is, found once: asked for every ad label, it made many labels quadratic.
    const firstProse = texts.findIndex(isProse);
    blocks.forEach((block, i) => {
      if (block.data?.boilerplate) return;
      const text = texts[i] as string;
      if (capsCreditCaption(text)) markBlock(block, 'caption');
      else if (referLine(text)) markBlock(block, 'related');
      else if (adLabel(text)) {
        markBlock(block, 'other');
        const next = blocks[i + 1];
        if (next && !next.data?.boilerplate && adCopy(texts[i + 1] as string, firstProse < 0 || firstProse >= i)) markBlock(next, 'other');
      }
    });
    joinAcrossBreaks(tree, breaks);
  };
}

/** True when a text stops on a function word ("… will enroll its first students in"): no sentence ends there. */
function cutAfterFunctionWord(text: string): boolean {
  const last = /(\p{L}+)\s*$/u.exec(text)?.[1];
  return last !== undefined && isFunctionWord(last.toLowerCase());
}

/**
 * Joins a paragraph cut by a page turn: one that stops without closing its sentence, whose next body paragraph
 * opens with a lower-case word (or any word, when the cut falls after a function word), when only furniture of the
 * page break (and other marked lines) stands between them. The second half's text moves onto the first, which takes
 * its end position; nothing is dropped. One pass that rebuilds the list, since removing blocks one by one is
 * quadratic on a file of many pages.
 */
function joinAcrossBreaks(tree: Root, breaks: Set<TextBlock>): void {
  if (breaks.size === 0) return;
  const kept: Root['children'] = [];
  // The last body paragraph kept, while only marked blocks have followed it, and whether one was a page break; the
  // pieces joined onto its text are written once at the end, so many joins stay linear.
  let open: Paragraph | null = null;
  let pieces: string[] = [];
  let broken = false;
  const flush = () => {
    const tail = open?.children.at(-1);
    if (tail?.type === 'text' && pieces.length > 1) tail.value = pieces.join(' ');
  };
  for (const node of tree.children) {
    if (node.type === 'paragraph' && node.data?.boilerplate) {
      if (breaks.has(node)) broken = true;
      kept.push(node);
      continue;
    }
    const tail = open?.children.at(-1);
    const head = node.type === 'paragraph' && node.children.length === 1 ? node.children[0] : undefined;
    if (
      open && broken && tail?.type === 'text' && !tail.data?.boilerplate && /[\p{L}\p{N},;-]\s*$/u.test(pieces.at(-1) ?? '') &&
      head?.type === 'text' && !head.data?.boilerplate && (/^\s*\p{Ll}[\p{Ll}'’-]*[\s,;:.]/u.test(head.value) || cutAfterFunctionWord(pieces.at(-1) ?? ''))
    ) {
      pieces.push(head.value.trim());
      if (open.position && node.position) open.position.end = node.position.end;
    } else {
      flush();
      kept.push(node);
      open = node.type === 'paragraph' ? node : null;
      const last = open?.children.at(-1);
      pieces = last?.type === 'text' ? [last.value.trimEnd()] : [];
    }
    broken = false;
  }
  flush();
  tree.children = kept;
}
