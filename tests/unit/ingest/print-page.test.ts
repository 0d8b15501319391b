// A printed page's furniture by shape (folios, index, jumps, refers, ads, credited captions), and prose that resembles it.
import { describe, expect, it } from 'vitest';
import { adCopy, adLabel, capsCreditCaption, folioLine, indexLine, jumpHead, jumpLine, referLine } from '../../../src/lib/ingest/print-page.ts';

describe('folioLine', () => {
  it('reads running headers and footers, with the edition date they print', () => {
    expect(folioLine('THE VALLEY LEDGER | Monday, March 3, 2025 | Vol. 88, No. 61 | $1.75')).toEqual({ published: '2025-03-03' });
    expect(folioLine('A4 | THE VALLEY LEDGER | 3 March 2025')).toEqual({ published: '2025-03-03' });
    expect(folioLine('The Valley Ledger | valleyledger.example | March 3, 2025 | 12')).toEqual({ published: '2025-03-03' });
    expect(folioLine('14      THE VALLEY LEDGER')).toEqual({ published: null });
    expect(folioLine('Home delivery: 0800 555 0142 | valleyledger.example/subscribe')).toEqual({ published: null });
    // A document's footer: a company with its form after a comma, the document's name and its page in words.
    expect(folioLine('Norvane Biologics, Inc. | News Release | Page 1 of 2')).toEqual({ published: null });
  });

  it('reads a folio OCR ran together: page number, the paper in capitals and, after a comma, the date', () => {
    expect(folioLine('3 THE FOX VALLEY SENTINEL, Wednesday, October 14, 1987')).toEqual({ published: '1987-10-14' });
    expect(folioLine('THE VALLEY LEDGER, March 3, 2025 A6')).toEqual({ published: '2025-03-03' });
    // A name in mixed case, no page number, a page number at both ends, or no date: prose or a dateline, not a folio.
    expect(folioLine('3 The Valley Ledger, March 3, 2025')).toBeUndefined();
    expect(folioLine('THE VALLEY LEDGER, March 3, 2025')).toBeUndefined();
    expect(folioLine('3 THE VALLEY LEDGER, March 3, 2025 4')).toBeUndefined();
    expect(folioLine('3 THE VALLEY LEDGER, the paper said')).toBeUndefined();
    expect(folioLine('12 PEOPLE DIED, officials said on March 3, 2025')).toBeUndefined();
  });

  it('does not take menus, bylines, tables or prose', () => {
    expect(folioLine('News | Sport | Business | Weather')).toBeUndefined();
    expect(folioLine('By Rhea Mistry | March 3, 2025')).toBeUndefined();
    expect(folioLine('Rhea Mistry | March 3, 2025')).toBeUndefined();
    expect(folioLine('Riverside United | 14 | 9')).toBeUndefined();
    expect(folioLine('Election 2025 | Live results')).toBeUndefined();
    // Names and a bare number are a table's row; the page in words needs two names beside it.
    expect(folioLine('Norvane Biologics, Inc. | News Release | 12')).toBeUndefined();
    expect(folioLine('News Release | Page 1 of 2')).toBeUndefined();
    // A product and its price, as a review prints it.
    expect(folioLine('Pixel Watch | $349')).toBeUndefined();
    expect(folioLine('The council met on March 3, 2025, and voted to close the pool.')).toBeUndefined();
  });
});

describe('indexLine', () => {
  it('reads an index of sections and pages', () => {
    expect(indexLine('INSIDE: Opinion 8 | Markets B2 | Crossword 19')).toBe(true);
    expect(indexLine('Letters, 10 · Obituaries, 14 · TV, 22')).toBe(true);
  });

  it('does not take two entries or prose with numbers', () => {
    expect(indexLine('Opinion 8 | Markets 9')).toBe(false);
    expect(indexLine('Inside: the council spent 12 hours on the budget.')).toBe(false);
    // A poll's topline or a box score lists names and figures between semicolons.
    expect(indexLine('Among likely voters: Trump 47; Harris 46; Undecided 7')).toBe(false);
  });
});

describe('jumpLine', () => {
  it('reads where a story goes on and comes from', () => {
    expect(jumpLine('Continued on Page 4')).toBe('to');
    expect(jumpLine('Please turn to A9')).toBe('to');
    expect(jumpLine('See BUDGET, Page A9')).toBe('to');
    expect(jumpLine('(Continued on next page)')).toBe('to');
    expect(jumpLine('From Page 1')).toBe('from');
    expect(jumpLine('BUDGET, from Page A1')).toBe('from');
    expect(jumpLine('Continued from A1')).toBe('from');
  });

  it('does not take prose that mentions pages', () => {
    expect(jumpLine('From page one of the report, the auditors found gaps.')).toBe(null);
    expect(jumpLine('See the full list on our website.')).toBe(null);
    expect(jumpLine('The deal continued on Monday.')).toBe(null);
    expect(jumpLine('Turn to page 4 for the full results, the editor wrote.')).toBe(null);
  });
});

describe('referLine', () => {
  it('reads a refer to other pages', () => {
    expect(referLine('MORE COUNTY NEWS, PAGES 4-5')).toBe(true);
    expect(referLine('Obituaries: Page B6')).toBe(true);
  });

  it('does not take prose about pages', () => {
    expect(referLine('The figures are on pages 4-5.')).toBe(false);
    expect(referLine('The figures are on pages 4-5')).toBe(false);
  });
});

describe('jumpHead', () => {
  it('takes a few words with no sentence', () => {
    expect(jumpHead('BUDGET')).toBe(true);
    expect(jumpHead('Pool closure')).toBe(true);
  });

  it('does not take a sentence or a label', () => {
    expect(jumpHead('The pool closed.')).toBe(false);
    expect(jumpHead('Budget:')).toBe(false);
    expect(jumpHead('the rest of the budget')).toBe(false);
  });
});

describe('adLabel and adCopy', () => {
  it('reads an ad label and the advertiser copy under it', () => {
    expect(adLabel('ADVERTISEMENT')).toBe(true);
    expect(adLabel('Sponsored content')).toBe(true);
    expect(adCopy('MILLBROOK TILE & STONE — Winter sale, 30% off all porcelain.')).toBe(true);
    expect(adCopy('Book your boiler service today. Call 555-014-2290.')).toBe(true);
  });

  it('does not take prose after an ad slot, nor a dateline above the article', () => {
    expect(adLabel('Advertisements for the post ran for a week.')).toBe(false);
    expect(adCopy('The council will vote again next month.')).toBe(false);
    expect(adCopy('NEW HAVEN — The council will vote again next month.', true)).toBe(false);
  });
});

describe('capsCreditCaption', () => {
  it('reads a caption closed by a credit in capitals', () => {
    expect(capsCreditCaption('Swimmers leave the lido on its last day. PRIYA NAIR/THE VALLEY LEDGER')).toBe(true);
    expect(capsCreditCaption('The old mill in 1962. JOHN OKAFOR / STAFF')).toBe(true);
  });

  it('does not take prose, or a credit in words', () => {
    expect(capsCreditCaption('Swimmers left the lido on its last day, the council said.')).toBe(false);
    expect(capsCreditCaption('The data came from NASA/ESA satellites.')).toBe(false);
  });
});
