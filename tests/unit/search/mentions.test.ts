// Glossary alias matching, fixture style: each case is a text, a term's aliases and the mentions expected.
import { describe, expect, it } from 'vitest';
import { findMentions, termForQuery } from '../../../src/lib/terms/mentions.ts';
import { loadGlossary, parseGlossary } from '../../../src/lib/corpus/glossary.ts';

const cases: { name: string; text: string; aliases: string[]; found: string[] }[] = [
  { name: 'acronym-whole-word', text: 'MESA and MESAs and Mesa', aliases: ['MESA'], found: ['MESA'] },
  { name: 'phrase-any-case', text: 'the Iran Nuclear Deal and the iran nuclear deal', aliases: ['Iran nuclear deal'], found: ['Iran Nuclear Deal', 'iran nuclear deal'] },
  { name: 'longest-alias-wins', text: 'quit the Iran nuclear deal', aliases: ['nuclear deal', 'Iran nuclear deal'], found: ['Iran nuclear deal'] },
  { name: 'curly-apostrophe', text: 'Israel’s David’s Sling', aliases: ["David's Sling"], found: ['David’s Sling'] },
  { name: 'hyphen-or-space', text: 'Al Qaeda, Al-Qaeda', aliases: ['Al-Qaeda'], found: ['Al Qaeda', 'Al-Qaeda'] },
  { name: 'not-inside-words', text: 'the 2015 dealer and a 2015 deal', aliases: ['2015 deal'], found: ['2015 deal'] },
  { name: 'quoted-alias', text: 'the so-called “Arab NATO” to confront Iran', aliases: ['Arab NATO'], found: ['Arab NATO'] },
];

describe('findMentions', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(findMentions(c.text, { aliases: c.aliases }).map((m) => c.text.slice(m.start, m.end))).toEqual(c.found);
  });
});

describe('glossary', () => {
  const glossary = loadGlossary();
  it('names MESA, JCPOA and GCC with the aliases outlets use', () => {
    expect(termForQuery('arab nato', glossary)?.slug).toBe('mesa');
    expect(termForQuery('Middle East Security Alliance', glossary)?.slug).toBe('mesa');
    expect(termForQuery('2015 deal', glossary)?.slug).toBe('jcpoa');
    expect(termForQuery('Gulf Cooperation Council', glossary)?.slug).toBe('gcc');
    expect(termForQuery('deal', glossary)).toBeNull();
  });

  it('rejects a glossary with duplicate slugs or no aliases, naming the file', () => {
    expect(() => parseGlossary('- {slug: a, name: A, description: d, aliases: [AA]}\n- {slug: a, name: B, description: d, aliases: [BB]}', 'g.yaml')).toThrow(/g\.yaml.*unique/);
    expect(() => parseGlossary('- {slug: a, name: A, description: d, aliases: []}', 'g.yaml')).toThrow(/g\.yaml/);
  });
});
