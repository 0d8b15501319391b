// Issue #16 item 7: the A/B order must not read as a direction of copying.
import { describe, expect, it } from 'vitest';
import { orderText } from '../../../src/lib/present/pair-order-text.ts';

const dated = (published: string | null, from: 'text' | 'curated' | null = 'curated') => ({ published, published_from: published ? from : null });

describe('orderText', () => {
  it('without two different dates, says the order is by file name and that it tells nothing about who came first', () => {
    expect(orderText(dated(null), dated(null))).toBe('Neither text is dated, so A and B are simply in order of file name: nothing here says which came first, or which copied which.');
    expect(orderText(dated('2018-07-27', 'text'), dated(null))).toBe('Only A is dated, 27 July 2018 (from the article text), so A and B are simply in order of file name: which came first is not known.');
    expect(orderText(dated(null), dated('2018-07-27'))).toBe('Only B is dated, 27 July 2018 (curated metadata), so A and B are simply in order of file name: which came first is not known.');
    expect(orderText(dated('2018-07-27'), dated('2018-07-27'))).toBe('Both are dated 27 July 2018 (curated metadata), so A and B are simply in order of file name: which came first is not known.');
    // One date known two ways: each side says where its own came from.
    expect(orderText(dated('2018-07-27', 'text'), dated('2018-07-27'))).toBe('Both are dated 27 July 2018 (A from the article text, B curated metadata), so A and B are simply in order of file name: which came first is not known.');
  });

  it('with two different dates, says which came first and how each date is known', () => {
    expect(orderText(dated('2018-07-27', 'text'), dated('2018-07-28', 'curated'))).toBe('A was published first: A on 27 July 2018 (from the article text), B on 28 July 2018 (curated metadata).');
  });
});
