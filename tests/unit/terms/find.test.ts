// Definitions the texts give themselves (terms/find.ts), fixture style: each case a sentence and what must be found.
import { describe, expect, it } from 'vitest';
import { findAliases, findDefinitions, matchLongForm } from '../../../src/lib/terms/find.ts';
import { buildEntityTable } from '../../../src/lib/text/entities.ts';

const cases: { name: string; text: string; found: [string, string][] }[] = [
  { name: 'long (SHORT)', text: 'Inspectors from the International Atomic Energy Agency (IAEA) arrived.', found: [['IAEA', 'International Atomic Energy Agency']] },
  { name: 'SHORT (long)', text: 'Ministers from ECOWAS (Economic Community of West African States) met.', found: [['ECOWAS', 'Economic Community of West African States']] },
  { name: 'function word skipped at the start', text: 'members of the Organization of the Petroleum Exporting Countries (OPEC) weighed cuts', found: [['OPEC', 'Organization of the Petroleum Exporting Countries']] },
  { name: 'quoted long form with an article', text: 'a pact known as “the Middle East Strategic Alliance” (MESA).', found: [['MESA', 'Middle East Strategic Alliance']] },
  { name: 'plural short form', text: 'small and medium-sized enterprises (SMEs) gain most', found: [['SME', 'small and medium-sized enterprises']] },
  { name: 'mixed case', text: 'The Ministry of Health (MoH) said', found: [['MoH', 'Ministry of Health']] },
  { name: 'two-word short form', text: 'Africa CDC (Africa Centres for Disease Control and Prevention) said', found: [['Africa CDC', 'Africa Centres for Disease Control and Prevention']] },
  { name: 'letters out of order', text: 'breaching the Treaty on the Non-Proliferation of Nuclear Weapons (NPT), which', found: [['NPT', 'Treaty on the Non-Proliferation of Nuclear Weapons']] },
  { name: 'a blend of a name', text: 'the African Export-Import Bank (Afreximbank) announced', found: [['Afreximbank', 'African Export-Import Bank']] },
  { name: 'agency in a dateline', text: 'VIENNA (AP) — Inspectors will return. ABUJA, Nigeria (Reuters) - Ministers met.', found: [] },
  { name: 'asides and references', text: 'the director general (pictured), in 1968 (see below), a nurse (right), the report (2019)', found: [] },
  { name: 'a member list', text: 'Diplomats from the E3 (Britain, France and Germany) said', found: [] },
  { name: 'a figure for its number word, or as written', text: 'ministers of the Group of 20 (G20) and the G7 (Group of Seven) met', found: [['G20', 'Group of 20'], ['G7', 'Group of Seven']] },
  { name: 'a figure whose word the brackets do not spell', text: 'the G7 (Group of Eight, before Russia left) met', found: [] },
  { name: 'an ampersand', text: 'spending on research and development (R&D) and mergers and acquisitions (M&A) rose', found: [['R&D', 'research and development'], ['M&A', 'mergers and acquisitions']] },
  { name: 'a prefix waiting for its word', text: 'a ban on per- and polyfluoroalkyl substances (PFAS) would', found: [['PFAS', 'per- and polyfluoroalkyl substances']] },
  { name: 'an acronym from another language', text: 'The United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA) left.', found: [['MINUSMA', 'United Nations Multidimensional Integrated Stabilization Mission in Mali']] },
  { name: 'a long bracketed form after its short form', text: 'the G5 (Group of Five for the Sahel) fell apart', found: [['G5', 'Group of Five for the Sahel']] },
  { name: 'a figure of two digits for its number word', text: 'finance ministers of the V20 (Vulnerable Twenty) group and the Group of Twenty (G20) met', found: [['V20', 'Vulnerable Twenty'], ['G20', 'Group of Twenty']] },
  { name: 'a mixed-case plural', text: 'alongside the contracts for difference (CfDs) that guarantee a price', found: [['CfD', 'contracts for difference']] },
  { name: 'capitals from inside one common noun', text: 'up to 24 gigawatts (GW) of capacity, shown on television (TV)', found: [['GW', 'gigawatts'], ['TV', 'television']] },
  { name: 'one word that is a name, a word cut short or too short for it', text: 'exports to Turkey (TR) rose, and the ministry (MIN) and its office (OFC) said a pact (PT) held', found: [] },
  { name: 'capitals that start too few of the letters', text: 'said President Emmanuel Macron of France (AFPX) and the Prime Minister (UKGOV)', found: [] },
];

describe('findDefinitions', () => {
  it('keeps an apostrophe inside a long form’s word, curly or straight, and drops quotation marks around it', () => {
    expect(findDefinitions('The International Longshoremen’s Association (ILA) called a strike.').map((d) => d.long)).toEqual(['International Longshoremen’s Association']);
    expect(findDefinitions("The Women's Army Corps (WAC) met.").map((d) => d.long)).toEqual(["Women's Army Corps"]);
    expect(findDefinitions('the so-called ‘Middle East Strategic Alliance’ (MESA) plan').map((d) => d.long)).toEqual(['Middle East Strategic Alliance']);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(findDefinitions(c.text).map((d) => [d.short, d.long])).toEqual(c.found);
  });

  it('is Schwartz & Hearst’s test: the first letter starts a word, the rest follow in order', () => {
    expect(matchLongForm('HEU', 'how much highly enriched uranium')).toBe('highly enriched uranium');
    expect(matchLongForm('XYZ', 'highly enriched uranium')).toBeNull();
  });

  it('stays linear on long hostile text', () => {
    const text = `${'(A) '.repeat(20_000)}${'word '.repeat(20_000)}(ABC)`;
    expect(findDefinitions(text)).toEqual([]);
  });
});

describe('findAliases', () => {
  const table = buildEntityTable([{ id: 'jcpoa', names: ['JCPOA'] }, { id: 'ihr', names: ['IHR'] }]);
  const isTerm = (id: string) => id === 'jcpoa' || id === 'ihr';
  const found = (text: string) => findAliases(text, table, isTerm).map((a) => [a.term, a.alias, a.pattern]);

  it('finds "known as", "so-called" and "dubbed" after a known term', () => {
    expect(found('the JCPOA, widely known as the Iran nuclear deal, could not be revived')).toEqual([['jcpoa', 'Iran nuclear deal', 'known as']]);
    expect(found('The IHR, the so-called rulebook of global health, require')).toEqual([['ihr', 'rulebook of global health', 'so-called']]);
    expect(found('The JCPOA, dubbed the "deal of the century" by its supporters')).toEqual([['jcpoa', 'deal of the century', 'dubbed']]);
    // After "as", and after the term's own closing bracket; a clause after the alias is not part of it.
    expect(found('Critics dismiss the JCPOA as a so-called "paper deal" that')).toEqual([['jcpoa', 'paper deal', 'so-called']]);
    expect(found('health rules (IHR), known as the rulebook because they bind every member')).toEqual([['ihr', 'rulebook', 'known as']]);
    // A quoted alias is whole as quoted, its own "in" and "for" included.
    expect(found('The IHR, dubbed "rules for all in a box" by their backers, bind')).toEqual([['ihr', 'rules for all in a box', 'dubbed']]);
  });

  it('ignores a naming that follows no known term', () => {
    expect(found('one coastal district, known locally as the Old Harbour, said')).toEqual([]);
    expect(found('the so-called snapback mechanism')).toEqual([]);
    // "as" with "known as" is no naming of the term: the mission works as known as ever.
    expect(found('the JCPOA as known as ever')).toEqual([]);
  });
});
