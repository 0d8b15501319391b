// The wording of search results: the summary line, hit labels and notes (another alias, an approximate word).
import { describe, expect, it } from 'vitest';
import { approximations, hitLabel, hitNotes, queryTitle, QUOTED_QUERY_MAX, searchSummary } from '../../../src/lib/present/search-results.ts';
import type { Hit, SearchPlan } from '../../../src/lib/search/engine.ts';

const plan = (fields: Partial<SearchPlan>): SearchPlan => ({ parts: [], matchers: [], ranked: [], hitCount: 0, meetingCount: 0, checked: 0, unchecked: 0, ...fields });
const part = (text: string, term: string | null = null) => ({ text, kind: term ? ('term' as const) : ('word' as const), term: term ? { slug: term.toLowerCase(), name: term, alias: text } : null, approximate: [] });
const group = (article: number, meeting: number) => ({ article, hits: [], meeting, quality: 0 });
const hit = (fields: Partial<Hit>): Hit => ({ paragraph: 1, segments: [], via: null, approximate: [], meets: true, ...fields });

describe('searchSummary', () => {
  it('quotes a long query shortened at a word, not repeated back whole (found by a first user: 40 repeats)', () => {
    const long = Array.from({ length: 40 }, () => 'seven words of a phrase said again').join(' ');
    const summary = searchSummary(plan({ parts: [part('seven'), part('words')] }), long, []);
    expect(summary).toMatch(/^No article holds every word of “seven words of a phrase said again seven words of a phrase said again seven…”\.$/);
    expect(summary.length).toBeLessThan(QUOTED_QUERY_MAX + 40);
  });

  it('counts paragraphs and articles for one word, naming the term a query names', () => {
    expect(searchSummary(plan({ parts: [part('MESA', 'MESA')], ranked: [group(0, 3), group(1, 2)], hitCount: 5 }), 'MESA', [])).toBe(
      '5 paragraphs in 2 articles match “MESA”, including every name for MESA.',
    );
  });

  it('says where several words meet, or that they never do', () => {
    expect(searchSummary(plan({ parts: [part('MESA', 'MESA'), part('Egypt')], ranked: [group(0, 2), group(1, 0)], meetingCount: 2 }), 'MESA Egypt', [])).toBe(
      '2 articles hold every word of “MESA Egypt”, MESA by any of its names; the words meet in 2 paragraphs.',
    );
    expect(searchSummary(plan({ parts: [part('a'), part('b')], ranked: [group(0, 0)] }), 'a b', [])).toMatch(/never meet in one paragraph/);
    expect(searchSummary(plan({ parts: [part('a'), part('b')], ranked: [group(0, 1)], meetingCount: 1 }), 'a b', [])).toBe(
      '1 article holds every word of “a b”; the words meet in 1 paragraph.',
    );
  });

  it('says when a hit is approximate', () => {
    const shown = [hit({ approximate: [{ typed: 'Pompoe', found: 'Pompeo' }] })];
    expect(searchSummary(plan({ parts: [part('Pompoe')], ranked: [group(0, 1)], hitCount: 1 }), 'Pompoe', shown)).toBe(
      '1 paragraph in 1 article matches “Pompoe”. Approximate: “Pompeo” for “Pompoe”.',
    );
  });

  it('says when nothing matches', () => {
    expect(searchSummary(plan({ parts: [part('x')] }), 'x', [])).toBe('No paragraphs match “x”.');
    expect(searchSummary(plan({ parts: [part('x'), part('y')] }), 'x y', [])).toBe('No article holds every word of “x y”.');
  });

  it('never says a phrase matches nowhere while candidates are unread, and quotes a quoted query once', () => {
    const phrase = { ...part('said on Monday'), kind: 'phrase' as const };
    expect(searchSummary(plan({ parts: [phrase], unchecked: 158 }), '"said on Monday"', [])).toBe(
      'No article read so far holds “said on Monday”. 158 more articles hold the phrase’s words and have not been read to check it.',
    );
    expect(searchSummary(plan({ parts: [phrase], ranked: [group(0, 1)], hitCount: 1, unchecked: 1 }), '“said on Monday”', [])).toBe(
      '1 paragraph in 1 article matches “said on Monday”. 1 more article holds the phrase’s words and has not been read to check it.',
    );
    expect(searchSummary(plan({ parts: [phrase, part('Egypt')] }), '"said on" Egypt', [])).toBe('No article holds every word of “"said on" Egypt”.');
  });
});

describe('hit labels and notes', () => {
  it('labels paragraphs by number and the title line by what it holds', () => {
    expect(hitLabel({ paragraph: 4 })).toBe('¶4 ');
    expect(hitLabel({ paragraph: 0 })).toBe('Title, outlet, author: ');
  });

  it('notes another alias and approximate words', () => {
    expect(hitNotes(hit({ via: 'Arab NATO' }))).toEqual(['matched “Arab NATO”']);
    expect(hitNotes(hit({ approximate: [{ typed: 'Pompoe', found: 'Pompeo' }] }))).toEqual(['approximate: “Pompeo” for “Pompoe”']);
    expect(hitNotes(hit({}))).toEqual([]);
  });

  it('gathers distinct approximations', () => {
    const hits = [hit({ approximate: [{ typed: 'a', found: 'b' }] }), hit({ approximate: [{ typed: 'a', found: 'b' }, { typed: 'a', found: 'c' }] })];
    expect(approximations(hits)).toEqual([{ typed: 'a', found: ['b', 'c'] }]);
  });
});

describe('queryTitle', () => {
  it('puts the query before the page title, a long one shortened at a word, and nothing for an empty query', () => {
    expect(queryTitle('  MESA  Egypt ', 'Search · wirediff')).toBe('MESA Egypt · Search · wirediff');
    expect(queryTitle('   ', 'Search · wirediff')).toBe('Search · wirediff');
    const long = queryTitle('the ministers met in Riyadh '.repeat(20), 'Search · wirediff');
    expect(long.length).toBeLessThanOrEqual(QUOTED_QUERY_MAX + ' · Search · wirediff'.length);
    expect(long).toMatch(/^the ministers met in Riyadh the .*… · Search · wirediff$/u);
  });
});
