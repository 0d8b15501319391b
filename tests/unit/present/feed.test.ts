// The article feed: entries, order, summaries and the build time.
import { describe, expect, it } from 'vitest';
import { articleEntry, articleFeed, buildTime, excerpt } from '../../../src/lib/present/feed.ts';
import { article } from './make.ts';

describe('excerpt', () => {
  it('keeps short text whole, with whitespace collapsed', () => {
    expect(excerpt('  one\n two  ', 20)).toBe('one two');
  });
  it('cuts at a word boundary and marks the cut', () => {
    expect(excerpt('alpha beta gamma delta epsilon', 17)).toBe('alpha beta gamma…');
  });
  it('drops trailing punctuation before the ellipsis', () => {
    expect(excerpt('alpha beta, gamma delta', 13)).toBe('alpha beta…');
  });
  it('cuts inside a long word when there is no early space', () => {
    expect(excerpt('abcdefghijklmnopqrstuvwxyz', 10)).toBe('abcdefghi…');
  });
});

describe('buildTime', () => {
  it('uses SOURCE_DATE_EPOCH when set', () => {
    expect(buildTime({ SOURCE_DATE_EPOCH: '1700000000' }).toISOString()).toBe('2023-11-14T22:13:20.000Z');
  });
  it('falls back to the clock', () => {
    const now = new Date('2024-05-06T07:08:09Z');
    expect(buildTime({}, () => now)).toBe(now);
    expect(buildTime({ SOURCE_DATE_EPOCH: 'soon' }, () => now)).toBe(now);
  });
});

describe('articleEntry', () => {
  it('dates and attributes a dated article', () => {
    const a = article('x', { title: 'Egypt <leaves>', outlet: 'Outlet & Co', published: '2019-04-11', kind: 'report', paragraphs: ['Body text.'] });
    expect(articleEntry(a, 'https://example.org/', '2024-01-01T00:00:00Z')).toEqual({
      id: 'https://example.org/articles/x/',
      title: 'Egypt <leaves>',
      updated: '2019-04-11T00:00:00Z',
      published: '2019-04-11T00:00:00Z',
      links: [{ rel: 'alternate', type: 'text/html', href: 'https://example.org/articles/x/' }],
      authors: ['Outlet & Co'],
      categories: ['report'],
      summary: 'Outlet & Co, 11 April 2019. Body text.',
    });
  });

  it('says plainly when an article is undated and has no known author', () => {
    const entry = articleEntry(article('y'), 'https://example.org/', '2024-01-01T00:00:00Z');
    expect(entry.published).toBeNull();
    expect(entry.updated).toBe('2024-01-01T00:00:00Z');
    expect(entry.authors).toEqual(['Author not stated']);
    expect(entry.summary).toBe('Outlet not stated, undated. First paragraph of y.');
  });

  it('prefers the author over the outlet', () => {
    expect(articleEntry(article('z', { author: 'A. Writer', outlet: 'Paper' }), 'https://e.org/', '2024-01-01T00:00:00Z').authors).toEqual(['A. Writer']);
  });
});

describe('articleFeed', () => {
  const articles = [
    article('old', { published: '2018-07-27' }),
    article('undated'),
    article('new', { published: '2022-06-26', title: 'Pact & "tensions"' }),
  ];
  const xml = articleFeed(articles, { site: 'https://example.org/', updated: new Date('2024-01-02T03:04:05Z') });

  it('lists the newest first and undated articles last', () => {
    const ids = [...xml.matchAll(/<entry>\n {4}<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids).toEqual(['https://example.org/articles/new/', 'https://example.org/articles/old/', 'https://example.org/articles/undated/']);
  });

  it('links to itself and to the site, and escapes titles', () => {
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/feed.xml"/>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://example.org/"/>');
    expect(xml).toContain('<title type="text">Pact &amp; &quot;tensions&quot;</title>');
    expect(xml).toContain('<updated>2024-01-02T03:04:05Z</updated>');
  });

  it('is well-formed enough that every opened element closes', () => {
    const opened = [...xml.matchAll(/<([a-z]+)[ >]/g)].map((m) => m[1]).filter((n) => n !== 'link' && n !== 'category');
    const closed = [...xml.matchAll(/<\/([a-z]+)>/g)].map((m) => m[1]);
    expect(closed.sort()).toEqual(opened.sort());
  });
});
