import { describe, expect, it } from 'vitest';
import { detectHead, isCrosshead, isHeadingLike } from '../../../src/lib/ingest/head.ts';

describe('isHeadingLike', () => {
  it('is true for a short line without closing punctuation', () => {
    expect(isHeadingLike('Port workers vote to end strike')).toBe(true);
    expect(isHeadingLike('Port workers vote to end strike.')).toBe(false);
    expect(isHeadingLike('“We will not accept this,” he said?')).toBe(false);
    expect(isHeadingLike('What the minister said:')).toBe(false);
  });

  it('is false past the word limit', () => {
    expect(isHeadingLike('word '.repeat(30).trim())).toBe(true);
    expect(isHeadingLike('word '.repeat(31).trim())).toBe(false);
    expect(isHeadingLike('a b c d e', 4)).toBe(false);
  });
});

describe('detectHead', () => {
  it('reads title and standfirst before the first line of prose', () => {
    expect(detectHead(['Port workers vote to end strike', 'The ten-day stoppage cost millions', 'Dock workers voted on Friday.'])).toEqual({
      caption: null,
      title: 'Port workers vote to end strike',
      standfirst: ['The ten-day stoppage cost millions'],
      bodyStart: 2,
    });
  });

  it('takes a very short first line before a longer one for a photo caption', () => {
    expect(detectHead(['Amira Saleh', 'Port workers vote to end strike', 'Dock workers voted on Friday.'])).toEqual({
      caption: 'Amira Saleh',
      title: 'Port workers vote to end strike',
      standfirst: [],
      bodyStart: 2,
    });
  });

  it('has no title when the file starts with prose, and no lines for empty input', () => {
    expect(detectHead(['Dock workers voted on Friday.', 'Short line'])).toEqual({ caption: null, title: null, standfirst: [], bodyStart: 0 });
    expect(detectHead([])).toEqual({ caption: null, title: null, standfirst: [], bodyStart: 0 });
  });

  it('counts every line as head when none is prose (the caller refuses such a file)', () => {
    expect(detectHead(['Only a headline']).bodyStart).toBe(1);
  });

  it('lets the caller say which lines are headings', () => {
    const lines = ['A heading that ends with a stop.', 'Prose.'];
    expect(detectHead(lines, (i) => i === 0)).toMatchObject({ title: 'A heading that ends with a stop.', bodyStart: 1 });
  });
});

describe('isCrosshead', () => {
  it('is a short capitalised line without closing punctuation', () => {
    expect(isCrosshead('Trust Issues')).toBe(true);
    expect(isCrosshead('Économie en crise')).toBe(true);
    expect(isCrosshead('trust issues')).toBe(false);
    expect(isCrosshead('Trust issues remain.')).toBe(false);
    expect(isCrosshead('What comes next:')).toBe(false);
    expect(isCrosshead('One two three four five six seven')).toBe(false);
  });
});
