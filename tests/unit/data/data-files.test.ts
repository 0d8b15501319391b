// The site's data files: every JSON file besides the pages, listed once, with the bodies the public API and the
// search and check indexes define.
import { describe, expect, it } from 'vitest';
import type { Alignment } from '../../../src/lib/compare/types.ts';
import { buildSite } from '../../../src/lib/site.ts';
import { dataFileBodies, dataFiles } from '../../../src/data/data-files.ts';
import { toArticleJson, toArticleSummary } from '../../../src/lib/api/articles.ts';
import { toAlignmentJson } from '../../../src/lib/api/pairs.ts';
import { packDocuments } from '../../../src/lib/search/packs.ts';
import { article, pair } from '../present/make.ts';

const articles = [
  article('a', { published: '2024-01-01', paragraphs: ['The alliance met in Riyadh.'] }),
  article('b', { published: '2024-01-02', paragraphs: ['The alliance met in Riyadh on Monday.'] }),
  article('c', { published: '2024-01-03', paragraphs: ['Egypt left.'] }),
];
const alignment = { left: 'a', right: 'b', rows: [], changes: [], stats: {} } as unknown as Alignment;
const site = buildSite(articles, [], {
  comparison: { pairs: [pair('a', 'b', 0.9, true), pair('a', 'c', 0.1)], alignments: new Map([['a\nb', alignment]]), groups: [['a', 'b']], timings: { candidates_ms: 0, verify_ms: 0, align_ms: 0 } },
});
const files = [...dataFileBodies(site)];
const byPath = new Map(files.map((f) => [f.path, JSON.parse(f.body) as unknown]));

describe('dataFiles', () => {
  it('lists the API, search and check files once each, as plain paths under dist/', () => {
    const paths = files.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.every((p) => !p.startsWith('/') && p.endsWith('.json'))).toBe(true);
    expect(paths).toEqual(expect.arrayContaining(['api/articles.json', 'api/articles/a.json', 'api/articles/c.json', 'api/pairs.json', 'api/pairs/a--b.json', 'api/terms.json', 'search/index.json', 'search/shards/0.json', 'search/docs/0.json', 'check/index.json', 'check/shards/0.json', 'check/ids/0.json']));
    // Only variant pairs with an alignment get a file.
    expect(paths.filter((p) => p.startsWith('api/pairs/'))).toEqual(['api/pairs/a--b.json']);
  });

  it('holds what the public API and the indexes define', () => {
    expect(byPath.get('api/articles.json')).toEqual(JSON.parse(JSON.stringify(site.articles.map(toArticleSummary))));
    expect(byPath.get('api/articles/b.json')).toEqual(JSON.parse(JSON.stringify(toArticleJson(site.articles[1] as (typeof site.articles)[number], site.variantsOf('b')))));
    expect(byPath.get('api/pairs/a--b.json')).toEqual(JSON.parse(JSON.stringify(toAlignmentJson(alignment))));
    const search = site.searchIndex();
    expect(byPath.get('search/index.json')).toEqual(search.manifest);
    const packs = packDocuments(search.documents, search.manifest.packs);
    expect(files.filter((f) => f.path.startsWith('search/docs/'))).toHaveLength(packs.length);
    expect(byPath.get('search/docs/0.json')).toEqual(packs[0]);
    expect(byPath.get('check/index.json')).toEqual(site.checkIndex().manifest);
  });

  it('lists as an article’s versions only the pairs whose alignment file it writes', () => {
    const unaligned = buildSite(articles, [], {
      comparison: { pairs: [pair('a', 'b', 0.9, true), pair('a', 'c', 0.8, true)], alignments: new Map([['a\nb', alignment]]), groups: [['a', 'b', 'c']], timings: { candidates_ms: 0, verify_ms: 0, align_ms: 0 } },
    });
    const bodies = new Map([...dataFileBodies(unaligned)].map((f) => [f.path, JSON.parse(f.body) as { versions?: { json: string }[] }]));
    expect(bodies.get('api/articles/a.json')?.versions?.map((v) => v.json)).toEqual(['/api/pairs/a--b.json']);
    expect(bodies.get('api/articles/c.json')?.versions).toEqual([]);
    const written = new Set([...bodies.keys()].map((p) => `/${p}`));
    expect([...bodies.values()].flatMap((b) => b.versions ?? []).every((v) => written.has(v.json))).toBe(true);
  });

  it('reports each file written, of how many', () => {
    const calls: [number, number][] = [];
    const count = [...dataFileBodies(site, (done, total) => calls.push([done, total]))].length;
    expect(calls).toHaveLength(count);
    expect(calls[0]).toEqual([1, count]);
    expect(calls.at(-1)).toEqual([count, count]);
  });

  it('makes no body until asked', () => {
    let made = 0;
    const counting = { ...site, termReports: () => (made++, site.termReports()) };
    const listed = [...dataFiles(counting)];
    expect(made).toBe(0);
    listed.find((f) => f.path === 'api/terms.json')?.body();
    expect(made).toBe(1);
  });
});
