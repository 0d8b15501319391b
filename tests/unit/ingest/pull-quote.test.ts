import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { pullQuotes, quoteWords } from '../../../src/lib/ingest/pull-quote.ts';
import pullQuoteBlocks from '../../../src/lib/ingest/plugins/pull-quotes.ts';
import { runPlugins } from '../../support/ingest-tree.ts';

const SAID = 'Grell said the trains carried 11 passengers a night. "We cannot keep running empty trains at three in the morning," he said.';

describe('quoteWords', () => {
  it('keeps words and numbers, in lower case, without quotation marks or punctuation', () => {
    expect(quoteWords('“We cannot keep running empty trains,” he said.')).toBe('we cannot keep running empty trains he said');
  });
});

describe('pullQuotes', () => {
  it('finds a quoted block whose words the article already holds, in order', () => {
    expect(pullQuotes([SAID, '“We cannot keep running empty trains at three in the morning.”', 'Unions objected.'], [false, true, false])).toEqual([1]);
  });

  it('leaves a quotation the article does not repeat, a short one, and words of two paragraphs run together', () => {
    expect(pullQuotes([SAID, '“Nurses do not stop working because the spreadsheets say so.”'], [false, true])).toEqual([]);
    expect(pullQuotes([SAID, '“he said”'], [false, true])).toEqual([]);
    expect(pullQuotes(['Talks ended on Monday.', 'Both sides left the room.', 'Monday both sides left the room'], [false, false, true])).toEqual([]);
    // An article that is all quotation has nothing of its own to repeat.
    expect(pullQuotes([SAID], [true])).toEqual([]);
  });
});

describe('pull-quotes plugin', () => {
  it('marks the repeating block as page furniture and keeps the paragraph it repeats', () => {
    const p = (value: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] });
    const tree: Root = { type: 'root', children: [p(SAID), { type: 'blockquote', children: [p('We cannot keep running empty trains at three in the morning.')] }, p('Unions objected.')] };
    const run = runPlugins([pullQuoteBlocks], tree);
    expect(run.parsed.paragraphs).toEqual([SAID, 'Unions objected.']);
    expect(run.parsed.boilerplate.map((b) => b.kind)).toEqual(['other']);
  });
});
