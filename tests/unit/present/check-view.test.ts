// The /check/ result list: verdicts, coverages, facts that differ, shared passages and related articles.
import { describe, expect, it } from 'vitest';
import { checkView, coverages, factsDiffer, factValues, RELATED_VERDICT, sharedPassages, verdict, NO_MATCH_TEXT, TOO_SHORT_TEXT } from '../../../src/lib/present/check-view.ts';
import type { CheckMatch } from '../../../src/lib/compare/check.ts';
import type { Alignment, DiffOp } from '../../../src/lib/compare/types.ts';
import { TRACE_WORDS } from '../../../src/lib/search/trace.ts';
import { article, oneAddedSentence as alignment } from './make.ts';

const match = (id: string, variant: boolean, checkedFound: number, articleFound: number): CheckMatch => ({
  article: article(id, { outlet: 'Reuters', published: '2019-04-11' }),
  alignment: () => alignment(id, 'checked'),
  similarity: 0.8123,
  variant,
  checkedFound,
  articleFound,
  checkedLinks: [{ index: 0, score: 0.8 }],
  checkedSentences: 2,
  sharedKeys: 9,
});

describe('verdict', () => {
  const whole = { partOfText: false, verbatim: 0 };
  const part = { partOfText: true, verbatim: 0 };
  it('says whether a version covers the whole text, part of the article or part of the text', () => {
    expect(verdict({ variant: true, articleFound: 0.8 }, whole)).toBe('A version of your text');
    expect(verdict({ variant: true, articleFound: 0.07 }, whole)).toBe('Your text is a version of part of this article');
    expect(verdict({ variant: true, articleFound: 0.9 }, part)).toBe('Part of your text is a version of this article');
    // One source of a splice: part of the text, a few of the article's sentences.
    expect(verdict({ variant: true, articleFound: 0.09 }, part)).toBe('Part of your text is a version of part of this article');
    expect(verdict({ variant: false, articleFound: 0.9 }, whole)).toBe('Shares some text with yours');
    expect(verdict({ variant: false, articleFound: 0.2 }, { partOfText: true, verbatim: 0.36 })).toBe('Part of your text is in this article, nearly word for word');
    // A version found nearly word for word, sentence by sentence: a quotation of the article, or a copy of it.
    expect(verdict({ variant: true, articleFound: 0.08 }, { partOfText: false, verbatim: 1 })).toBe('Your text is in this article, nearly word for word');
    expect(verdict({ variant: true, articleFound: 0.95 }, { partOfText: false, verbatim: 0.92 })).toBe('A version of your text, nearly word for word');
    expect(verdict({ variant: true, articleFound: 0.95 }, { partOfText: false, verbatim: 0.8 })).toBe('A version of your text');
    // A headline is no sentence of the body it heads: it is said to be the headline.
    expect(verdict({ variant: false, articleFound: 0, headline: true }, { partOfText: false, verbatim: 0 })).toBe('Your text is this article’s headline');
  });
});

describe('factValues', () => {
  it('names the first changed figures and dates, the article\'s then the text\'s, and counts the rest', () => {
    const change = (type: 'number-changed' | 'date-changed' | 'quote-altered', left: string | null, right: string | null) => ({ type, left, right });
    expect(factValues([change('number-changed', '18 percent', '12 percent')])).toBe('The article has “18 percent” where yours has “12 percent”.');
    expect(factValues([change('number-changed', '18', '12'), change('date-changed', 'June 2', 'June 12'), change('number-changed', 'three', 'four')])).toBe('The article has “18” where yours has “12”; “June 2” where yours has “June 12”, and 1 more.');
    // A figure on one side only, or a quote, is counted by factsDiffer but has no pair to name.
    expect(factValues([change('number-changed', 'three', null), change('quote-altered', 'a', 'b')])).toBeNull();
  });

  // Found by a first user: a bare quotation pasted was told "1 attribution differs", with no word of whom.
  it('says whom the article credits, and that the text credits no one where it does not', () => {
    const change = (type: 'number-changed' | 'attribution-changed', left: string | null, right: string | null) => ({ type, left, right });
    expect(factValues([change('attribution-changed', 'Justice Mwangi wrote', null)])).toBe('The article credits “Justice Mwangi wrote”; yours credits no one.');
    expect(factValues([change('number-changed', '18', '12'), change('attribution-changed', 'the judge wrote', 'Barasa told reporters')])).toBe('The article has “18” where yours has “12”. The article credits “the judge wrote” where yours credits “Barasa told reporters”.');
    expect(factValues([change('attribution-changed', null, 'Barasa said')])).toBeNull();
  });
});

describe('factsDiffer', () => {
  it('counts the changed numbers, dates, quotes and attributions in words, and says nothing when none changed', () => {
    const change = (type: string) => ({ type }) as { type: 'number-changed' };
    expect(factsDiffer([change('number-changed'), change('number-changed'), change('date-changed'), change('quote-altered'), change('sentence-added')])).toBe('2 numbers, 1 date and 1 quote differ from your text.');
    expect(factsDiffer([change('attribution-changed')])).toBe('1 attribution differs from your text.');
    expect(factsDiffer([change('wording-changed'), change('sentence-dropped')])).toBeNull();
  });

  it('is said for a version from its typed changes, and for an article sharing some text from those on the rows it shares', () => {
    const changed = { ...match('a', true, 1, 1), alignment: () => ({ ...alignment('a', 'checked'), changes: [{ type: 'number-changed' as const, row: 0, left: 'six', right: 'seven' }] }) };
    // Row 0 is a one-sided row (score 0): for an article that is not a version, no shared sentence differs.
    const other = { ...changed, article: article('b'), variant: false };
    const sharedRow = alignment('c', 'checked');
    const shared = { ...other, article: article('c'), alignment: () => ({ ...sharedRow, rows: [{ ...(sharedRow.rows[0] as Alignment['rows'][number]), kind: 'changed' as const, left: ['Six died.'], left_index: [0], score: 0.8 }], changes: [{ type: 'number-changed' as const, row: 0, left: 'Six', right: 'Seven' }] }) };
    const [version, notVersion, sharing] = checkView({ matches: [changed, other, shared] }).matches;
    expect(version?.factsText).toBe('1 number differs from your text.');
    expect(version?.factsValues).toBe('The article has “six” where yours has “seven”.');
    expect(notVersion?.factsText).toBeNull();
    expect(sharing?.verdict).toBe('Shares some text with yours');
    expect(sharing?.factsText).toBe('1 number differs from your text.');
  });
});

describe('checkView: the wire behind a match', () => {
  it('says whose wire copy a match rewrites when the curated metadata knows, and nothing otherwise', () => {
    const wired = { ...match('a', true, 1, 1), article: article('a', { wire: 'Harbour Wire Service' }) };
    const [withWire, without] = checkView({ matches: [wired, match('b', true, 1, 1)] }).matches;
    expect(withWire?.wireText).toBe('Wire source: Harbour Wire Service (curated metadata)');
    expect(without?.wireText).toBeNull();
  });
});

describe('coverages', () => {
  const links = (indices: number[], score = 1) => indices.map((index) => ({ index, score }));
  it('takes a match for part of the text when it covers under 60% of it, or when others cover a fifth it lacks', () => {
    // A splice: sentences 0–5 from one source (64%), 6–9 nearly verbatim from another (36%); a third article has a
    // loose version of 6–9 too.
    const [first, second, third] = coverages([
      { checkedFound: 0.64, checkedLinks: links([0, 1, 2, 3, 4, 5]), checkedSentences: 10 },
      { checkedFound: 0.36, checkedLinks: links([6, 7, 8, 9]), checkedSentences: 10 },
      { checkedFound: 0.36, checkedLinks: links([6, 7, 8, 9], 0.6), checkedSentences: 10 },
    ]);
    expect(first).toEqual({ partOfText: true, verbatim: 0.6 });
    expect(second).toEqual({ partOfText: true, verbatim: 0.4 });
    expect(third).toEqual({ partOfText: true, verbatim: 0 });
    // One source for the whole text, and another article with one sentence of it: still the whole text.
    const [only] = coverages([
      { checkedFound: 0.9, checkedLinks: links([0, 1, 2, 3, 4, 5, 6, 7, 8]), checkedSentences: 10 },
      { checkedFound: 0.1, checkedLinks: links([9]), checkedSentences: 10 },
    ]);
    expect(only?.partOfText).toBe(false);
  });
});

describe('sharedPassages', () => {
  const row = (score: number, at: number, text: string) => ({ kind: 'changed' as const, left: ['A sentence.'], right: [text], ops: [] as DiffOp[], left_index: [0], right_index: [at], grade: 'light-edit' as const, score, moved_from: null });
  const shared = (rows: ReturnType<typeof row>[]) => ({ variant: false, alignment: () => ({ ...alignment('a', 'b'), rows }) });
  const part = { partOfText: true };

  it('lists the closest shared sentences of the checked text in its own order, at most three, and counts them all', () => {
    const rows = [row(0.9, 7, 'Seventh.'), row(0.5, 1, 'Too far.'), row(0.7, 3, 'Third.'), row(1, 9, 'Ninth.'), row(0.65, 2, 'Second.')];
    expect(sharedPassages(shared(rows), part)).toEqual({ listed: ['Third.', 'Seventh.', 'Ninth.'], count: 4 });
  });

  it('lists nothing for a version of the whole text, which has its reader, or for rows on one side only', () => {
    expect(sharedPassages({ ...shared([row(1, 0, 'Same.')]), variant: true }, { partOfText: false })).toEqual({ listed: [], count: 0 });
    // A version of part of the text (one source of a splice) says which part.
    expect(sharedPassages({ ...shared([row(1, 0, 'Same.')]), variant: true }, part).listed).toEqual(['Same.']);
    expect(sharedPassages(shared([{ ...row(1, 0, 'Only B.'), left: [] }]), part).listed).toEqual([]);
  });
});

describe('checkView', () => {
  const lead = (id: string, facts: string[]) => ({ article: article(id, { outlet: 'Reuters', published: '2019-04-11' }), facts, of: 23, share: 0.9 });

  it('offers the leads of a text told in other words after the no-match sentence, never as matches', () => {
    const facts = ['2017', 'Doha', '2020', 'Oman', 'Kuwait', 'Qatar', 'Bahrain', 'Tehran', 'Riyadh', 'NATO', 'Egypt', 'Jordan'];
    const view = checkView({ matches: [], related: [lead('a', facts), lead('b', facts.slice(0, 3))] }, 'text', 5);
    expect(view.summary).toBe(`${NO_MATCH_TEXT} The corpus holds 5 articles. But 2 articles name most of its names and figures: a rewrite in other words may come from one of them.`);
    expect(view.matches).toEqual([]);
    expect(view.related.map((r) => [r.id, r.url, r.verdict])).toEqual([['a', '/articles/a/', RELATED_VERDICT], ['b', '/articles/b/', RELATED_VERDICT]]);
    expect(view.related[0]?.factsText).toBe('Names 12 of the 23 names and figures of your text: 2017, Doha, 2020, Oman, Kuwait, Qatar, Bahrain, Tehran, Riyadh, NATO and 2 more.');
    expect(view.related[1]?.factsText).toBe('Names 3 of the 23 names and figures of your text: 2017, Doha, 2020.');
    expect(checkView({ matches: [], related: [lead('a', facts)] }).summary).toMatch(/But 1 article names most of its names and figures: a rewrite in other words may come from it\.$/);
    // A match is the answer: leads are for a text no article shares.
    expect(checkView({ matches: [match('a', true, 1, 1)], related: [lead('b', facts)] }).related).toEqual([]);
  });

  it('says the no-match result in words', () => {
    expect(checkView({ matches: [] })).toEqual({ summary: NO_MATCH_TEXT, matches: [], related: [] });
    // With the corpus's size, a "no" says how much was searched.
    expect(checkView({ matches: [] }, 'text', 5).summary).toBe(`${NO_MATCH_TEXT} The corpus holds 5 articles.`);
    expect(checkView({ matches: [], unaligned: 2 }, 'text', 1).summary).toMatch(/were not compared with it\. The corpus holds 1 article\.$/);
    expect(checkView({ matches: [match('a', true, 1, 1)] }, 'text', 5).summary).not.toMatch(/corpus holds/);
    expect(NO_MATCH_TEXT).toBe('No article in the corpus shares text with this.');
  });

  it('gives each match its page, both shares in words, and whether it is a version', () => {
    const view = checkView({ matches: [match('a', true, 0.94, 1), match('b', false, 0.004, 0.3)] });
    expect(view.summary).toBe('2 articles of the corpus share text with yours, best match first.');
    expect(view.matches.map((m) => m.id)).toEqual(['a', 'b']);
    expect(view.matches[0]).toMatchObject({
      url: '/articles/a/',
      outlet: 'Reuters',
      dateText: '11 April 2019',
      similarityText: 'Similarity 0.81',
      checkedFoundText: '94% of your sentences have a counterpart in this article',
      articleFoundText: '100% of its sentences have one in your text',
      variant: true,
      verdict: 'A version of your text',
    });
    expect(view.matches[1]).toMatchObject({ checkedFoundText: '<1% of your sentences have a counterpart in this article', verdict: 'Shares some text with yours', variant: false });
    expect(checkView({ matches: [match('a', true, 1, 1)] }).summary).toBe('1 article of the corpus shares text with yours, best match first.');
    // A short text traced by its words: the articles holding them beyond those compared are counted, never hidden.
    expect(checkView({ matches: [match('a', true, 1, 1)], unaligned: 1 }).summary).toBe(
      '1 article of the corpus shares text with yours, best match first. 1 more article holds its longest words and was not compared with it.',
    );
    expect(checkView({ matches: [match('a', true, 1, 1)], unaligned: 163 }).summary).toMatch(/ 163 more articles hold its longest words and were not compared with it\.$/);
    expect(checkView({ matches: [], unaligned: 40, by: 'words' }).summary).toBe('No article compared shares text with this. 40 more articles hold its longest words and were not compared with it.');
    // A text too short to check is not said to match nothing: it was not checked, and search is offered instead.
    const short = checkView({ matches: [], by: 'too-short' }, '  “There’s different\n views”  ');
    expect(short.summary).toBe(TOO_SHORT_TEXT);
    expect(short.summary).not.toContain(NO_MATCH_TEXT);
    expect(short.searchInstead).toEqual({ href: '/search/?q=%E2%80%9CThere%E2%80%99s%20different%20views%E2%80%9D', text: 'Search the corpus for it' });
    expect(checkView({ matches: [], by: 'too-short' }).searchInstead).toBeUndefined();
    expect(checkView({ matches: [] }, 'some text').searchInstead).toBeUndefined();
    // The wording names the trace's own threshold, and says why a long text of one repeated word is refused too.
    expect(TRACE_WORDS).toBe(6);
    expect(TOO_SHORT_TEXT).toMatch(/fewer than six different words \(a name, a phrase, one word repeated\)/);
  });
});

