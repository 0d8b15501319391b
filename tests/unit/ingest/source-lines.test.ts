// A plain-text block's source lines, and marking its leading and trailing ones.
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../../src/lib/ingest/formats/text.ts';
import { blockLines, markLines } from '../../../src/lib/ingest/source-lines.ts';
import { fullText, paragraph, textBlocks, unmarkedText, type TextBlock } from '../../../src/lib/ingest/tree.ts';

const text = 'Intro line one runs on\nand on to a second line.\n\nCODE ONE\nBody text starts here and goes\non for a while longer.\nCODE TWO\n\nThe council met again and\nvoted on the budget before\nit left.';

const blocksOf = (source: string) => textBlocks(parsePlainText(source));

describe('blockLines', () => {
  it('gives a hard-wrapped block its lines back', () => {
    const lines = source(text);
    expect(blockLines(blocksOf(text)[1] as TextBlock, lines)).toEqual(['CODE ONE', 'Body text starts here and goes', 'on for a while longer.', 'CODE TWO']);
  });

  it('gives the text as one line without a source or when the text differs', () => {
    const block = paragraph('A paragraph from markup.', { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } });
    expect(blockLines(block, null)).toEqual(['A paragraph from markup.']);
    expect(blockLines(block, ['Another text altogether.'])).toEqual(['A paragraph from markup.']);
  });
});

describe('markLines', () => {
  it('marks the leading and trailing lines and keeps the middle', () => {
    const block = blocksOf(text)[1] as TextBlock;
    const lines = blockLines(block, source(text));
    expect(markLines(block, lines, [true, false, false, true], 'other')).toEqual([0, 3]);
    expect(unmarkedText(block).trim()).toBe('Body text starts here and goes on for a while longer.');
    expect(fullText(block)).toBe(lines.join(' '));
  });

  it('marks a block whose every line is flagged whole, and leaves a line between prose', () => {
    const [first, , last] = blocksOf(text) as TextBlock[];
    markLines(first as TextBlock, blockLines(first as TextBlock, source(text)), [true, true], 'other');
    expect(first?.data?.boilerplate).toBe('other');
    const lines = blockLines(last as TextBlock, source(text));
    expect(markLines(last as TextBlock, lines, [false, true, false], 'other')).toEqual([]);
    expect(unmarkedText(last as TextBlock)).toBe('The council met again and voted on the budget before it left.');
  });
});

function source(value: string): string[] {
  return value.split('\n');
}
