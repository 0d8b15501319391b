// Detector: the codes a news agency's system sends around a story (wire-codes.ts), in any format: the start code,
// take-number, slug and time-stamp lines over each take, "(MORE)" between takes, and after an end marker ("END",
// "NNNN") the agency's time code, index line and whatever the forwarding service appends. Run first, so the head
// rules see the headline as the first line.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { copyrightNotice, noteCredit, classifyCredit } from '../credits.ts';
import { writtenDate } from '../dates.ts';
import { secondHalf } from '../debris.ts';
import { blockLines, markLines } from '../source-lines.ts';
import { bodyBlocks, markBlock, unmarkedText, type ArticleFileData } from '../tree.ts';
import { advisoryNote, endOfCopy, endOfStory, filingHeaderLength, pointerNote, relatedItems, wireLine, wireTimeCode, type WireLine } from '../wire-codes.ts';

/** An index label and its value ("Keywords: …", "Slug: …"), as wireLine reads a header. */
const CODE_LABEL_LINE = /^\p{L}+\s*:\s*\S/u;
import { offerDate } from './fallback-date.ts';

/**
 * Marks runs of wire lines holding at least one code (a slug line in capitals alone may be a headline), across
 * block boundaries, and everything from an end marker in the second half on. Offers the date of the agency's time
 * code, or of a time stamp among the codes, as the publication date.
 */
export default function wireCodes() {
  return (tree: Root, file: VFile) => {
    const meta = (file.data as unknown as ArticleFileData).meta;
    const source = typeof file.value === 'string' ? file.value.split('\n') : null;
    const blocks = bodyBlocks(tree);
    const texts = blocks.map(unmarkedText);
    const lines = blocks.map((b) => blockLines(b, source));
    const kinds: WireLine[][] = lines.map((ls) => ls.map(wireLine));
    // Runs of wire lines in reading order, a run going on from one block's last lines into the next block's first.
    const flagged = kinds.map((ks) => ks.map(() => false));
    let run: [number, number][] = [];
    const close = () => {
      if (run.some(([b, l]) => kinds[b]?.[l] === 'code')) for (const [b, l] of run) (flagged[b] as boolean[])[l] = true;
      run = [];
    };
    kinds.forEach((ks, b) => ks.forEach((kind, l) => (kind ? run.push([b, l]) : close())));
    close();
    // A reporter's filing header over the copy ("SLUG: …", "FOR: …", "WORDS: …") goes with it as a wire's codes do.
    const places = lines.flatMap((ls, b) => ls.map((_, l) => [b, l] as const));
    const filed = filingHeaderLength(places.map(([b, l]) => (lines[b] as string[])[l] as string));
    for (const [b, l] of places.slice(0, filed)) (flagged[b] as boolean[])[l] = true;
    const coded: string[] = [];
    const stamped: string[] = [];
    blocks.forEach((block, b) => {
      if (!flagged[b]?.some(Boolean)) return;
      for (const l of markLines(block, lines[b] as string[], flagged[b] as boolean[], 'other')) {
        const line = (lines[b] as string[])[l] as string;
        const code = wireTimeCode(line);
        const stamp = kinds[b]?.[l] === 'header' ? writtenDate(line) : null;
        if (code) coded.push(code);
        else if (stamp) stamped.push(stamp);
      }
    });
    // A wire's bracketed notes (what a version changed, a pointer to another item) and its lists of related items,
    // which no reporter writes as the story.
    blocks.forEach((block, b) => {
      const text = texts[b] as string;
      if (advisoryNote(text)) markBlock(block, 'other');
      else if (pointerNote(text) || relatedItems(text)) markBlock(block, 'related');
    });
    // In wire copy, an index label standing alone ("Keywords: CHILE-COPPER/STRIKE") is the service's too.
    if (flagged.some((f) => f.some(Boolean))) {
      blocks.forEach((block, b) => {
        if ((lines[b] as string[]).length === 1 && kinds[b]?.[0] === 'header' && CODE_LABEL_LINE.test(texts[b] as string)) markBlock(block, 'other');
      });
    }
    // The agency's time code is the surest date; a time stamp among the codes counts only when it reads one way
    // ("11/06/2024" could be either day, and gives none).
    const date = coded[0] ?? stamped[0];
    if (date) offerDate(file, date);
    // What follows the end marker is the service's: its index line, footer and licence.
    const half = secondHalf(texts);
    const end = texts.findIndex((t, i) => i >= half && endOfStory(t));
    // An end marker cuts the rest only in copy that carries other codes before it: a lone "END" between paragraphs
    // may close a section of the article, whose paragraphs after it are the article's. One that names the article's
    // end between rules, as a pasted copy is closed, cuts it anywhere.
    if (end < 0 || (!flagged.slice(0, end).some((f) => f.some(Boolean)) && !endOfCopy(texts[end] as string))) return;
    markBlock(blocks[end] as (typeof blocks)[number], 'other');
    for (let i = end + 1; i < blocks.length; i++) {
      const text = texts[i] as string;
      const notice = copyrightNotice(text);
      if (notice) noteCredit(meta, notice);
      const credit = notice ?? classifyCredit(text);
      markBlock(blocks[i] as (typeof blocks)[number], credit?.kind ?? 'other');
    }
  };
}
