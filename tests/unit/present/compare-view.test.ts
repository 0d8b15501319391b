// The reader of any two texts (present/compare-view.ts): the text side, any pair's view, where a given text is found,
// what /compare/ says around the reader and the list of precomputed comparisons.
import { describe, expect, it } from 'vitest';
import type { RowView } from '../../../src/lib/present/pair-types.ts';
import { anyPairView, FOUND_ROWS_SHOWN, foundRows, GIVEN_TEXT_ORDER, precomputedComparisons, sameArticleText, swappedText, textSide, YOUR_TEXT } from '../../../src/lib/present/compare-view.ts';
import { article, oneAddedSentence as alignment, pair } from './make.ts';

describe('swappedText', () => {
  it('says why the reader’s B is shown as A: earlier, or first by file name because the dates do not differ or are missing', () => {
    expect(swappedText('T', 'published')).toMatch(/because it was published first;/);
    expect(swappedText('T', 'id')).toMatch(/by file name \(the two are not both dated\);/);
    expect(swappedText('T', 'id', true)).toMatch(/by file name \(the two carry the same date\);/);
  });
});

describe('textSide and anyPairView', () => {
  it('shows a given text under its own title, as “Your text”', () => {
    const side = textSide(article('checked', { title: 'Pasted headline', published: null }));
    expect(side).toMatchObject({ id: 'checked', title: 'Pasted headline', outlet: YOUR_TEXT, published: null });
    expect(textSide(article('f'), 'Your file x.md').outlet).toBe('Your file x.md');
    // A saved page that states its outlet keeps it, beside where it came from.
    expect(textSide({ ...article('p'), outlet: 'The Levant Ledger' }, 'Your file page.html').outlet).toBe('The Levant Ledger — Your file page.html');
  });

  it('builds the pair view of the reader, linking the build’s page only for its own alignment', () => {
    const left = article('a', { outlet: 'Reuters' });
    const mine = anyPairView(alignment('a', 'checked'), left, textSide(article('checked', { published: '2001-01-01', published_from: 'text' })), 0.5, 'given-text');
    expect(mine.pairPage).toBeNull();
    expect(mine.view.rows[0]).toMatchObject({ kind: 'right-only', kindLabel: 'Only in B' });
    expect(mine.view.right.outlet).toBe(YOUR_TEXT);
    expect(mine.view.changes[0]?.label).toBe('Sentence only in B');
    // A given text is B whatever its date: the order is not said to be by date.
    expect(mine.view.orderText).toBe(GIVEN_TEXT_ORDER);
    expect(anyPairView(alignment('a', 'b'), left, article('b'), null, 'precomputed').pairPage).toBe('/compare/a--b/');
    const two = anyPairView(alignment('a', 'b'), article('a', { published: '2019-01-01', published_from: 'curated' }), article('b', { published: '2019-02-01', published_from: 'curated' }), 0.3, 'articles');
    expect(two.pairPage).toBeNull();
    expect(two.view.orderText).toMatch(/^A was published first/);
  });
});

describe('foundRows', () => {
  const row = (number: number, kind: RowView['kind']) => ({ number, id: `row-${number}`, kind }) as RowView;

  it('links the rows where a given text meets the article, unchanged ones included', () => {
    const rows = [row(1, 'left-only'), row(2, 'same'), row(3, 'left-only'), row(4, 'changed'), row(5, 'moved'), row(6, 'right-only')];
    expect(foundRows(rows)).toEqual({ text: 'Your text is in A at rows ', rows: ['2', '4', '5'].map((n) => ({ href: `#row-${n}`, text: n })), more: 0 });
    expect(foundRows([row(1, 'left-only'), row(2, 'same')])?.text).toBe('Your text is in A at row ');
  });

  it('says nothing when the texts share no row, or every row (the reader itself then answers)', () => {
    expect(foundRows([row(1, 'left-only'), row(2, 'right-only')])).toBeNull();
    expect(foundRows([row(1, 'same'), row(2, 'changed')])).toBeNull();
  });

  it('links the first few and counts the rest', () => {
    const rows = [row(0, 'left-only'), ...Array.from({ length: FOUND_ROWS_SHOWN + 3 }, (_, i) => row(i + 1, 'same'))];
    const found = foundRows(rows);
    expect(found?.rows).toHaveLength(FOUND_ROWS_SHOWN);
    expect(found?.more).toBe(3);
  });

  it('is set on a reader of a given text only', () => {
    const left = article('a');
    expect(anyPairView(alignment('a', 'b'), left, article('b'), null, 'articles').view.foundRows).toBeUndefined();
  });
});

describe('precomputedComparisons', () => {
  const articles = ['a', 'b', 'c', 'd'].map((id) => article(id));
  it('lists variant pairs, most similar first, up to a cap, and counts the rest', () => {
    const pairs = [pair('a', 'b', 0.5, true), pair('a', 'c', 0.9, true), pair('c', 'd', 0.7, true), pair('b', 'd', 0.99, false)];
    const all = precomputedComparisons(pairs, articles);
    expect(all.items.map((i) => i.url)).toEqual(['/compare/a--c/', '/compare/c--d/', '/compare/a--b/']);
    expect(all).toMatchObject({ more: 0, summary: '3 comparisons, most similar first.' });
    const capped = precomputedComparisons(pairs, articles, 2);
    expect(capped.items).toHaveLength(2);
    expect(capped).toMatchObject({ more: 1, summary: 'The 2 closest of 3 comparisons, most similar first.' });
    expect(capped.items[0]?.text).toBe('“Title a” with “Title c”');
    expect(capped.items[0]?.hidden).toBe('');
  });

  it('tells apart for screen readers the articles of listed comparisons that share a title', () => {
    const alike = [article('a', { title: 'T', outlet: 'Wire' }), article('b', { title: 'T' }), article('c', { title: 'Other' })];
    const listed = precomputedComparisons([pair('a', 'b', 0.9, true), pair('a', 'c', 0.8, true)], alike);
    expect(listed.items.map((i) => `${i.text}${i.hidden}`)).toEqual(['“T” with “T” (Wire with Outlet not stated)', '“T” with “Other” (Wire with Outlet not stated)']);
  });
});

describe('sameArticleText', () => {
  it('says both sides are one article and there is nothing to compare, and where its other versions are', () => {
    expect(sameArticleText('Port strike ends', 0)).toBe('Article A and article B are the same article, “Port strike ends”, so there is nothing to compare. Name another article as B, or paste a text or open a file.');
    expect(sameArticleText('Port strike ends', 1)).toMatch(/file\. It has 1 other version in the corpus, listed on its page\.$/);
    expect(sameArticleText('Port strike ends', 2)).toMatch(/It has 2 other versions in the corpus/);
  });
});
