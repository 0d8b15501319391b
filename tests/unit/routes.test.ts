// Search links: a hit's address carries the words to mark, and the article page reads them back, bounded.
import { describe, expect, it } from 'vitest';
import { searchDocumentUrl, searchHitUrl, searchMarksOf, searchShardUrl } from '../../src/lib/routes.ts';

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
    expect(searchDocumentUrl(7)).toBe('/search/docs/7.json');
  });
});
