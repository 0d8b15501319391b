// The article feed: entries, order, summaries, and the rules for what an article does not say (issue #16, item 15).
import { describe, expect, it } from 'vitest';
import { articleEntry, articleFeed, FEED_AUTHOR, UNDATED_UPDATED, writers } from '../../../src/lib/present/feed.ts';
import { article } from './make.ts';

describe('articleEntry', () => {
  it('dates and attributes a dated article', () => {
    const a = article('x', { title: 'Egypt <leaves>', outlet: 'Outlet & Co', published: '2019-04-11', kind: 'report', paragraphs: ['Body text.'] });
    expect(articleEntry(a, 'https://example.org/')).toEqual({
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

  it('gives an undated article the fixed no-date instant, no <published>, and invents no author', () => {
    const entry = articleEntry(article('y'), 'https://example.org/');
    expect(entry.published).toBeNull();
    expect(entry.updated).toBe('1970-01-01T00:00:00Z');
    expect(entry.updated).toBe(UNDATED_UPDATED);
    expect(entry.authors).toEqual([]);
    expect(entry.summary).toBe('Undated. First paragraph of y.');
  });

  it('credits the outlet when no author is named', () => {
    expect(articleEntry(article('o', { outlet: 'Paper' }), 'https://e.org/').authors).toEqual(['Paper']);
  });

  it('prefers the author over the outlet', () => {
    expect(articleEntry(article('z', { author: 'A. Writer', outlet: 'Paper' }), 'https://e.org/').authors).toEqual(['A. Writer']);
  });
});

describe('articleFeed', () => {
  const articles = [
    article('old', { published: '2018-07-27' }),
    article('undated'),
    article('new', { published: '2022-06-26', title: 'Pact & "tensions"' }),
  ];
  const xml = articleFeed(articles, { site: 'https://example.org/' });

  // Two first users read "1 January 1970" in a feed reader for undated articles: they are left out instead.
  it('lists dated articles only, the newest first', () => {
    const ids = [...xml.matchAll(/<entry>\n {4}<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids).toEqual(['https://example.org/articles/new/', 'https://example.org/articles/old/']);
    expect(xml).not.toContain(UNDATED_UPDATED);
  });

  it('links to itself and to the site, and escapes titles', () => {
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/feed.xml"/>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://example.org/"/>');
    expect(xml).toContain('<title type="text">Pact &amp; &quot;tensions&quot;</title>');
  });

  it('is dated by its newest entry, never by the clock, so the same articles give the same bytes', () => {
    expect(xml).toMatch(/^<\?xml[^\n]*\n<feed[^\n]*\n {2}<id>[^\n]*\n {2}<title[^\n]*\n {2}<subtitle[^\n]*\n {2}<updated>2022-06-26T00:00:00Z<\/updated>/);
    expect(articleFeed([...articles].reverse(), { site: 'https://example.org/' })).toBe(xml);
    expect(articleFeed([article('u')], { site: 'https://example.org/' })).toContain(`  <updated>${UNDATED_UPDATED}</updated>`);
    expect(xml).not.toContain('Author not stated');
  });

  it('names the feed’s own author only when an entry has none, as Atom requires', () => {
    expect(xml).toContain(`  <author>\n    <name>${FEED_AUTHOR}</name>\n  </author>`);
    const attributed = articleFeed([article('a', { outlet: 'Paper', published: '2020-01-01' })], { site: 'https://example.org/' });
    expect(attributed).not.toContain(`<name>${FEED_AUTHOR}</name>`);
    expect(attributed).toContain('<name>Paper</name>');
  });

  it('is well-formed enough that every opened element closes', () => {
    const opened = [...xml.matchAll(/<([a-z]+)[ >]/g)].map((m) => m[1]).filter((n) => n !== 'link' && n !== 'category');
    const closed = [...xml.matchAll(/<\/([a-z]+)>/g)].map((m) => m[1]);
    expect(closed.sort()).toEqual(opened.sort());
  });
});

// Found by a first user: "Moses Wekesa, Halima Yusuf" in one <name>, and "Outlet not stated" in summaries.
describe('writers', () => {
  it('gives one name per writer of an author field, keeping a suffix with its name', () => {
    expect(writers('Moses Wekesa, Halima Yusuf')).toEqual(['Moses Wekesa', 'Halima Yusuf']);
    expect(writers('John Smith, Jr., Ana Ruiz')).toEqual(['John Smith, Jr.', 'Ana Ruiz']);
    expect(articleEntry(article('w', { author: 'Moses Wekesa, Halima Yusuf' }), 'https://e.org/').authors).toEqual(['Moses Wekesa', 'Halima Yusuf']);
  });
});
