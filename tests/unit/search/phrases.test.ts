// Phrase checks: candidates whose words are apart are dropped after reading their text.
import { describe, expect, it } from 'vitest';
import type { Shard } from '../../../src/lib/search/data.ts';
import { checkPhrases } from '../../../src/lib/search/phrases.ts';
import { articleOf } from '../../../src/lib/search/postings.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { findUnits, shardsForQuery } from '../../../src/lib/search/units.ts';
import { textKeys } from '../../../src/lib/text/keys.ts';
import { countingSource, smallIndex } from './small-index.ts';

describe('checkPhrases', () => {
  const index = smallIndex();
  const unitsOf = (raw: string) => {
    const query = parseQuery(raw, textKeys);
    const shards = new Map(shardsForQuery(query, index.manifest.boundaries).map((n) => [n, index.shards[n] as Shard]));
    return findUnits(query, index.manifest.boundaries, shards, textKeys);
  };

  it('keeps the article where the words follow each other, drops the one where they are apart', async () => {
    const { source, fetched } = countingSource(index);
    const units = unitsOf('"nuclear deal"');
    expect(await checkPhrases(source, units, textKeys)).toEqual({ read: 2, unread: 0 });
    expect([...(units[0]?.records.keys() ?? [])].map(articleOf)).toEqual([2]);
    expect(fetched.sort()).toEqual(['doc 2', 'doc 3']);
  });

  it('reads nothing for a query without a phrase', async () => {
    const { source, fetched } = countingSource(index);
    expect((await checkPhrases(source, unitsOf('nuclear deal'), textKeys)).unread).toBe(0);
    expect(fetched).toEqual([]);
  });
});
