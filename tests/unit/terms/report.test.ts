import { describe, expect, it } from 'vitest';
import { mentionLines, termMentions, termReports } from '../../../src/lib/terms/report.ts';
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

  it('lists the names used once each, and the mentions of a sentence as one line under its paragraph number (crossheads not counted)', () => {
    const entry = report?.articles[0];
    expect(entry?.aliases).toEqual(['Middle East Strategic Alliance', 'MESA', 'Arab NATO']);
    expect(entry?.mentions.map((m) => [m.paragraph, m.alias, m.count])).toEqual([[1, 'Middle East Strategic Alliance', 2], [2, 'MESA', 2]]);
    expect(entry?.mentions[1]?.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['MESA', 'Arab NATO']);
  });
});

describe('mentionLines', () => {
  const mentionsIn = (text: string) => termMentions(text, table.entities, (slug) => slug === 'mesa');
  const filler = 'Officials from several capitals met for talks that went on late into the night and ended without agreement. '.repeat(3);

  it('gives mentions a snippet cannot show together lines of their own, each marking its own mention', () => {
    const text = `MESA was discussed. ${filler}Later the Arab NATO idea came back.`;
    const lines = mentionLines(text, 4, mentionsIn(text));
    expect(lines.map((l) => [l.paragraph, l.alias, l.count])).toEqual([[4, 'MESA', 1], [4, 'Arab NATO', 1]]);
    expect(lines.map((l) => l.segments.filter((s) => s.mark).map((s) => s.text))).toEqual([['MESA'], ['Arab NATO']]);
  });

  it('marks every mention of a line, and no paragraph without mentions has one', () => {
    const text = `${filler}The Middle East Strategic Alliance (MESA), or Arab NATO, stalled. ${filler}`;
    const [line, ...rest] = mentionLines(text, 1, mentionsIn(text));
    expect(rest).toEqual([]);
    expect(line?.count).toBe(3);
    expect(line?.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['Middle East Strategic Alliance', 'MESA', 'Arab NATO']);
    expect(mentionLines('Nothing here.', 1, [])).toEqual([]);
  });

  it('reports a term of an empty corpus with no mentions', () => {
    expect(termReports([], table).map((r) => [r.term.slug, r.total, r.silent, r.articles.length])).toEqual([['mesa', 0, 0, 0]]);
  });
});
