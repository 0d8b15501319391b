// The typo route: a word whose first letters are wrong lands in another shard, and is found through its signatures.
import { describe, expect, it } from 'vitest';
import type { Shard } from '../../../src/lib/search/data.ts';
import { articleOf } from '../../../src/lib/search/postings.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { rescueTypos } from '../../../src/lib/search/rescue.ts';
import { shardOf } from '../../../src/lib/search/shards.ts';
import { findUnits, shardsForQuery } from '../../../src/lib/search/units.ts';
import { textKeys } from '../../../src/lib/text/keys.ts';
import { countingSource, smallIndex } from './small-index.ts';
import { buildSearchIndex, type SearchIndex } from '../../../src/lib/search/build-index.ts';
import { memorySource } from '../../../src/lib/search/source.ts';
import { article } from '../present/make.ts';

describe('rescueTypos', () => {
  const index = smallIndex();
  const { boundaries } = index.manifest;
  const unitsOf = (raw: string) => {
    const query = parseQuery(raw, textKeys);
    const shards = new Map(shardsForQuery(query, boundaries).map((n) => [n, index.shards[n] as Shard]));
    return findUnits(query, boundaries, shards, textKeys);
  };

  it('finds Pompeo for "Kompeo" and "Ompeo", typed into other shards, and marks it approximate', async () => {
    const pompeo = textKeys('Pompeo')[0]?.key as string;
    for (const typed of ['Kompeo', 'Ompeo']) {
      expect(shardOf(boundaries, textKeys(typed)[0]?.key as string)).not.toBe(shardOf(boundaries, pompeo));
      const { source, fetched } = countingSource(index);
      const units = unitsOf(`${typed} `);
      await rescueTypos(source, index.manifest, units);
      expect(units[0]?.part.approximate, typed).toEqual([pompeo]);
      expect([...(units[0]?.records.keys() ?? [])].map(articleOf), typed).toEqual([0]);
      expect(fetched.some((f) => f.startsWith('typo')), typed).toBe(true);
    }
  });

  it('finds a word with two letters after the first swapped that lands in another shard ("Enovy" → envoy)', async () => {
    const envoy = textKeys('envoy')[0]?.key as string;
    expect(shardOf(boundaries, textKeys('Enovy')[0]?.key as string)).not.toBe(shardOf(boundaries, envoy));
    const units = unitsOf('Enovy ');
    await rescueTypos(countingSource(index).source, index.manifest, units);
    expect(units[0]?.part.approximate).toEqual([envoy]);
  });

  it('rescues two mistyped words of one query, each on its own', async () => {
    const units = unitsOf('Kompeo Wgypt ');
    await rescueTypos(countingSource(index).source, index.manifest, units);
    expect(units.map((u) => u.part.approximate)).toEqual([[textKeys('Pompeo')[0]?.key], [textKeys('Egypt')[0]?.key]]);
  });

  it('fetches nothing when every word matched', async () => {
    const { source, fetched } = countingSource(index);
    await rescueTypos(source, index.manifest, unitsOf('Pompeo Egypt '));
    expect(fetched).toEqual([]);
  });

  it('looks further when the own shard has only words two slips away, and the nearer word wins ("reivsed" → revised, not raised)', async () => {
    const far = JSON.parse(JSON.stringify(buildSearchIndex([
      article('b0', { paragraphs: ['Prices were raised again.'] }),
      article('b1', { paragraphs: ['The plan was revised twice.'] }),
    ], [], { shardBytes: 20 }))) as SearchIndex;
    const key = (w: string) => textKeys(w)[0]?.key as string;
    const bounds = far.manifest.boundaries;
    expect(shardOf(bounds, key('reivsed'))).toBe(shardOf(bounds, key('raised')));
    expect(shardOf(bounds, key('reivsed'))).not.toBe(shardOf(bounds, key('revised')));
    const query = parseQuery('reivsed ', textKeys);
    const units = findUnits(query, bounds, new Map(shardsForQuery(query, bounds).map((n) => [n, far.shards[n] as Shard])), textKeys);
    expect(units[0]?.part.approximate).toEqual([key('raised')]);
    await rescueTypos(memorySource(far), far.manifest, units);
    expect(units[0]?.part.approximate).toEqual([key('revised')]);
    expect([...(units[0]?.records.keys() ?? [])].map(articleOf)).toEqual([1]);
    expect([...((units[0]?.matcher.keys as Map<string, boolean>) ?? new Map()).keys()]).toEqual([key('revised')]);
  });
});
