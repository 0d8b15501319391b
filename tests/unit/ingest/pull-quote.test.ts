import { describe, expect, it } from 'vitest';
import { pullQuotes, quoteWords } from '../../../src/lib/ingest/pull-quote.ts';

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
