import { describe, expect, it } from 'vitest';
import { toArticleJson, toArticleSummary, toArticleVersions } from '../../../src/lib/api/articles.ts';
import { article, pair } from '../present/make.ts';

const entry = article('port-strike', {
  title: 'Port strike ends',
  outlet: 'Harbour Times',
  outlet_from: 'curated',
  published: '2024-06-02',
  published_from: 'text',
  kind: 'rewrite',
  kind_from: 'curated',
  note: 'internal note',
  wire: 'wire-1',
  headings: [1],
  quotes: [],
  paragraphs: ['Dock workers voted.', 'Next Steps', 'Talks resume.'],
  sentences: [['Dock workers voted.'], ['Next Steps'], ['Talks resume.']],
  boilerplate: [{ kind: 'share', text: 'Share:' }],
});

describe('toArticleSummary', () => {
  it('lists the public fields in the README’s order, with the page and JSON links', () => {
    const summary = toArticleSummary(entry);
    expect(Object.keys(summary)).toEqual(['id', 'source_file', 'title', 'outlet', 'published', 'url', 'json']);
    expect(summary).toEqual({
      id: 'port-strike',
      source_file: 'port-strike.txt',
      title: 'Port strike ends',
      outlet: 'Harbour Times',
      published: '2024-06-02',
      url: '/articles/port-strike/',
      json: '/api/articles/port-strike.json',
    });
  });

  it('keeps an undated, outlet-less article’s nulls', () => {
    expect(toArticleSummary(article('x'))).toMatchObject({ outlet: null, published: null });
  });
});

describe('toArticleJson', () => {
  it('has exactly the public fields, and none of the internal ones', () => {
    const json = toArticleJson(entry, []);
    expect(Object.keys(json)).toEqual([
      'id', 'source_file', 'title', 'title_from', 'outlet', 'outlet_from', 'published', 'published_from', 'author', 'author_from',
      'license', 'language', 'language_from', 'source_url', 'source_url_from', 'dateline', 'paragraphs', 'sentences', 'headings',
      'quotes', 'boilerplate', 'url', 'versions', 'kind', 'kind_from', 'wire',
    ]);
    expect(json).not.toHaveProperty('word_count');
    expect(json).not.toHaveProperty('note');
  });

  it('copies the entry’s values and adds the page link', () => {
    const json = toArticleJson(entry, []);
    expect(json).toMatchObject({
      outlet_from: 'curated',
      published_from: 'text',
      headings: [1],
      paragraphs: ['Dock workers voted.', 'Next Steps', 'Talks resume.'],
      boilerplate: [{ kind: 'share', text: 'Share:' }],
      url: '/articles/port-strike/',
      kind: 'rewrite',
      kind_from: 'curated',
      wire: 'wire-1',
    });
  });
});

describe('toArticleVersions', () => {
  it('lists the other article of each variant pair with the pair’s page and alignment JSON, and no other pair', () => {
    const pairs = [pair('early', 'port-strike', 0.8, true), pair('port-strike', 'late', 0.6, true), pair('port-strike', 'unrelated', 0.1), pair('a', 'b', 0.9, true)];
    expect(toArticleVersions('port-strike', pairs)).toEqual([
      { id: 'early', url: '/compare/early--port-strike/', json: '/api/pairs/early--port-strike.json' },
      { id: 'late', url: '/compare/port-strike--late/', json: '/api/pairs/port-strike--late.json' },
    ]);
    expect(toArticleJson(entry, pairs).versions).toEqual(toArticleVersions('port-strike', pairs));
  });
});
