// Detector: credit lines at the end of the body (licence, author bio, "contributed to this report"), as whole
// paragraphs or glued to the last paragraph after two spaces.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { classifyCredit, copyrightNotice, noteCredit, partnerNamed } from '../credits.ts';
import { debrisKind, secondHalf } from '../debris.ts';
import { splitSentences } from '../sentences.ts';
import { bodyBlocks, collapse, fullText, markBlock, markSuffix, textBlocks, unmarkedText, type ArticleFileData } from '../tree.ts';

/** How many trailing paragraphs are searched for credit lines. */
const CREDIT_SEARCH = 4;

/**
 * Where trailing credit segments start in a paragraph: a bio or licence often sits on the article's last line after
 * two spaces, so segments are peeled from the end while they read as credits. Returns the segments' start offsets.
 */
export function creditSegments(paragraph: string): number[] {
  const starts = [...paragraph.matchAll(/(?<=[.!?”"])\s{2,}(?=\S)/g)].map((m) => m.index + m[0].length);
  const found: number[] = [];
  let end = paragraph.length;
  for (const start of starts.reverse()) {
    if (!classifyCredit(paragraph.slice(start, end))) break;
    found.unshift(start);
    end = start;
  }
  return found;
}

/** Marks credit lines and states the licence, the outlet named by it and the author named by a bio. */
export default function credits() {
  return (tree: Root, file: VFile) => {
    const meta = (file.data as unknown as ArticleFileData).meta;
    const blocks = bodyBlocks(tree);
    const note = (line: string) => {
      const credit = classifyCredit(line);
      noteCredit(meta, credit);
      return credit;
    };
    const found: string[] = [];
    // A copyright line in the second half ends the article: what follows it (bios, lists, the footer) is the page's.
    const texts = blocks.map(unmarkedText);
    const half = secondHalf(texts);
    const end = texts.findLastIndex((t, i) => i >= half && copyrightNotice(t) !== null);
    if (end >= 0) {
      for (let i = blocks.length - 1; i > end; i--) {
        const credit = note(texts[i] as string);
        markBlock(blocks[i] as (typeof blocks)[number], credit?.kind ?? debrisKind(texts[i] as string) ?? 'related');
      }
      blocks.length = end + 1;
      // The notice is a paragraph of its own when its first sentence is one ("Copyright 2024 AP. All rights reserved. …").
      const notice = texts[end] as string;
      if (classifyCredit(splitSentences(collapse(notice))[0] ?? '')?.kind === 'license') {
        markBlock(blocks[end] as (typeof blocks)[number], 'license');
        found.push(notice);
        blocks.length = end;
      }
    }
    for (let i = blocks.length - 1; i >= Math.max(0, blocks.length - CREDIT_SEARCH); i--) {
      const block = blocks[i] as (typeof blocks)[number];
      const text = unmarkedText(block);
      // A rule drawn in text ("___", "* * *") between the article and its credits.
      if (/^[\p{P}\p{S}\s]+$/u.test(text)) {
        markBlock(block, 'other');
        continue;
      }
      const starts = creditSegments(text);
      // A whole paragraph is a credit only when it is short: a licence sentence glued to prose is peeled instead.
      if (starts.length === 0) {
        // The cheap word-count test in classifyCredit goes first, so a long paragraph is not segmented for nothing.
        const credit = classifyCredit(text);
        // A bio's further sentences were each read as going on about its person, so only other credits are counted; a
        // line that opens as a credit ("Photos by …. Want to help? Email …") may say a little more than a licence
        // found anywhere in it, which is peeled from prose instead.
        const most = credit?.kind === 'credit' ? 3 : 2;
        if (!credit || (credit.kind !== 'author-bio' && splitSentences(collapse(text)).length > most)) break;
        // Never the text's first paragraph left whole: a text of one line that reads as a credit is that line, not nothing.
        if (i === 0) break;
        markBlock(block, credit.kind);
        found.unshift(text);
        continue;
      }
      const ends = [...starts.slice(1), text.length];
      for (let k = starts.length - 1; k >= 0; k--) {
        const segment = text.slice(starts[k], ends[k]);
        markSuffix(block, starts[k] as number, (classifyCredit(segment) as { kind: 'license' }).kind);
        found.unshift(segment);
      }
      break;
    }
    // The last credit in the file is read first, so a closing licence line names the licence.
    [...found].reverse().forEach(note);
    // A newsroom in the byline ("By Dana Whitcomb, High Plains Current") that the credits name as the partner or
    // first publisher ("In partnership with High Plains Current") is not one of the writers.
    if (meta.author) {
      const credited = textBlocks(tree).filter((b) => b.data?.boilerplate === 'credit').map(fullText);
      const writers = meta.author.split(/\s*,\s*/).filter((name) => !partnerNamed(name, credited));
      if (writers.length > 0) meta.author = writers.join(', ');
    }
  };
}
