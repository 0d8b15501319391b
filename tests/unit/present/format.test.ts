// The one set of formatters: dates, outlets, percentages, similarities, plurals and the article caption.
import { describe, expect, it } from 'vitest';
import { agree, articleCaption, carriesOwnQuotes, checkedOnLine, excerpt, formatDate, formatMonth, formatOutlet, formatPercent, formatSimilarity, listSeparators, NO_OUTLET, plural, quoteOnce } from '../../../src/lib/present/format.ts';
import { article } from './make.ts';

describe('format', () => {
  it('writes dates in words, and says so when there is none', () => {
    expect(formatDate('2019-04-11')).toBe('11 April 2019');
    expect(formatDate(null)).toBe('undated');
    expect(formatDate(null, 'Undated')).toBe('Undated');
  });

  it('writes every month and day as the en-GB locale does', () => {
    for (let month = 1; month <= 12; month++) {
      for (const day of [1, 9, 10, 28]) {
        const iso = `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const utc = new Date(Date.UTC(2024, month - 1, day));
        expect(formatDate(iso)).toBe(utc.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
        expect(formatMonth(iso)).toBe(utc.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }));
      }
    }
  });

  it('has one wording for an unknown outlet', () => {
    expect(formatOutlet('Reuters')).toBe('Reuters');
    expect(formatOutlet(null)).toBe(NO_OUTLET);
  });

  it('rounds percentages but never says none or all when that is not so', () => {
    expect([0, 0.004, 0.8125, 0.996, 1].map(formatPercent)).toEqual(['0%', '<1%', '81%', '>99%', '100%']);
  });

  it('prints similarities with two decimals', () => {
    expect([0, 0.5, 0.876, 1].map(formatSimilarity)).toEqual(['0.00', '0.50', '0.88', '1.00']);
  });

  it('counts nouns', () => {
    expect([plural(0, 'row'), plural(1, 'row'), plural(2, 'row'), plural(2, 'copy', 'copies')]).toEqual(['0 rows', '1 row', '2 rows', '2 copies']);
    expect([agree(0, 'holds', 'hold'), agree(1, 'holds', 'hold'), agree(2, 'was', 'were')]).toEqual(['hold', 'holds', 'were']);
    // The article page's "1,006 words" must read as the article tables' 1,006.
    expect(plural(1006, 'word')).toBe('1,006 words');
  });

  it('separates the items of a list in prose: “B”, “B and C”, “B, C and D”', () => {
    const list = (items: string[]) => items.map((item, i) => `${item}${listSeparators(items.length)[i]}`).join('');
    expect([list([]), list(['B']), list(['B', 'C']), list(['B', 'C', 'D'])]).toEqual(['', 'B', 'B and C', 'B, C and D']);
  });

  it('captions an article with its link, outlet and date in words', () => {
    expect(articleCaption(article('x', { published: '2018-07-27', kind: 'wire' }))).toEqual({
      id: 'x', title: 'Title x', url: '/articles/x/', outlet: NO_OUTLET, kind: 'wire', published: '2018-07-27', dateText: '27 July 2018',
    });
    expect(articleCaption({ id: 'y', title: 'Y', outlet: 'Tasnim', published: null }, 'Undated')).toMatchObject({ outlet: 'Tasnim', kind: null, dateText: 'Undated' });
  });
});

describe('excerpt', () => {
  it('keeps short text whole, with whitespace collapsed', () => {
    expect(excerpt('  one\n two  ', 20)).toBe('one two');
  });
  it('cuts at a word boundary and marks the cut', () => {
    expect(excerpt('alpha beta gamma delta epsilon', 17)).toBe('alpha beta gamma…');
  });
  it('drops trailing punctuation before the ellipsis', () => {
    expect(excerpt('alpha beta, gamma delta', 13)).toBe('alpha beta…');
  });
  it('cuts inside a long word when there is no early space', () => {
    expect(excerpt('abcdefghijklmnopqrstuvwxyz', 10)).toBe('abcdefghi…');
  });
});

describe('quoteOnce', () => {
  it('sets a text in quotation marks unless it opens or closes with its own', () => {
    expect(quoteOnce('the alliance will fail')).toBe('“the alliance will fail”');
    expect(quoteOnce('he said “no”')).toBe('he said “no”');
    expect(quoteOnce('“No,” he said')).toBe('“No,” he said');
    expect(quoteOnce('« Non »')).toBe('« Non »');
    expect(carriesOwnQuotes('the Saudis’')).toBe(false);
    expect(carriesOwnQuotes('he said "no"')).toBe(true);
  });
});

describe('checkedOnLine', () => {
  it('gives the reader’s calendar day in words and the address', () => {
    expect(checkedOnLine(new Date(2026, 11, 1, 23, 59), 'https://example.org/check/')).toBe('Checked on 1 December 2026 at https://example.org/check/');
    expect(checkedOnLine(new Date(2019, 3, 9), '/check/')).toBe('Checked on 9 April 2019 at /check/');
  });
});
