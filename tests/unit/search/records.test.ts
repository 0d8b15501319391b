// Records with qualities: the best quality per record wins, and a shard's postings are decoded once per key.
import { describe, expect, it } from 'vitest';
import { encodePostings, recordId } from '../../../src/lib/search/postings.ts';
import { addRecords, QUALITY, recordSet, recordsOf, termRecords } from '../../../src/lib/search/records.ts';

describe('addRecords', () => {
  it('keeps the best (lowest) quality of each record', () => {
    const into = new Map<number, number>();
    addRecords(into, [1, 2], QUALITY.approximate);
    addRecords(into, [2, 3], QUALITY.exact);
    addRecords(into, [3], QUALITY.wordStart);
    expect([...into].sort((a, b) => a[0] - b[0])).toEqual([[1, QUALITY.approximate], [2, QUALITY.exact], [3, QUALITY.exact]]);
  });

  it('ranks exact before word start, alias and approximate', () => {
    expect([QUALITY.exact, QUALITY.wordStart, QUALITY.otherAlias, QUALITY.approximate]).toEqual([...Object.values(QUALITY)].sort((a, b) => a - b));
  });
});

describe('recordsOf', () => {
  const records = [recordId(0, 1), recordId(0, 3), recordId(4, 0)];
  const shard = { keys: ['alpha', 'beta'], postings: [encodePostings(records), encodePostings([recordId(1, 2)])], forms: ['', ''], terms: [] };

  it('decodes the records of a key, and finds none for a key the shard lacks', () => {
    expect(recordsOf(shard, 'alpha')).toEqual(records);
    expect(recordsOf(shard, 'beta')).toEqual([recordId(1, 2)]);
    expect(recordsOf(shard, 'gamma')).toEqual([]);
  });

  it('decodes each key once per shard', () => {
    expect(recordsOf(shard, 'alpha')).toBe(recordsOf(shard, 'alpha'));
  });
});

describe('termRecords and recordSet', () => {
  it('decodes a term’s records once, and makes one set per list', () => {
    const list = [recordId(2, 0), recordId(2, 5), recordId(7, 1)];
    const term = { slug: 'mesa', name: 'MESA', aliases: ['MESA'], postings: encodePostings(list) };
    expect(termRecords(term)).toEqual(list);
    expect(termRecords(term)).toBe(termRecords(term));
    expect([...recordSet(list)]).toEqual(list);
    expect(recordSet(list)).toBe(recordSet(list));
    expect(recordSet([...list])).not.toBe(recordSet(list));
  });
});
