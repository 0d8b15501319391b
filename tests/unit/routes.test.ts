// The site's public URL (issue #16, item 16): absolute links default to the local preview address, and the build
// says so in one line until WIREDIFF_SITE names the real host. Routes that take reader input or carry a query: the
// any-pair page and reading an article id out of an address.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { articleIdOf, checkIdsUrl, checkShardUrl, compareAnyUrl, DEFAULT_SITE, publicSite } from '../../src/lib/routes.ts';

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

describe('check index files', () => {
  it('are numbered from 0', () => {
    expect(checkShardUrl(0)).toBe('/check/shards/0.json');
    expect(checkIdsUrl(12)).toBe('/check/ids/12.json');
  });
});
