// Detector: what an e-mail client put around a story that was forwarded or pasted from a message (envelope.ts): the
// forwarding marker and header lines above it, and the sender's signature after a "--" line at its end.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { classifyCredit, copyrightNotice, noteCredit } from '../credits.ts';
import { secondHalf } from '../debris.ts';
import { envelopeBlock, envelopeLine, signatureDelimiter } from '../envelope.ts';
import { isProse } from '../paragraphs.ts';
import { blockLines } from '../source-lines.ts';
import { bodyBlocks, markBlock, unmarkedText, type ArticleFileData } from '../tree.ts';
import { countWords } from '../../text/words.ts';

/** How many leading blocks may hold envelopes (a message forwarded twice has two). */
const ENVELOPE_SEARCH = 8;
/** Most words of a signature after its "--" line: a name, a service's line and its terms, not a section of the story. */
const MAX_SIGNATURE_WORDS = 100;

/** Marks envelope blocks above the first line of prose, and after one a signature in the second half, as `other`. */
export default function envelope() {
  return (tree: Root, file: VFile) => {
    const meta = (file.data as unknown as ArticleFileData).meta;
    const source = typeof file.value === 'string' ? file.value.split('\n') : null;
    const blocks = bodyBlocks(tree);
    const texts = blocks.map(unmarkedText);
    // Consecutive blocks of envelope lines are read together: text with one line per paragraph gives each header its own.
    let group: { blocks: typeof blocks; lines: string[] } = { blocks: [], lines: [] };
    let mailed = false;
    const close = () => {
      if (envelopeBlock(group.lines)) {
        for (const block of group.blocks) markBlock(block, 'other');
        mailed = true;
      }
      group = { blocks: [], lines: [] };
    };
    for (let i = 0; i < Math.min(blocks.length, ENVELOPE_SEARCH) && !isProse(texts[i] as string); i++) {
      const block = blocks[i] as (typeof blocks)[number];
      const lines = blockLines(block, source);
      if (!lines.every(envelopeLine)) {
        close();
        continue;
      }
      group.blocks.push(block);
      group.lines.push(...lines);
    }
    close();
    // A "--" line is a signature's only in a message: in an article it may be a section break before its last lines.
    if (!mailed) return;
    const half = secondHalf(texts);
    const start = blocks.findIndex((b, i) => i >= half && signatureDelimiter(blockLines(b, source)[0] ?? ''));
    if (start < 0 || texts.slice(start).reduce((n, t) => n + countWords(t), 0) > MAX_SIGNATURE_WORDS) return;
    for (let i = start; i < blocks.length; i++) {
      const notice = copyrightNotice(texts[i] as string);
      if (notice) noteCredit(meta, notice);
      markBlock(blocks[i] as (typeof blocks)[number], (notice ?? classifyCredit(texts[i] as string))?.kind ?? 'other');
    }
  };
}
