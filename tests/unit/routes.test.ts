// The site's public URL (issue #16, item 16): absolute links default to the local preview address, and the build
// says so in one line until WIREDIFF_SITE names the real host. Search links: a hit's address carries the words to
// mark, and the article page reads them back, bounded.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DEFAULT_SITE, publicSite, searchDocumentUrl, searchHitUrl, searchMarksOf, searchShardUrl, searchTypoShardUrl } from '../../src/lib/routes.ts';

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
    expect(searchDocumentUrl(7)).toBe('/search/docs/7.json');
  });
});
