// Paragraph numbers: only text paragraphs are numbered; a crosshead takes the number of the paragraph it heads.
import { describe, expect, it } from 'vitest';
import { numberedParagraphCount, paragraphNumbers } from '../../../src/lib/corpus/numbering.ts';

describe('paragraphNumbers', () => {
  it('numbers text paragraphs 1, 2, … and gives a crosshead the next paragraph’s number', () => {
    const article = { paragraphs: ['Heading', 'One.', 'Two.', 'Cross', 'Three.'], headings: [0, 3] };
    expect(paragraphNumbers(article)).toEqual([1, 1, 2, 3, 3]);
    expect(numberedParagraphCount(article)).toBe(3);
  });

  it('numbers every paragraph of an article without crossheads', () => {
    const article = { paragraphs: ['One.', 'Two.'], headings: [] };
    expect(paragraphNumbers(article)).toEqual([1, 2]);
    expect(numberedParagraphCount(article)).toBe(2);
  });
});
