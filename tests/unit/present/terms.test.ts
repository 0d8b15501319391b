// Term pages and the terms index as data (present/terms.ts): every mention shown or one click away, links named
// with their article, and no page growing with the corpus (10,000 articles here).
import { describe, expect, it } from 'vitest';
import { article } from './make.ts';
import { buildTermTable } from '../../../src/lib/terms/table.ts';
import { termReports } from '../../../src/lib/terms/report.ts';
import {
  ALIAS_SOURCES_SHOWN, namingExample, TERM_ARTICLE_MENTIONS, TERM_MENTIONS_OPEN, TERM_PAGE_ARTICLES, TERMS_INDEX_PAGE, termPages, termsIndexPages,
} from '../../../src/lib/present/terms.ts';
import { searchUrl } from '../../../src/lib/routes.ts';

const paragraph = (n: number) => `The Gulf Cooperation Council (GCC) met. ${'The GCC said so. '.repeat(n)}`;

describe('term pages', () => {
  it('shows every mention of an article: the first lines open, the rest in a disclosure, none silently left out', () => {
    // Mentions far apart are lines of their own; two in one short sentence are one line marking both.
    const apart = 'Officials from several capitals met for talks that went on late into the night and ended without agreement. '.repeat(3);
    const far = `The Gulf Cooperation Council (GCC) met. ${apart}The GCC said so. ${apart}The GCC said so again. ${apart}And the GCC once more.`;
    const a = article('a', { paragraphs: [far, 'Then the GCC and the GCC again.'] });
    const table = buildTermTable([a], []);
    const report = termReports([a], table).find((r) => r.term.slug === 'gcc');
    const [page] = termPages(report!, () => a);
    const shown = page!.articles[0]!;
    expect(report!.total).toBe(7);
    expect(shown.count).toBe(7);
    expect(shown.open).toHaveLength(TERM_MENTIONS_OPEN);
    expect(shown.folded.map((m) => m.count)).toEqual([1, 2]);
    expect(shown.foldedCount).toBe(3);
    expect([...shown.open, ...shown.folded].reduce((n, m) => n + m.count, 0)).toBe(7);
    expect(shown.notShown).toBe(0);
  });

  it('names each paragraph link with its article, not a bare "¶2"', () => {
    const a = article('a', { title: 'Gulf states meet', paragraphs: ['Intro.', paragraph(0)] });
    const table = buildTermTable([a], []);
    const [page] = termPages(termReports([a], table).find((r) => r.term.slug === 'gcc')!, () => a);
    const link = page!.articles[0]!.open[0]!.link;
    expect(`${link.text}${link.hidden}`).toBe('¶2 of “Gulf states meet”');
    const origin = page!.aliases.find((x) => x.text === 'Gulf Cooperation Council');
    expect(origin).toMatchObject({ curated: false, pattern: '“long form (ACRONYM)”', more: null });
    expect(origin?.places.map((p) => p.text)).toEqual(['¶2 of “Gulf states meet”']);
  });

  // Found at 1,000 articles: "and 7 more" was plain text, and the places it counted could not be reached.
  it('links the places and names it does not list to where they all are: the search for the name, the term page', () => {
    const many = Array.from({ length: ALIAS_SOURCES_SHOWN + 7 }, (_, i) => article(`a${i}`, { paragraphs: [paragraph(0)] }));
    const reports = termReports(many, buildTermTable(many, []));
    const [page] = termPages(reports.find((r) => r.term.slug === 'gcc')!, (id) => ({ title: id, outlet: null, published: null }));
    const origin = page!.aliases.find((x) => x.text === 'Gulf Cooperation Council');
    expect(origin?.places).toHaveLength(ALIAS_SOURCES_SHOWN);
    expect(origin?.more).toEqual({ href: searchUrl('"Gulf Cooperation Council"'), text: '7 more', hidden: ', in a search for “Gulf Cooperation Council”' });
    const names = Array.from({ length: 11 }, (_, i) => `Name ${String.fromCharCode(65 + i)}`);
    const row = termsIndexPages([{ ...reports[0]!, term: { ...reports[0]!.term, slug: 't', name: 'T', aliases: ['T', ...names] } }])[0]!.rows[0]!;
    expect(row.names).toHaveLength(8);
    expect(row.more).toEqual({ href: '/terms/t/#names', text: '3 more', hidden: ' names of T' });
  });

  // Found by a first user at 1,000 articles: "¶2 of “Egypt has pulled out…”" four times, to four articles.
  it('tells apart, for screen readers, places in articles that share a title', () => {
    const copies = Array.from({ length: 3 }, (_, i) => article(`c${i}`, { paragraphs: [paragraph(0)] }));
    const reports = termReports(copies, buildTermTable(copies, []));
    const outlets: Record<string, string | null> = { c0: 'Gulf Wire', c1: null, c2: null };
    const dates: Record<string, string | null> = { c0: null, c1: '2019-04-11', c2: '2019-04-12' };
    const [page] = termPages(reports.find((r) => r.term.slug === 'gcc')!, (id) => ({ title: 'One title', outlet: outlets[id] ?? null, published: dates[id] ?? null }));
    const places = page!.aliases.find((x) => x.text === 'Gulf Cooperation Council')?.places ?? [];
    expect(places.map((p) => `${p.text}${p.hidden}`)).toEqual([
      '¶1 of “One title” (Gulf Wire)',
      '¶1 of “One title” (Outlet not stated, 11 April 2019)',
      '¶1 of “One title” (Outlet not stated, 12 April 2019)',
    ]);
  });

  it('keeps every page bounded at 10,000 mentioning articles: pages of articles, capped mentions, capped origins', () => {
    // Every 50th article mentions the term in 30 paragraphs: more lines than a page shows.
    const many = Array.from({ length: 10_000 }, (_, i) => article(`a${i}`, { paragraphs: i % 50 === 0 ? Array.from({ length: 30 }, () => paragraph(1)) : [paragraph(1)] }));
    const table = buildTermTable(many, []);
    const report = termReports(many, table).find((r) => r.term.slug === 'gcc')!;
    expect(report.articles).toHaveLength(10_000);
    const pages = termPages(report, (id) => ({ title: id, outlet: null, published: null }));
    expect(pages).toHaveLength(Math.ceil(10_000 / TERM_PAGE_ARTICLES));
    for (const p of pages) {
      expect(p.articles.length).toBeLessThanOrEqual(TERM_PAGE_ARTICLES);
      for (const a of p.articles) expect(a.open.length + a.folded.length).toBeLessThanOrEqual(TERM_ARTICLE_MENTIONS);
      for (const alias of p.aliases) expect(alias.places.length).toBeLessThanOrEqual(5);
    }
    const heavy = pages[0]!.articles[0]!;
    const shownMentions = [...heavy.open, ...heavy.folded].reduce((n, m) => n + m.count, 0);
    expect(heavy.open.length + heavy.folded.length).toBe(TERM_ARTICLE_MENTIONS);
    expect(heavy.notShown).toBe(heavy.count - shownMentions);
    expect(heavy.notShown).toBeGreaterThan(0);
    expect(pages.reduce((n, p) => n + p.articles.length, 0)).toBe(10_000);
    const index = termsIndexPages(termReports(many, table));
    expect(index.every((p) => p.rows.length <= TERMS_INDEX_PAGE)).toBe(true);
  });
});

describe('terms index', () => {
  // Found by a first user: a glossary written for other articles listed its terms first, with no mentions.
  const glossary = [
    { slug: 'mesa', name: 'MESA', description: 'An alliance.', aliases: ['MESA', 'Arab NATO'] },
    { slug: 'ila', name: 'ILA', description: 'A dockworkers’ union.', aliases: ['ILA', 'International Longshoremen’s Association'] },
  ];
  const articles = [
    article('a', { paragraphs: ['The International Longshoremen’s Association (ILA) called a strike.'] }),
    article('b', { paragraphs: ['The ILA said the strike would go on.'] }),
    article('c', { paragraphs: ['The union, the ILA, met on Monday.'] }),
  ];
  const reports = termReports(articles, buildTermTable(articles, glossary));

  it('lists the terms the articles mention before those of the glossary they never mention', () => {
    const rows = termsIndexPages(reports)[0]!.rows;
    expect(rows.map((r) => [r.slug, r.mentions > 0])).toEqual([['ila', true], ['mesa', false]]);
  });

  it('shows what a term gathers in the articles’ own words, most used name first, or nothing', () => {
    expect(namingExample(reports)).toEqual(['ILA', 'International Longshoremen’s Association']);
    // A glossary entry with many names, each used once, is no better example than a story's term named two ways often.
    const many = [
      ...articles,
      article('e', { paragraphs: ['Air defence, missile defence, Iron Dome and anti-missile defence were discussed.'] }),
      article('f', { paragraphs: ['The ILA and the International Longshoremen’s Association are one union.'] }),
    ];
    const defence = { slug: 'air-defence', name: 'air defence', description: 'Defence.', aliases: ['air defence', 'missile defence', 'Iron Dome', 'anti-missile defence'] };
    expect(namingExample(termReports(many, buildTermTable(many, [...glossary, defence])))).toEqual(['ILA', 'International Longshoremen’s Association']);
    const one = [article('d', { paragraphs: ['The ILA met.'] })];
    expect(namingExample(termReports(one, buildTermTable(one, glossary)))).toEqual([]);
  });
});
