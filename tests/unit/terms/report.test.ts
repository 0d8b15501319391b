import { describe, expect, it } from 'vitest';
import { termMentions, termReports } from '../../../src/lib/terms/report.ts';
import { buildTermTable } from '../../../src/lib/terms/table.ts';
import { article } from '../present/make.ts';

const glossary = [{ slug: 'mesa', name: 'Middle East Strategic Alliance', description: 'A proposed alliance.', aliases: ['Middle East Strategic Alliance', 'MESA', 'Arab NATO'] }];
const a = article('a', {
  paragraphs: ['Plans Ahead', 'The Middle East Strategic Alliance, or MESA, met.', 'Critics call MESA an Arab NATO.'],
  sentences: [['Plans Ahead'], ['The Middle East Strategic Alliance, or MESA, met.'], ['Critics call MESA an Arab NATO.']],
  headings: [0],
});
const b = article('b', { paragraphs: ['Nothing about it here.'], sentences: [['Nothing about it here.']] });
const table = buildTermTable([a, b], glossary);

describe('termMentions', () => {
  it('finds each name of a term in text order, with its range and the words as written', () => {
    const text = 'Critics call MESA an Arab NATO.';
    const mentions = termMentions(text, table.entities, (slug) => slug === 'mesa');
    expect(mentions.map((m) => [m.slug, text.slice(m.start, m.end)])).toEqual([['mesa', 'MESA'], ['mesa', 'Arab NATO']]);
  });

  it('keeps only the slugs the caller counts as terms, and finds nothing in empty text', () => {
    expect(termMentions('Critics call MESA an Arab NATO.', table.entities, () => false)).toEqual([]);
    expect(termMentions('', table.entities, () => true)).toEqual([]);
  });
});

describe('termReports', () => {
  const [report] = termReports([a, b], table);

  it('counts mentions per article and in all, and the articles that never mention the term', () => {
    expect(report?.term.slug).toBe('mesa');
    expect(report?.total).toBe(4);
    expect(report?.silent).toBe(1);
    expect(report?.articles.map((x) => [x.article.id, x.count])).toEqual([['a', 4]]);
  });

  it('lists the names used once each, and each mention under its paragraph number (crossheads not counted)', () => {
    const entry = report?.articles[0];
    expect(entry?.aliases).toEqual(['Middle East Strategic Alliance', 'MESA', 'Arab NATO']);
    expect(entry?.mentions.map((m) => [m.paragraph, m.alias])).toEqual([[1, 'Middle East Strategic Alliance'], [1, 'MESA'], [2, 'MESA'], [2, 'Arab NATO']]);
    expect(entry?.mentions[3]?.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['Arab NATO']);
  });

  it('reports a term of an empty corpus with no mentions', () => {
    expect(termReports([], table).map((r) => [r.term.slug, r.total, r.silent, r.articles.length])).toEqual([['mesa', 0, 0, 0]]);
  });
});
