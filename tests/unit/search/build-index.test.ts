// Building the sharded index: postings per key, term mentions per term, shards by key range, one document per article.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, termAliases } from '../../../src/lib/search/build-index.ts';
import { decodePostings, recordId } from '../../../src/lib/search/postings.ts';
import { shardOf } from '../../../src/lib/search/shards.ts';
import type { Shard } from '../../../src/lib/search/data.ts';
import { keysUnder, type TypoShard } from '../../../src/lib/search/typo-route.ts';
import { textKeys } from '../../../src/lib/text/keys.ts';
import { article } from '../present/make.ts';

const articles = [
  article('a', { title: 'Gulf pact', outlet: 'Tasnim', paragraphs: ['The Arab NATO plan.', 'Egypt and Jordan joined.'] }),
  article('b', { title: 'Other news', paragraphs: ['MESA met in Riyadh.', 'Nothing on Egypt.', 'The defence pact.'] }),
];
const terms = [{ slug: 'mesa', name: 'MESA', aliases: ['MESA', 'Arab NATO', 'Middle East Strategic Alliance'] }];
const key = (w: string) => textKeys(w)[0]?.key as string;
const postingsOf = (shards: Shard[], boundaries: string[], k: string) => {
  const shard = shards[shardOf(boundaries, k)] as Shard;
  const at = shard.keys.indexOf(k);
  return at < 0 ? [] : decodePostings(shard.postings[at] as number[]);
};

describe('buildSearchIndex', () => {
  const index = buildSearchIndex(articles, terms);

  it('lists the records holding each key, the about line as paragraph 0', () => {
    const { shards, manifest } = index;
    expect(postingsOf(shards, manifest.boundaries, key('Egypt'))).toEqual([recordId(0, 2), recordId(1, 2)]);
    expect(postingsOf(shards, manifest.boundaries, key('Tasnim'))).toEqual([recordId(0, 0)]);
    expect(postingsOf(shards, manifest.boundaries, key('defense'))).toEqual([recordId(1, 3)]);
  });

  it('lists every record mentioning a term by any alias, in the shard of each alias’s first key', () => {
    const { shards, manifest } = index;
    for (const first of ['MESA', 'Arab', 'Middle']) {
      const entry = (shards[shardOf(manifest.boundaries, key(first))] as Shard).terms.find((t) => t.slug === 'mesa');
      expect(entry?.aliases, first).toEqual(termAliases(terms[0] as (typeof terms)[0]));
      expect(decodePostings(entry?.postings ?? [])).toEqual([recordId(0, 1), recordId(1, 1)]);
    }
  });

  it('writes one document per article and a manifest that names the build', () => {
    expect(index.documents.map((d) => d.id)).toEqual(['a', 'b']);
    expect(index.manifest.articles).toBe(2);
    expect(buildSearchIndex(articles, terms).manifest.version).toBe(index.manifest.version);
    expect(buildSearchIndex(articles.slice(0, 1), terms).manifest.version).not.toBe(index.manifest.version);
  });

  it('numbers a variant group’s versions side by side, each group in one pack, singles alone', () => {
    const four = [...articles, article('c', { paragraphs: ['Egypt left.'] }), article('d', { paragraphs: ['Egypt left MESA.'] })];
    const grouped = buildSearchIndex(four, terms, { groups: [['a', 'd']] });
    expect(grouped.documents.map((d) => d.id)).toEqual(['a', 'd', 'b', 'c']);
    expect(grouped.manifest.packs).toEqual([2, 1, 1]);
    expect(postingsOf(grouped.shards, grouped.manifest.boundaries, key('left'))).toEqual([recordId(1, 1), recordId(3, 1)]);
    expect(grouped.manifest.version).not.toBe(buildSearchIndex(four, terms).manifest.version);
    expect(buildSearchIndex(four, terms).manifest.packs).toEqual([1, 1, 1, 1]);
  });

  it('cuts more shards when they must be smaller, each key in the shard its range routes to', () => {
    const small = buildSearchIndex(articles, terms, { shardBytes: 20 });
    expect(small.shards.length).toBeGreaterThan(index.shards.length);
    small.shards.forEach((shard, n) => {
      for (const k of shard.keys) expect(shardOf(small.manifest.boundaries, k)).toBe(n);
    });
  });

  it('uses the word rules it is given', () => {
    const upper = buildSearchIndex(articles, terms, { keyText: (t) => textKeys(t).map((w) => ({ ...w, key: w.key.toUpperCase() })) });
    expect(upper.shards.flatMap((s) => s.keys).every((k) => k === k.toUpperCase())).toBe(true);
  });

  it('lists each key under the typo signatures of itself and its written forms, in typo shards', () => {
    const { typoShards, manifest } = index;
    const under = (signature: string) => keysUnder(typoShards[shardOf(manifest.typoBoundaries, signature)] as TypoShard, signature);
    expect(under('gypt')).toContain(key('Egypt'));
    expect(under('riyadh')).toContain(key('Riyadh'));
    expect(under('efence')).toContain(key('defence')); // from the written form "defence"
    expect(under('zzzz')).toEqual([]);
  });

  it('writes the forms of a key as written, and the key among them only when a text writes it so', () => {
    const written = buildSearchIndex([article('c', { paragraphs: ['The operator and the operation.', 'One unit, the united front.', 'Jordan.'] })], []);
    const formsOf = (w: string) => {
      const shard = written.shards[shardOf(written.manifest.boundaries, key(w))] as Shard;
      return shard.forms[shard.keys.indexOf(key(w))];
    };
    // "oper" is a stem no text writes; "unit" is a word as well as the stem of "united".
    expect(formsOf('operator')).toBe('operation operator');
    expect(formsOf('unit')).toBe('unit united');
    // A word written only as its key has no forms.
    expect(formsOf('front')).toBe('');
  });

  it('names a term by its name too', () => {
    expect(termAliases({ slug: 'x', name: 'Xylo', aliases: ['XY'] })).toEqual(['Xylo', 'XY']);
  });
});
