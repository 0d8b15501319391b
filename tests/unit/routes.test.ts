// The site's public URL (issue #16, item 16): absolute links default to the local preview address, and the build
// says so in one line until WIREDIFF_SITE names the real host. Routes that take reader input or carry a query: the
// any-pair page, reading an article id out of an address, and search links, whose hit address carries the words to
// mark and the article page reads them back, bounded.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { articleIdOf, articleListUrl, checkIdsUrl, checkShardUrl, compareAnyUrl, DEFAULT_SITE, firstPageAlias, groupListUrl, isFirstPageAlias, publicSite, queryParam, searchPackUrl, searchHitUrl, searchMarksOf, searchShardUrl, searchTypoShardUrl, termsIndexUrl, termUrl, timelineMonthUrl } from '../../src/lib/routes.ts';

describe('publicSite', () => {
  it('falls back to the preview address, with a one-line warning naming WIREDIFF_SITE', () => {
    for (const env of [{}, { WIREDIFF_SITE: '' }, { WIREDIFF_SITE: '  ' }]) {
      const site = publicSite(env);
      expect(site).toMatchObject({ url: DEFAULT_SITE, configured: false });
      expect(site.message).toContain('WIREDIFF_SITE is not set');
      expect(site.message).toContain(DEFAULT_SITE);
      expect(site.message).not.toContain('\n');
    }
  });

  it('uses WIREDIFF_SITE, normalised to end in a slash', () => {
    expect(publicSite({ WIREDIFF_SITE: 'https://example.org' })).toMatchObject({ url: 'https://example.org/', configured: true });
    expect(publicSite({ WIREDIFF_SITE: 'https://example.org/wirediff?x=1#y' }).url).toBe('https://example.org/wirediff/');
    expect(publicSite({ WIREDIFF_SITE: 'https://example.org/' }).message).toContain('https://example.org/');
  });

  it('refuses a value that cannot be a public URL', () => {
    for (const bad of ['example.org', 'ftp://example.org/', '/relative/']) expect(() => publicSite({ WIREDIFF_SITE: bad })).toThrow(/WIREDIFF_SITE must be an absolute http\(s\) URL/);
  });

  it('is documented in the README, with how to set it', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toMatch(/WIREDIFF_SITE=https?:\/\/\S+ npm (run build|start)/);
  });
});

describe('compareAnyUrl', () => {
  it('keeps only the articles named, in a query', () => {
    expect(compareAnyUrl()).toBe('/compare/');
    expect(compareAnyUrl('a1')).toBe('/compare/?a=a1');
    expect(compareAnyUrl('a1', 'b_2')).toBe('/compare/?a=a1&b=b_2');
    expect(compareAnyUrl(null, 'b')).toBe('/compare/?b=b');
    expect(compareAnyUrl('a&b', 'c d')).toBe('/compare/?a=a%26b&b=c+d');
  });
});

describe('articleIdOf', () => {
  it('reads the id from an article page address, or keeps the input', () => {
    expect(articleIdOf('003_cc11')).toBe('003_cc11');
    expect(articleIdOf('  003_cc11 ')).toBe('003_cc11');
    expect(articleIdOf('/articles/003_cc11/')).toBe('003_cc11');
    expect(articleIdOf('https://example.org/articles/003_cc11/#p2')).toBe('003_cc11');
    expect(articleIdOf('http://127.0.0.1:4321/articles/x')).toBe('x');
  });
});

describe('queryParam', () => {
  it('reads a parameter as URLSearchParams does: form-encoded, the first of its name, empty when absent', () => {
    for (const search of ['?q=Arab%20NATO', '?q=a+b%2Bc&q=other', '?x=1&q=', '?x=1', '', '?q', '?qq=1&q=%E2%80%9Cpact%E2%80%9D', '?q=100%25']) {
      expect(queryParam(search, 'q'), search).toBe(new URLSearchParams(search).get('q') ?? '');
    }
  });

  it('keeps a % that starts no escape as the character typed', () => {
    expect([queryParam('?q=%', 'q'), queryParam('?q=50%+off', 'q'), queryParam('?q=%ZZ', 'q')]).toEqual(['%', '50% off', '%ZZ']);
  });

  it('gives null, not replacement characters, for escapes that are not UTF-8', () => {
    expect(new URLSearchParams('?q=%E0%A4%A').get('q')).toContain('\uFFFD');
    expect([queryParam('?q=%E0%A4%A', 'q'), queryParam('?q=Iran%20%E0%A4', 'q'), queryParam('?a=x&b=%FF', 'b')]).toEqual([null, null, null]);
    expect(queryParam('?a=x&b=%FF', 'a')).toBe('x');
  });
});

describe('check index files', () => {
  it('are numbered from 0', () => {
    expect(checkShardUrl(0)).toBe('/check/shards/0.json');
    expect(checkIdsUrl(12)).toBe('/check/ids/12.json');
  });
});

describe('search routes', () => {
  it('links a hit to its paragraph, carrying the words to mark', () => {
    expect(searchHitUrl('a1', 3, ['Arab NATO', 'Egypt'])).toBe('/articles/a1/?mark=Arab%20NATO&mark=Egypt#p3');
    expect(searchHitUrl('a1', 0, ['Tasnim'])).toBe('/articles/a1/?mark=Tasnim');
    expect(searchHitUrl('a1', 2)).toBe('/articles/a1/#p2');
  });

  it('reads the words back, longest first, bounded in number and length', () => {
    expect(searchMarksOf(`http://x${searchHitUrl('a1', 3, ['Egypt', 'Arab NATO'])}`)).toEqual(['Arab NATO', 'Egypt']);
    const many = Array.from({ length: 30 }, (_, i) => `mark=w${i}`).join('&');
    expect(searchMarksOf(`http://x/articles/a/?${many}&mark=${'x'.repeat(200)}&mark=`)).toHaveLength(12);
  });

  it('names shard and document files, with the build version', () => {
    expect(searchShardUrl(3, 'v1')).toBe('/search/shards/3.json?v=v1');
    expect(searchTypoShardUrl(2, 'v1')).toBe('/search/typos/2.json?v=v1');
    expect(searchPackUrl(7)).toBe('/search/docs/7.json');
  });
});

describe('page 1 of a paginated list', () => {
  const lists = [articleListUrl(), groupListUrl(), timelineMonthUrl('2019-04'), timelineMonthUrl('undated'), termsIndexUrl(), termUrl('arab-nato')];

  it('is the list itself, and "/1/" below it is the alias that leads there', () => {
    expect(lists.map((l) => [l, firstPageAlias(l)])).toEqual([
      ['/browse/', '/browse/1/'],
      ['/groups/', '/groups/1/'],
      ['/timeline/2019-04/', '/timeline/2019-04/1/'],
      ['/timeline/undated/', '/timeline/undated/1/'],
      ['/terms/', '/terms/1/'],
      ['/terms/arab-nato/', '/terms/arab-nato/1/'],
    ]);
  });

  it('is told apart from every other page, an article or pair named "1" included', () => {
    expect(lists.map((l) => isFirstPageAlias(firstPageAlias(l)))).toEqual(lists.map(() => true));
    const others = [...lists, articleListUrl(2), termUrl('arab-nato', 2), '/articles/1/', '/compare/group/1/', '/timeline/1/', '/1/', '/browse/2/1/', '/terms/2/1/', '/terms/a/b/1/'];
    expect(others.filter(isFirstPageAlias)).toEqual([]);
  });
});
