import { describe, expect, it } from 'vitest';
import { endsLikeSentence, paragraphSpans } from '../../../src/lib/ingest/paragraphs.ts';

describe('paragraphSpans', () => {
  it('takes each line as a paragraph when lines are not hard-wrapped, with 1-based places', () => {
    expect(paragraphSpans('Title line\n\n  First paragraph.\nSecond paragraph.')).toEqual([
      { text: 'Title line', line: 1, endLine: 1, column: 1 },
      { text: 'First paragraph.', line: 3, endLine: 3, column: 3 },
      { text: 'Second paragraph.', line: 4, endLine: 4, column: 1 },
    ]);
  });

  it('joins hard-wrapped lines within blank-line blocks', () => {
    const text = ['The ministry said on', 'Monday that the talks', 'would resume.', '', 'Officials gave no', 'date for the next', 'round of talks.'].join('\n');
    expect(paragraphSpans(text)).toEqual([
      { text: 'The ministry said on Monday that the talks would resume.', line: 1, endLine: 3, column: 1 },
      { text: 'Officials gave no date for the next round of talks.', line: 5, endLine: 7, column: 1 },
    ]);
  });

  it('does not join lines when most of them are long (one paragraph per line)', () => {
    const long = 'x'.repeat(120);
    const text = [long, long, long, '', long, long, long].join('\n');
    expect(paragraphSpans(text)).toHaveLength(6);
  });

  it('offsets line numbers and keeps inner runs of spaces', () => {
    expect(paragraphSpans('A  b', 10)).toEqual([{ text: 'A  b', line: 10, endLine: 10, column: 1 }]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(paragraphSpans('')).toEqual([]);
    expect(paragraphSpans(' \n\t\n')).toEqual([]);
  });
});

describe('endsLikeSentence', () => {
  it('is true after closing punctuation, also inside closing quotes or brackets', () => {
    expect(endsLikeSentence('It rained.')).toBe(true);
    expect(endsLikeSentence('Did it rain?  ')).toBe(true);
    expect(endsLikeSentence('“It rained!”')).toBe(true);
    expect(endsLikeSentence('(It rained…)')).toBe(true);
    expect(endsLikeSentence('It rained')).toBe(false);
    expect(endsLikeSentence('It rained:')).toBe(false);
    expect(endsLikeSentence('')).toBe(false);
  });
});
