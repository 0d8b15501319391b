// Postings: record ids round-trip through the compact delta coding, whatever the articles and paragraphs.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { articleOf, decodePostings, encodePostings, paragraphOf, recordId } from '../../../src/lib/search/postings.ts';

describe('postings', () => {
  it('numbers records by article, then paragraph', () => {
    expect(recordId(3, 7)).toBeGreaterThan(recordId(3, 6));
    expect(recordId(4, 0)).toBeGreaterThan(recordId(3, 60_000));
    expect([articleOf(recordId(12, 34)), paragraphOf(recordId(12, 34))]).toEqual([12, 34]);
  });

  it('encodes article gaps, paragraph counts and paragraph gaps', () => {
    expect(encodePostings([recordId(0, 1), recordId(0, 4), recordId(2, 0), recordId(5, 3)])).toEqual([0, 2, 1, 3, 2, 1, 0, 3, 1, 3]);
    expect(encodePostings([])).toEqual([]);
  });

  it('decodes what it encodes, for any sorted set of records', () => {
    const records = fc.uniqueArray(fc.tuple(fc.nat(5000), fc.nat(400)), { maxLength: 300 }).map((pairs) =>
      [...new Set(pairs.map(([a, p]) => recordId(a, p)))].sort((x, y) => x - y),
    );
    fc.assert(fc.property(records, (list) => {
      expect(decodePostings(encodePostings(list))).toEqual(list);
    }));
  });

  it('refuses a truncated list rather than guessing', () => {
    expect(() => decodePostings([0, 3, 1])).toThrow(/truncated/);
  });
});
