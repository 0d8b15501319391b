import { describe, expect, it } from 'vitest';
import { aliasPattern, findMentions, isAcronym, termForQuery } from '../../../src/lib/terms/mentions.ts';

describe('isAcronym', () => {
  it('is true for 2–8 capitals, digits and hyphens', () => {
    expect(isAcronym('IAEA')).toBe(true);
    expect(isAcronym('G-20')).toBe(true);
    expect(isAcronym('A')).toBe(false);
    expect(isAcronym('ABCDEFGHI')).toBe(false);
    expect(isAcronym('Nato')).toBe(false);
  });
});

describe('aliasPattern', () => {
  it('matches whole words only, acronyms in capitals only', () => {
    expect('the IAEA said'.match(aliasPattern('IAEA'))).toEqual(['IAEA']);
    expect('the iaea said'.match(aliasPattern('IAEA'))).toBeNull();
    expect('IAEAs'.match(aliasPattern('IAEA'))).toBeNull();
    expect('Arab nato plan'.match(aliasPattern('Arab NATO plan'))).toEqual(['Arab nato plan']);
  });

  it('treats apostrophes, spaces and hyphens alike', () => {
    expect('Côte d’Ivoire'.match(aliasPattern("Côte d'Ivoire"))).toEqual(['Côte d’Ivoire']);
    expect('Middle-East  Strategic\u00a0Alliance'.match(aliasPattern('Middle East Strategic Alliance'))).toEqual(['Middle-East  Strategic\u00a0Alliance']);
  });

  it('escapes regular-expression characters in an alias', () => {
    expect('a (b) c'.match(aliasPattern('(b)'))).toEqual(['(b)']);
    expect('a xbx c'.match(aliasPattern('.b.'))).toBeNull();
  });

  it('does not match inside a word in another script', () => {
    expect('ÉIAEA'.match(aliasPattern('IAEA'))).toBeNull();
  });
});

describe('findMentions', () => {
  const term = { aliases: ['MESA', 'Middle East Strategic Alliance', 'Arab NATO'] };

  it('finds every mention in text order, longest alias first where two overlap', () => {
    const text = 'The Middle East Strategic Alliance (MESA), dubbed Arab NATO, met. MESA stalled.';
    expect(findMentions(text, term)).toEqual([
      { start: 4, end: 34, alias: 'Middle East Strategic Alliance' },
      { start: 36, end: 40, alias: 'MESA' },
      { start: 50, end: 59, alias: 'Arab NATO' },
      { start: 66, end: 70, alias: 'MESA' },
    ]);
  });

  it('keeps the longer of two overlapping aliases', () => {
    expect(findMentions('New York City', { aliases: ['York', 'New York City'] })).toEqual([{ start: 0, end: 13, alias: 'New York City' }]);
  });

  it('finds nothing in empty text', () => {
    expect(findMentions('', term)).toEqual([]);
  });
});

describe('termForQuery', () => {
  const glossary = [
    { slug: 'mesa', name: 'Middle East Strategic Alliance', description: 'd', aliases: ['MESA', 'Arab NATO'] },
    { slug: 'iaea', name: 'IAEA', description: 'd', aliases: ['IAEA'] },
  ];

  it('finds a term by slug, name or alias, ignoring case and extra spaces', () => {
    expect(termForQuery('mesa', glossary)?.slug).toBe('mesa');
    expect(termForQuery('  middle   east strategic alliance ', glossary)?.slug).toBe('mesa');
    expect(termForQuery('arab nato', glossary)?.slug).toBe('mesa');
    expect(termForQuery('IAEA', glossary)?.slug).toBe('iaea');
  });

  it('returns null for an empty or unknown query', () => {
    expect(termForQuery('   ', glossary)).toBeNull();
    expect(termForQuery('nato', glossary)).toBeNull();
    expect(termForQuery('anything', [])).toBeNull();
  });
});
