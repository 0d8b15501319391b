// Quotations against labels (compare/quotes.ts): someone's words count, a nickname in quotation marks does not.
import { describe, expect, it } from 'vitest';
import { opensQuotation, quotations } from '../../../src/lib/compare/quotes.ts';

const inner = (text: string) => quotations(text).map((q) => q.inner);

describe('quotations', () => {
  it.each([
    ['“It’s not moving well,” a Saudi source said.', ['It’s not moving well,']],
    ['Gantz said the alliance was already “operative”.', ['operative']],
    ['She said threats might outweigh “trust issues” among Gulf states.', ['trust issues']],
    ['the so-called “Arab NATO” will meet', []],
    ['Oman played the crucial role of “mediator” in the talks.', []],
    ['so is the U.S. idea of the “Arab NATO.”', []],
  ])('%s', (text, expected) => {
    expect(inner(text)).toEqual(expected);
  });

  it('says when a quotation runs on into the next sentence', () => {
    expect(opensQuotation('“We are not trying to create some top-down structure.')).toBe(true);
    expect(opensQuotation('“Done,” she said.')).toBe(false);
  });
});
