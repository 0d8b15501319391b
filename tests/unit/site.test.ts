// The site's data from a corpus: lookups over a given comparison (the engine itself is tested in compare/).
import { describe, expect, it } from 'vitest';
import type { Alignment } from '../../src/lib/compare/types.ts';
import { buildSite } from '../../src/lib/site.ts';
import { article, pair } from './present/make.ts';

const articles = [
  article('c', { published: '2024-01-03' }),
  article('a', { published: '2024-01-01', paragraphs: ['The Middle East Strategic Alliance (MESA) met.'], sentences: [['The Middle East Strategic Alliance (MESA) met.']] }),
  article('b', { published: '2024-01-02' }),
  article('d'),
];
const alignment = { left: 'a', right: 'b', rows: [], changes: [], stats: {} } as unknown as Alignment;
const comparison = {
  pairs: [pair('a', 'b', 0.8, true, 5), pair('a', 'c', 0.7, true), pair('b', 'd', 0.1, false, 2), pair('c', 'd', 0.1, false, 1)],
  alignments: new Map([['a\nb', alignment]]),
  groups: [['a', 'b', 'c']],
  timings: { candidates_ms: 0, verify_ms: 0, align_ms: 0 },
};
const glossary = [{ slug: 'arab-nato', name: 'Arab NATO', description: 'A proposed alliance.', aliases: ['Arab NATO'] }];
const site = buildSite(articles, glossary, { comparison });

describe('buildSite', () => {
  it('sorts the articles by date, undated last, and finds them by id', () => {
    expect(site.articles.map((a) => a.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(site.article('c')?.published).toBe('2024-01-03');
    expect(site.article('zz')).toBeUndefined();
  });

  it('lists only variant pairs, and each article’s own', () => {
    expect(site.variantPairs.map((p) => `${p.left}-${p.right}`)).toEqual(['a-b', 'a-c']);
    expect(site.variantsOf('a').map((p) => p.right)).toEqual(['b', 'c']);
    expect(site.variantsOf('d')).toEqual([]);
  });

  it('finds an oriented pair’s alignment, and none the other way round', () => {
    expect(site.alignment('a', 'b')).toBe(alignment);
    expect(site.alignment('b', 'a')).toBeUndefined();
  });

  it('finds the scores of any compared pair, named in either order, and none of a pair never compared', () => {
    expect(site.score('b', 'd')).toMatchObject({ left: 'b', right: 'd', similarity: 0.1, variant: false });
    expect(site.score('d', 'b')).toBe(site.score('b', 'd'));
    expect(site.score('c', 'a')?.variant).toBe(true);
    expect(site.score('a', 'd')).toBeUndefined();
  });

  it('lists the pairs no versions of one story that share two or more sentences, for both articles', () => {
    expect(site.textSharersOf('d').map((p) => `${p.left}-${p.right}`)).toEqual(['b-d']);
    expect(site.textSharersOf('b').map((p) => `${p.left}-${p.right}`)).toEqual(['b-d']);
    // A variant is listed as another version, and one shared sentence may be a stock line.
    expect(site.textSharersOf('a')).toEqual([]);
    expect(site.textSharersOf('c')).toEqual([]);
    // Two members of one group that are no variant pair share their story's text: versions, not sharers.
    const grouped = buildSite(articles, glossary, { comparison: { ...comparison, pairs: [...comparison.pairs, pair('b', 'c', 0.3, false, 2)] } });
    expect(grouped.textSharersOf('c')).toEqual([]);
    expect(grouped.textSharersOf('d').map((p) => `${p.left}-${p.right}`)).toEqual(['b-d']);
  });

  it('gives a group page to groups of three or more, and each member its group', () => {
    expect(site.tableGroups).toEqual([['a', 'b', 'c']]);
    expect(site.tableGroupOf('b')).toEqual(['a', 'b', 'c']);
    expect(site.tableGroupOf('d')).toBeUndefined();
  });

  it('lists the glossary’s terms first, then those the texts define, and computes term reports once', () => {
    expect(site.glossary).toBe(glossary);
    expect(site.terms[0]?.slug).toBe('arab-nato');
    expect(site.terms.some((t) => t.origin === 'text' && t.aliases.includes('MESA'))).toBe(true);
    expect(site.termReports()).toBe(site.termReports());
  });

  it('numbers articles alike in the check and search indexes, each story’s versions together, so one id table names both', () => {
    // A story whose versions are not neighbours in site order: the search moves d beside a, and the check must too.
    const apart = buildSite(articles, glossary, { comparison: { ...comparison, groups: [['a', 'd']] } });
    const searchIds = apart.searchIndex().documents.map((d) => d.id);
    expect(searchIds).toEqual(['a', 'd', 'b', 'c']);
    expect(apart.checkIndex().idChunks.flat()).toEqual(searchIds);
  });

  it('builds a site of no articles', () => {
    const empty = buildSite([], [], { comparison: { pairs: [], alignments: new Map(), groups: [], timings: comparison.timings } });
    expect([empty.articles, empty.variantPairs, empty.tableGroups, empty.terms]).toEqual([[], [], [], []]);
  });
});
