import { describe, expect, it } from 'vitest';
import { toTermJson } from '../../../src/lib/api/terms.ts';
import type { TermReport } from '../../../src/lib/terms/report.ts';

const report = {
  term: {
    slug: 'iaea',
    name: 'IAEA',
    description: 'International Atomic Energy Agency',
    aliases: ['IAEA', 'International Atomic Energy Agency', 'UN nuclear watchdog'],
    alias_sources: [
      { text: 'UN nuclear watchdog', from: 'curated', article: null, paragraph: null, pattern: null },
      { text: 'IAEA', from: 'text', article: 'a', paragraph: 2, pattern: 'long (SHORT)' },
    ],
    origin: 'curated',
    long_forms: [{ text: 'International Atomic Energy Agency', sources: [{ article: 'a', paragraph: 2 }] }],
    ambiguous: false,
    one_off: true,
  },
  articles: [{}, {}],
  total: 5,
  silent: 3,
} as unknown as TermReport;

describe('toTermJson', () => {
  it('lists the public fields, counts and the term page, without internal fields', () => {
    const json = toTermJson(report);
    expect(Object.keys(json)).toEqual(['slug', 'name', 'description', 'aliases', 'origin', 'long_forms', 'ambiguous', 'articles', 'mentions', 'url']);
    expect(json).toEqual({
      slug: 'iaea',
      name: 'IAEA',
      description: 'International Atomic Energy Agency',
      aliases: [
        { text: 'UN nuclear watchdog', from: 'curated', article: null, paragraph: null },
        { text: 'IAEA', from: 'text', article: 'a', paragraph: 2 },
      ],
      origin: 'curated',
      long_forms: [{ text: 'International Atomic Energy Agency', sources: [{ article: 'a', paragraph: 2 }] }],
      ambiguous: false,
      articles: 2,
      mentions: 5,
      url: '/terms/iaea/',
    });
  });

  it('counts a term no article mentions as zero', () => {
    expect(toTermJson({ ...report, articles: [], total: 0 })).toMatchObject({ articles: 0, mentions: 0 });
  });
});
