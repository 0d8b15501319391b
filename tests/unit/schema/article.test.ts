import { describe, expect, it } from 'vitest';
import { articleSchema, boilerplateSchema, curatedSchema, provenanceSchema } from '../../../src/lib/schema/article.ts';
import { article } from '../present/make.ts';

describe('articleSchema', () => {
  it('accepts a complete entry as it is', () => {
    const entry = article('port-strike_2', { published: '2024-02-29', published_from: 'text' });
    expect(articleSchema.parse(entry)).toEqual(entry);
  });

  it('refuses ids that are not lower-case URL-safe words', () => {
    for (const id of ['', 'Port', '-x', '_x', 'a b', 'é']) expect(articleSchema.safeParse(article('x', { id })).success, id).toBe(false);
  });

  it('refuses an entry without body, with an empty paragraph or sentence, or an impossible date', () => {
    expect(articleSchema.safeParse(article('x', { paragraphs: [] })).success).toBe(false);
    expect(articleSchema.safeParse(article('x', { paragraphs: [''] })).success).toBe(false);
    expect(articleSchema.safeParse(article('x', { sentences: [[]] })).success).toBe(false);
    expect(articleSchema.safeParse(article('x', { published: '2023-02-29' })).success).toBe(false);
    expect(articleSchema.safeParse(article('x', { headings: [-1] })).success).toBe(false);
  });
});

describe('curatedSchema', () => {
  it('accepts any subset of the fields, and nothing at all', () => {
    expect(curatedSchema.parse({})).toEqual({});
    expect(curatedSchema.parse({ outlet: 'Valley Post', kind: 'wire', published: '2024-06-02' })).toEqual({ outlet: 'Valley Post', kind: 'wire', published: '2024-06-02' });
  });

  it('refuses an unknown kind, a date not written YYYY-MM-DD and a source that is not a URL', () => {
    expect(curatedSchema.safeParse({ kind: 'blog' }).success).toBe(false);
    expect(curatedSchema.safeParse({ published: '2 June 2024' }).success).toBe(false);
    expect(curatedSchema.safeParse({ source_url: 'not a url' }).success).toBe(false);
    expect(curatedSchema.safeParse({ language: 'e' }).success).toBe(false);
  });
});

describe('provenance and boilerplate', () => {
  it('knows text, curated, derived and unknown', () => {
    for (const p of ['text', 'curated', 'derived', null]) expect(provenanceSchema.parse(p)).toBe(p);
    expect(provenanceSchema.safeParse('guessed').success).toBe(false);
  });

  it('refuses boilerplate of an unknown kind or without text', () => {
    expect(boilerplateSchema.safeParse({ kind: 'share', text: 'Share:' }).success).toBe(true);
    expect(boilerplateSchema.safeParse({ kind: 'banner', text: 'x' }).success).toBe(false);
    expect(boilerplateSchema.safeParse({ kind: 'share', text: '' }).success).toBe(false);
  });
});
