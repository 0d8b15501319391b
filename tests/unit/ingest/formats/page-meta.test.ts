import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '#html-document';
import { cleanByline, day, pageMeta, uninverted, withoutOutletSuffix } from '../../../../src/lib/ingest/formats/page-meta.ts';

const page = (head: string, body = '') => parseHtmlDocument(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
const meta = (attr: string, key: string, content: string) => `<meta ${attr}="${key}" content="${content}">`;

describe('page metadata', () => {
  it('reads the language a page without <html lang> states in JSON-LD, and none that is not a language code', () => {
    const bare = (head: string) => parseHtmlDocument(`<!doctype html><html><head>${head}</head><body></body></html>`);
    expect(pageMeta(bare(ld('{"@type":"NewsArticle","headline":"Pact talks","inLanguage":"en-GB"}'))).language).toBe('en-GB');
    expect(pageMeta(bare(ld('{"@type":"NewsArticle","headline":"Pact talks","inLanguage":"English language"}'))).language).toBeUndefined();
  });

  it('takes JSON-LD first, then OpenGraph and article: meta, then meta author, time and canonical', () => {
    const head = [
      ld('{"@type":"NewsArticle","headline":"From JSON-LD","datePublished":"2020-05-01T23:30:00-04:00","author":{"@type":"Person","name":"Jane Doe"},"publisher":{"name":"Gulf Review"}}'),
      meta('property', 'og:title', 'From OpenGraph'),
      meta('property', 'og:site_name', 'OG Site'),
      meta('property', 'article:published_time', '2020-05-02'),
      meta('name', 'author', 'Meta Author'),
      '<link rel="canonical" href="https://example.org/a">',
    ].join('');
    expect(pageMeta(page(head, '<time datetime="2020-05-03">x</time>'))).toEqual({
      title: 'From JSON-LD', published: '2020-05-01', author: 'Jane Doe', outlet: 'Gulf Review', source_url: 'https://example.org/a', language: 'en',
    });
    expect(pageMeta(page(head.replace(/<script[\s\S]*?<\/script>/, ''), '<time datetime="2020-05-03">x</time>'))).toEqual({
      title: 'From OpenGraph', published: '2020-05-02', author: 'Meta Author', outlet: 'OG Site', source_url: 'https://example.org/a', language: 'en',
    });
    expect(pageMeta(page('', '<time datetime="2020-05-03T10:00">x</time>')).published).toBe('2020-05-03');
  });

  it('reads @graph, type lists, author arrays and @id references, and skips broken blocks', () => {
    const head = ld('{ "broken": ') + ld('[{"@graph":[{"@id":"#a","@type":"Person","name":"John Roe"},{"@type":["ReportageNewsArticle"],"headline":"Graph headline","author":[{"name":"Jane Doe"},{"@id":"#a"},"By Jane Doe"]}]}]');
    expect(pageMeta(page(head))).toMatchObject({ title: 'Graph headline', author: 'Jane Doe, John Roe' });
    expect(pageMeta(page(ld('{"@type":"NewsArticle","headline":"Trailing comma",}')))).toMatchObject({ title: 'Trailing comma' });
  });

  it('ignores JSON-LD that is not an article and authors that are URLs', () => {
    const head = ld('{"@type":"WebSite","name":"Not the headline"}') + meta('property', 'article:author', 'https://social.example/someone');
    expect(pageMeta(page(head))).toEqual({ language: 'en' });
  });

  it('reads a stated date as written, and refuses what is not a date', () => {
    expect(day('2015-07-24T05:36:09+01:00')).toBe('2015-07-24');
    expect(day('2017-11-03 03:01:00.000000')).toBe('2017-11-03');
    expect(day('2019-02-30')).toBeUndefined();
    expect(day('yesterday')).toBeUndefined();
  });

  it('drops a trailing " | Outlet" from a title only when it names the stated outlet', () => {
    expect(withoutOutletSuffix('Barrier closes | River Post', 'The River Post')).toBe('Barrier closes');
    expect(withoutOutletSuffix('Whale strandings | Eleanor Ainge Roy', 'The Guardian')).toBe('Whale strandings | Eleanor Ainge Roy');
    expect(withoutOutletSuffix('Gulf - Iran talks resume', undefined)).toBe('Gulf - Iran talks resume');
  });
});

describe('a web archive’s capture', () => {
  const capture = (host: string) =>
    parseHtmlDocument(`<html lang="en"><head><link rel="canonical" href="https://${host}/Q7xWm"><meta property="og:site_name" content="${host}"><meta property="og:title" content="Intake to move | Riverbend Courier"><meta property="article:published_time" content="2025-03-12T14:22:07Z"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Intake to move","datePublished":"2025-03-11T18:00:00-05:00"}</script></head><body></body></html>`);

  it('reads no outlet, date or address from the archive’s own tags, only the page’s structured data', () => {
    const meta = pageMeta(capture('archive.ph'));
    expect(meta.outlet).toBeUndefined();
    expect(meta.source_url).toBeUndefined();
    expect(meta.published).toBe('2025-03-11');
    expect(meta.title).toBe('Intake to move');
  });

  it('reads the address the capture was saved from: in the capture’s own address, or after “Saved from” in its banner', () => {
    const banner = parseHtmlDocument(
      `<html><head><link rel="canonical" href="https://archive.ph/Q7xWm"></head><body><table><tr><td>Saved from <a href="https://www.riverbendcourier.com/news/intake">https://www.riverbendcourier.com/news/intake</a><br>history</td><td>All snapshots from host <a href="https://archive.ph/www.riverbendcourier.com">www.riverbendcourier.com</a></td></tr></table></body></html>`,
    );
    expect(pageMeta(banner).source_url).toBe('https://www.riverbendcourier.com/news/intake');
    const wayback = parseHtmlDocument(`<html><head><link rel="canonical" href="https://web.archive.org/web/20250312142207/https://www.riverbendcourier.com/news/intake"></head><body></body></html>`);
    expect(pageMeta(wayback).source_url).toBe('https://www.riverbendcourier.com/news/intake');
    // A link elsewhere on the page is no source: only the banner's.
    const other = parseHtmlDocument(`<html><head><link rel="canonical" href="https://archive.ph/Q7xWm"></head><body><p>Read <a href="https://example.com/x">this</a></p></body></html>`);
    expect(pageMeta(other).source_url).toBeUndefined();
  });

  it('reads a page whose address is not an archive’s as before', () => {
    expect(pageMeta(capture('www.riverbendcourier.com'))).toMatchObject({ outlet: 'www.riverbendcourier.com', source_url: 'https://www.riverbendcourier.com/Q7xWm' });
  });
});


describe('a live blog entry’s permalink', () => {
  const page = (title: string) =>
    parseHtmlDocument(`<html><head><title>${title}</title><script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"Live updates: Extreme heat grips Phoenix","datePublished":"2025-06-09T06:00:00-07:00","publisher":{"@type":"Organization","name":"Sonoran Daily Post"},"liveBlogUpdate":[{"@type":"BlogPosting","headline":"Utility asks customers to cut use","datePublished":"2025-06-10T15:15:00-07:00","author":{"@type":"Person","name":"Marcus Oyelaran"}},{"@type":"BlogPosting","headline":"Cooling centres stay open late","datePublished":"2025-06-10T11:05:00-07:00"}]}</script></head><body></body></html>`);

  it('takes the headline, date and author of the entry the page’s <title> names, and the blog’s publisher', () => {
    expect(pageMeta(page('Utility asks customers to cut use - Sonoran Daily Post'))).toMatchObject({ title: 'Utility asks customers to cut use', published: '2025-06-10', author: 'Marcus Oyelaran', outlet: 'Sonoran Daily Post' });
  });

  it('takes no entry whose headline is too short to be told from any title ("Update")', () => {
    const doc = parseHtmlDocument(`<html><head><title>Heat update: utility asks customers to cut use</title><script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"Live: heat","datePublished":"2025-06-09T06:00:00-07:00","liveBlogUpdate":[{"@type":"BlogPosting","headline":"update","datePublished":"2025-06-10T15:15:00-07:00"}]}</script></head><body></body></html>`);
    expect(pageMeta(doc)).toMatchObject({ title: 'Live: heat', published: '2025-06-09' });
  });

  it('reads the blog itself when the <title> names no entry', () => {
    expect(pageMeta(page('Live updates: Extreme heat grips Phoenix'))).toMatchObject({ title: 'Live updates: Extreme heat grips Phoenix', published: '2025-06-09' });
  });
});

describe('a <time> element in UTC', () => {
  const page = (datetime: string, text: string) => parseHtmlDocument(`<html><body><time datetime="${datetime}">${text}</time></body></html>`);

  it('takes the day its text prints for the reader when its datetime is in UTC', () => {
    expect(pageMeta(page('2025-03-12T03:40:00Z', 'Tue, Mar 11, 2025, 10:40 PM')).published).toBe('2025-03-11');
  });

  it('keeps the datetime’s day when it states its own offset, or the text prints no date', () => {
    expect(pageMeta(page('2025-03-11T22:40:00-05:00', 'Wed, Mar 12, 2025')).published).toBe('2025-03-11');
    expect(pageMeta(page('2025-03-12T03:40:00Z', '10:40 PM')).published).toBe('2025-03-12');
  });
});

describe('uninverted and cleanByline', () => {
  it('turns a name a catalogue files surname first round, and leaves a name with its outlet as it is', () => {
    expect(uninverted('Beaulieu, Marie-Claude')).toBe('Marie-Claude Beaulieu');
    expect(uninverted('Ochieng, Brian K.')).toBe('Brian K. Ochieng');
    expect(uninverted('Jane Doe, Reuters')).toBe('Jane Doe, Reuters');
    expect(uninverted('Doe, The Associated Press')).toBe('Doe, The Associated Press');
    expect(cleanByline('Beaulieu, Marie-Claude.')).toBe('Marie-Claude Beaulieu');
    expect(cleanByline('By J. Smith Jr.')).toBe('J. Smith Jr.');
  });
});

describe('page metadata: an organisation as author', () => {
  it('names no writer for an author typed as an organisation, and keeps the people beside it', () => {
    const org = ld('{"@type":"NewsArticle","headline":"Cool roofs","author":{"@type":"Organization","name":"Coral Sea University Media and Communications"}}');
    expect(pageMeta(page(org)).author).toBeUndefined();
    const both = ld('{"@type":"NewsArticle","headline":"Cool roofs","author":[{"@type":"Person","name":"Imogen Whitlock"},{"@type":"Organization","name":"Media Team"}]}');
    expect(pageMeta(page(both)).author).toBe('Imogen Whitlock');
  });
});
