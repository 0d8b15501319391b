import { describe, expect, it } from 'vitest';
import { straightQuotes } from '../../../src/lib/text/quote-marks.ts';

describe('straightQuotes', () => {
  it('writes curly, low and prime quotation marks and apostrophes straight, and nothing else', () => {
    expect(straightQuotes('“A citizen’s body,” he said, „nein‟ and ‚ja‛ at 5′ 11″ — «non»')).toBe('"A citizen\'s body," he said, "nein" and \'ja\' at 5\' 11" — «non»');
  });
});
