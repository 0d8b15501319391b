// The Atom writer: escaping, timestamps, required elements.
import { describe, expect, it } from 'vitest';
import { atomFeed, escapeXml, rfc3339 } from '../../../src/lib/present/atom.ts';

describe('escapeXml', () => {
  it.each([
    ['plain text', 'plain text'],
    ['<script>alert("x")</script>', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
    ['Tom & Jerry’s', 'Tom &amp; Jerry’s'],
    ["it's", 'it&apos;s'],
    ['&amp; stays literal', '&amp;amp; stays literal'],
    [']]> ends CDATA', ']]&gt; ends CDATA'],
    ['tab\tnewline\ncr\r', 'tab\tnewline\ncr\r'],
    ['nul\u0000bell\u0007', 'nul\uFFFDbell\uFFFD'],
    ['lone \uD800 surrogate', 'lone \uFFFD surrogate'],
    ['not a char \uFFFE', 'not a char \uFFFD'],
    ['astral 𝄞 and Persian متن', 'astral 𝄞 and Persian متن'],
  ])('escapes %j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe('rfc3339', () => {
  it('turns a calendar date into midnight UTC', () => {
    expect(rfc3339('2019-04-11')).toBe('2019-04-11T00:00:00Z');
  });
  it('formats a Date without milliseconds', () => {
    expect(rfc3339(new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 678)))).toBe('2024-01-02T03:04:05Z');
  });
  it('keeps a full timestamp', () => {
    expect(rfc3339('2024-01-02T03:04:05+01:00')).toBe('2024-01-02T03:04:05+01:00');
  });
  it.each(['', 'April 2019', '2019-4-11', 'undated'])('rejects %j', (bad) => {
    expect(() => rfc3339(bad)).toThrow(/not a date/);
  });
  it('rejects an invalid Date', () => {
    expect(() => rfc3339(new Date(Number.NaN))).toThrow(/invalid Date/);
  });
});

describe('atomFeed', () => {
  const feed = {
    id: 'https://example.org/',
    title: 'Feed <title> & more',
    updated: '2024-01-02',
    links: [{ rel: 'self', type: 'application/atom+xml', href: 'https://example.org/feed.xml?a=1&b="2"' }],
    entries: [
      {
        id: 'https://example.org/articles/a/',
        title: '<b>Not bold</b>',
        updated: '2019-04-11',
        published: '2019-04-11',
        links: [{ rel: 'alternate', type: 'text/html', href: 'https://example.org/articles/a/' }],
        authors: ['Smith & Sons'],
        categories: ['report'],
        summary: 'He said "yes" & left.',
      },
    ],
  };

  it('writes a complete Atom document with every text escaped', () => {
    expect(atomFeed(feed)).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
        '  <id>https://example.org/</id>',
        '  <title type="text">Feed &lt;title&gt; &amp; more</title>',
        '  <updated>2024-01-02T00:00:00Z</updated>',
        '  <link rel="self" type="application/atom+xml" href="https://example.org/feed.xml?a=1&amp;b=&quot;2&quot;"/>',
        '  <entry>',
        '    <id>https://example.org/articles/a/</id>',
        '    <title type="text">&lt;b&gt;Not bold&lt;/b&gt;</title>',
        '    <updated>2019-04-11T00:00:00Z</updated>',
        '    <published>2019-04-11T00:00:00Z</published>',
        '    <link rel="alternate" type="text/html" href="https://example.org/articles/a/"/>',
        '    <author>',
        '      <name>Smith &amp; Sons</name>',
        '    </author>',
        '    <category term="report"/>',
        '    <summary type="text">He said &quot;yes&quot; &amp; left.</summary>',
        '  </entry>',
        '</feed>',
        '',
      ].join('\n'),
    );
  });

  it('leaves out optional elements that are missing', () => {
    const xml = atomFeed({ ...feed, entries: [{ ...feed.entries[0]!, published: null, summary: null, categories: [] }] });
    expect(xml).not.toMatch(/<published>|<summary|<category/);
  });

  it('refuses an entry without an author', () => {
    expect(() => atomFeed({ ...feed, entries: [{ ...feed.entries[0]!, authors: [] }] })).toThrow(/no author/);
  });
});
