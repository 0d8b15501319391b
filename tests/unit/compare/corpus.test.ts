// Variant detection over the real corpus: copies of one story are variants; same-topic articles are not.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/corpus/load.ts';
import { alignPair, compareCorpus } from '../../../src/lib/compare/index.ts';
import { orientPair } from '../../../src/lib/compare/orient.ts';
import { buildSite } from '../../../src/lib/site.ts';
import { toPairJson } from '../../../src/lib/api/pairs.ts';
import type { Article } from '../../../src/lib/schema/article.ts';

const corpus = loadCorpus();
const article = (prefix: string) => corpus.find((a) => a.source_file.startsWith(prefix)) as Article;
const id = (prefix: string) => article(prefix).id;
const site = buildSite(corpus, []);
const { comparison } = site;
const pair = (a: string, b: string) => comparison.pairs.find((p) => (p.left === id(a) && p.right === id(b)) || (p.left === id(b) && p.right === id(a)));

describe('variant detection on the seeds', () => {
  it('finds 000 and 001 as variants, with both directional overlaps, an alignment and links', () => {
    const p = pair('000', '001');
    expect(p?.variant).toBe(true);
    expect(p?.left_kept).toBeGreaterThan(0.5);
    expect(p?.right_from_left).toBeGreaterThan(0.5);
    expect(site.alignment(p?.left ?? '', p?.right ?? '')).toBeDefined();
    expect(p && toPairJson(p)).toMatchObject({ url: `/compare/${p?.left}--${p?.right}/`, json: `/api/pairs/${p?.left}--${p?.right}.json` });
  });

  // Each pair is aligned in full and judged, whether or not the corpus comparison proposed it as a candidate.
  it.each([['002', '003'], ['003', '004'], ['000', '004'], ['001', '002'], ['002', '004']])('judges %s and %s not variants', (a, b) => {
    const [left, right] = orientPair(article(a), article(b));
    const judged = alignPair(left, right, corpus);
    expect(judged.rows.length).toBeGreaterThan(0);
    expect(Number.isFinite(judged.similarity)).toBe(true);
    expect(judged.variant).toBe(false);
    expect(pair(a, b)?.variant ?? false).toBe(false);
  });

  it('groups variants into stories and lists them per article', () => {
    expect(comparison.groups).toEqual([[id('000'), id('001')]]);
    expect(site.variantsOf(id('001')).map((p) => p.right)).toEqual([id('001')]);
    expect(site.variantsOf(id('004'))).toEqual([]);
  });

  it('puts the earlier-published article on the left, else the lower id', () => {
    const a = { id: 'b', published: '2019-01-01' };
    const b = { id: 'a', published: '2020-01-01' };
    expect(orientPair(b, a)).toEqual([a, b]);
    expect(orientPair({ id: 'z', published: null }, { id: 'y', published: '2018-01-01' }).map((x) => x.id)).toEqual(['y', 'z']);
  });

  it('scores an identical copy as a variant with similarity 1', () => {
    const copy = { ...article('003'), id: 'zz-copy' };
    const result = compareCorpus([...corpus, copy]);
    const p = result.pairs.find((x) => [x.left, x.right].includes('zz-copy') && [x.left, x.right].includes(copy.source_file.replace(/\.txt$/, '')));
    expect(p?.variant).toBe(true);
    expect(p?.similarity).toBe(1);
    expect(p?.left_kept).toBe(1);
    expect(p?.right_from_left).toBe(1);
  });
});
