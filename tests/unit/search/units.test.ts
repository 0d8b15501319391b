// Finding what each part of a query matches in fetched shards: terms by any alias, exact words, word starts, typos,
// and words routed to different shards.
import { describe, expect, it } from 'vitest';
import type { Shard } from '../../../src/lib/search/data.ts';
import { articleOf } from '../../../src/lib/search/postings.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { QUALITY } from '../../../src/lib/search/records.ts';
import { shardOf } from '../../../src/lib/search/shards.ts';
import { findUnits, shardsForQuery } from '../../../src/lib/search/units.ts';
import { textKeys } from '../../../src/lib/text/keys.ts';
import { smallIndex } from './small-index.ts';

const index = smallIndex();
const { boundaries } = index.manifest;
/** The units of a query, with every shard it routes to fetched. */
function unitsOf(raw: string) {
  const query = parseQuery(raw, textKeys);
  const shards = new Map(shardsForQuery(query, boundaries).map((n) => [n, index.shards[n] as Shard]));
  return findUnits(query, boundaries, shards, textKeys);
}
const articlesOf = (records: ReadonlyMap<number, number>) => [...new Set([...records.keys()].map(articleOf))].sort();

describe('shardsForQuery', () => {
  it('routes two words to their own shards, and a word being typed to every shard its start may reach', () => {
    const [egypt, pompeo] = ['Egypt', 'Pompeo'].map((w) => shardOf(boundaries, textKeys(w)[0]?.key as string));
    expect(egypt).not.toBe(pompeo);
    expect(shardsForQuery(parseQuery('Egypt Pompeo ', textKeys), boundaries)).toEqual([egypt, pompeo].sort((a, b) => (a as number) - (b as number)));
    expect(shardsForQuery(parseQuery('Pom', textKeys), boundaries)).toContain(pompeo);
  });
});

describe('findUnits', () => {
  it('finds each word of a multi-word query in its own shard', () => {
    const units = unitsOf('Egypt Pompeo ');
    expect(units.map((u) => u.part.kind)).toEqual(['word', 'word']);
    expect(articlesOf(units[0]?.records as Map<number, number>)).toEqual([0, 1]);
    expect(articlesOf(units[1]?.records as Map<number, number>)).toEqual([0]);
  });

  it('finds a term by any of its names, the name typed ranking first', () => {
    const [unit] = unitsOf('Arab NATO ');
    expect(unit?.part).toMatchObject({ kind: 'term', term: { slug: 'mesa', alias: 'Arab NATO' } });
    // a1 names it twice: as typed (¶1) and by another name (¶2).
    expect([...(unit?.records as Map<number, number>).values()].sort()).toEqual([QUALITY.exact, QUALITY.otherAlias]);
  });

  it('lets the word being typed match longer words it starts, and only that word', () => {
    expect(articlesOf(unitsOf('Sanct')[0]?.records as Map<number, number>)).toEqual([2, 3]);
    expect(unitsOf('Sanct ')[0]?.records.size).toBe(0);
  });

  it('forgives a typo within the shard and says what it found instead ("Pompoe" → Pompeo)', () => {
    const [unit] = unitsOf('Pompoe ');
    expect(unit?.part.approximate).toEqual([textKeys('Pompeo')[0]?.key]);
    expect(articlesOf(unit?.records as Map<number, number>)).toEqual([0]);
    expect(unit?.matcher.keys?.get(textKeys('Pompeo')[0]?.key as string)).toBe(true);
    expect(unit?.rescue).toBeNull();
  });

  it('leaves a word matching nothing in its shard for the typo route', () => {
    const [unit] = unitsOf('Zanzibarx ');
    expect(unit?.records.size).toBe(0);
    expect(unit?.rescue?.word).toBe('Zanzibarx');
  });

  it('finds a phrase\'s candidates: records holding all its words, in a row or not', () => {
    const phrase = unitsOf('"nuclear deal"').find((u) => u.part.kind === 'phrase');
    expect(phrase?.phrase?.keys).toEqual(textKeys('nuclear deal').map((w) => w.key));
    expect(articlesOf(phrase?.records as Map<number, number>)).toEqual([2, 3]);
  });
});
