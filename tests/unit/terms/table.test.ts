// The term table (terms/table.ts): found terms alone, found terms merged with the glossary, names with their origins.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ingestFile, loadCorpus } from '../../../src/lib/corpus/load.ts';
import { loadGlossary } from '../../../src/lib/corpus/glossary.ts';
import { buildTermTable, termSlug } from '../../../src/lib/terms/table.ts';
import { buildSearchIndex } from '../../../src/lib/search/build-index.ts';
import { memorySource, search } from '../../../src/lib/search/engine.ts';

const corpus = loadCorpus();
const glossary = loadGlossary();
const prefix = (id: string) => corpus.find((a) => a.id === id)?.source_file.slice(0, 3);

describe('term table without a glossary', () => {
  const table = buildTermTable(corpus, []);
  const term = (slug: string) => table.terms.find((t) => t.slug === slug);

  it('has MESA and JCPOA with the long forms the seeds give, found in the text', () => {
    expect(term('mesa')?.aliases).toEqual(expect.arrayContaining(['MESA', 'Middle East Strategic Alliance', 'Middle East Security Alliance']));
    expect(term('jcpoa')?.aliases).toEqual(expect.arrayContaining(['JCPOA', 'Joint Comprehensive Plan of Action']));
    expect(term('jcpoa')?.alias_sources.every((s) => s.from === 'text' && s.article !== null && s.paragraph !== null)).toBe(true);
    expect(prefix(term('jcpoa')?.alias_sources[0]?.article as string)).toBe('000');
  });

  it('shows MESA as ambiguous (Strategic in 000–002, Security in 003), never merged silently', () => {
    const mesa = term('mesa');
    expect(mesa?.ambiguous).toBe(true);
    expect(mesa?.long_forms.map((l) => l.text).sort()).toEqual(['Middle East Security Alliance', 'Middle East Strategic Alliance']);
    const security = mesa?.long_forms.find((l) => l.text.includes('Security'));
    expect(security?.sources.map((s) => prefix(s.article))).toEqual(['003']);
    expect(mesa?.description).toMatch(/2 different long forms/);
    expect(term('jcpoa')?.ambiguous).toBe(false);
    expect(term('jcpoa')?.one_off).toBe(true);
  });

  it('gives a found acronym its letters in lower case as slug', () => {
    expect(termSlug('IAEA')).toBe('iaea');
    expect(termSlug('Africa CDC')).toBe('africa-cdc');
    expect(termSlug('G7')).toBe('g7');
    expect(termSlug('1999')).toMatch(/[a-z]/);
  });

  it('lets search find paragraphs that only say "JCPOA" when asked for "Joint Comprehensive Plan of Action"', async () => {
    // The seeds name JCPOA only where 000 defines it; an article that also says plain "JCPOA" joins them.
    const extra = ingestFile('nuclear-talks.txt', readFileSync('tests/fixtures/terms/nuclear-talks/input.txt'));
    const articles = [...corpus, extra];
    const index = JSON.parse(JSON.stringify(buildSearchIndex(articles, buildTermTable(articles, []).terms)));
    const result = await search(memorySource(index), 'Joint Comprehensive Plan of Action', { groups: 50, hits: 50 });
    const hits = result.groups.flatMap((g) => g.hits.map((h) => ({ article: g.article.id, via: h.via, text: h.segments.map((s) => s.text).join('') })));
    expect(result.parts.map((p) => p.term?.slug)).toEqual(['jcpoa']);
    const only = hits.filter((h) => h.via === 'JCPOA' && !h.text.includes('Joint Comprehensive'));
    expect(only.map((h) => h.article)).toContain(extra.id);
    expect(hits.map((h) => prefix(h.article))).toContain('000');
  });
});

describe('term table with the glossary', () => {
  const table = buildTermTable(corpus, glossary);

  it('loses nothing curated: every glossary term, name and description is there, in order, curated names first', () => {
    expect(table.terms.slice(0, glossary.length).map((t) => t.slug)).toEqual(glossary.map((t) => t.slug));
    for (const g of glossary) {
      const t = table.terms.find((x) => x.slug === g.slug);
      expect(t?.name).toBe(g.name);
      expect(t?.description).toBe(g.description);
      expect(t?.aliases.slice(0, g.aliases.length)).toEqual(g.aliases);
    }
  });

  it('records each name’s origin: curated, and text with article and paragraph', () => {
    const mesa = table.terms.find((t) => t.slug === 'mesa');
    const arab = mesa?.alias_sources.filter((s) => s.text === 'Arab NATO');
    expect(arab).toEqual([{ text: 'Arab NATO', from: 'curated', article: null, paragraph: null, pattern: null }]);
    const strategic = mesa?.alias_sources.filter((s) => s.text === 'Middle East Strategic Alliance') ?? [];
    expect(strategic.map((s) => s.from)).toEqual(['curated', 'text', 'text', 'text']);
    expect(strategic.filter((s) => s.from === 'text').map((s) => prefix(s.article as string))).toEqual(['000', '001', '002']);
    expect(mesa?.ambiguous).toBe(true);
  });

  it('adds a "known as" name of a known term, from the text', () => {
    const t = buildTermTable([{ id: 'x', headings: [], paragraphs: ['The International Health Regulations (IHR) apply.', 'The IHR, the so-called rulebook of global health, require reports.'] }], []);
    const ihr = t.terms.find((x) => x.slug === 'ihr');
    expect(ihr?.alias_sources.find((s) => s.text === 'rulebook of global health')).toMatchObject({ from: 'text', article: 'x', paragraph: 2, pattern: 'so-called' });
    expect(t.found.map((f) => [f.short, f.long, f.kind])).toEqual([['IHR', 'International Health Regulations', 'acronym'], ['IHR', 'rulebook of global health', 'alias']]);
  });
});
