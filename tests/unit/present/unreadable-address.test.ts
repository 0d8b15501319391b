import { describe, expect, it } from 'vitest';
import { UNREADABLE_QUERY, unreadableSideText } from '../../../src/lib/present/unreadable-address.ts';

describe('unreadable address wording', () => {
  it('says what could not be read, why, and what to do instead', () => {
    expect(UNREADABLE_QUERY).toBe('The search words could not be read: the page’s address was cut short or wrongly encoded. Type them in the box.');
    expect(unreadableSideText('B')).toBe('Article B could not be read: the page’s address was cut short or wrongly encoded. Name it again, then press Compare.');
  });
});
