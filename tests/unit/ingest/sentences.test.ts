import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/lib/ingest/sentences.ts';

describe('splitSentences', () => {
  it('splits a paragraph into sentences, keeping "U.S." and titles inside theirs', () => {
    expect(splitSentences('Gen. Smith met U.S. Treasury officials. They agreed.')).toEqual(['Gen. Smith met U.S. Treasury officials.', 'They agreed.']);
  });

  it('collapses white space, so joining with single spaces gives the paragraph back', () => {
    const paragraph = '  It rained.\tThen\u00a0it  stopped.  ';
    const sentences = splitSentences(paragraph);
    expect(sentences).toEqual(['It rained.', 'Then it stopped.']);
    expect(sentences.join(' ')).toBe(paragraph.replace(/\s+/g, ' ').trim());
  });

  it('takes lines that all lack a sentence end as one sentence each', () => {
    expect(splitSentences('Port strike ends\nOil prices climb\r\nTalks resume')).toEqual(['Port strike ends', 'Oil prices climb', 'Talks resume']);
  });

  it('joins lines into one paragraph when any of them ends a sentence', () => {
    expect(splitSentences('Dock workers voted\non Friday. The strike\nends.')).toEqual(['Dock workers voted on Friday.', 'The strike ends.']);
  });

  it('gives nothing for empty or blank text, and keeps text in other scripts', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n ')).toEqual([]);
    expect(splitSentences('هل انتهى؟ نعم.')).toEqual(['هل انتهى؟', 'نعم.']);
  });
});
