// Routes that take reader input or carry a query: the any-pair page and reading an article id out of an address.
import { describe, expect, it } from 'vitest';
import { articleIdOf, checkIdsUrl, checkShardUrl, compareAnyUrl } from '../../src/lib/routes.ts';

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
