// The print-page detector in the whole pipeline: invented text copied from a paper's PDF pages.
import { describe, expect, it } from 'vitest';
import { FORMAT_PARSERS } from '../../../../src/lib/ingest/formats/parsers.ts';
import { parseArticle } from '../../../../src/lib/ingest/parse.ts';
import printPage from '../../../../src/lib/ingest/plugins/print-page.ts';
import { lines, runPlugins } from '../../../support/ingest-tree.ts';

const parse = (text: string) => parseArticle(text, 'text', FORMAT_PARSERS.text).parsed;

const page = [
  'THE VALLEY LEDGER | Monday, March 3, 2025 | Vol. 88, No. 61 | $1.75',
  'INSIDE: Opinion 8 | Markets B2 | Crossword 19',
  'Council votes to close the lido',
  'By Rhea Mistry',
  'VALLEY FORGE — The town council voted 6-3 on Sunday night to close\nthe open-air lido at the end of the summer, ending a century of\noutdoor swimming in the town.',
  'Council leader Imran Holt said repairs would cost more than the\ntown could raise and that the site would be',
  'Continued on Page 4',
  'A4 | THE VALLEY LEDGER | Monday, March 3, 2025',
  'LIDO',
  'From Page 1',
  'sold to pay for a new indoor pool, which is due to open in 2027.',
  'ADVERTISEMENT',
  'MILLBROOK TILE & STONE — Winter sale, 30% off all porcelain.',
  'Swimmers said they would appeal. "From page one of the plan, this\nwas decided before we were asked," said Dora Quist, who has swum\nthere for forty years.',
  'MORE COUNTY NEWS, PAGES 5-7',
].join('\n\n');

describe('print-page plugin', () => {
  it('takes folios, the index, jump lines, the jump head and the ad out, and joins the paragraph the jump cut', () => {
    const parsed = parse(page);
    expect(parsed.title).toBe('Council votes to close the lido');
    expect(parsed.author).toBe('Rhea Mistry');
    expect(parsed.paragraphs).toHaveLength(3);
    expect(parsed.paragraphs[1]).toBe(
      'Council leader Imran Holt said repairs would cost more than the town could raise and that the site would be sold to pay for a new indoor pool, which is due to open in 2027.',
    );
    expect(parsed.paragraphs[2]).toMatch(/^Swimmers said they would appeal\. "From page one of the plan/);
    expect(parsed.paragraphs.join(' ')).not.toMatch(/LEDGER|INSIDE|Continued|From Page|LIDO|MILLBROOK|ADVERTISEMENT|COUNTY NEWS/);
  });

  it('states the folio date only when the article states none', () => {
    expect(parse(page).published).toBe('2025-03-03');
    expect(parse(page.replace('By Rhea Mistry', 'By Rhea Mistry · 2 March 2025')).published).toBe('2025-03-02');
  });

  it('does not join a paragraph that closes its sentence, or one followed by a capitalised start', () => {
    const run = runPlugins([printPage], lines('The council met on Sunday and voted to close the lido', 'Continued on Page 4', 'From Page 1', 'Swimmers said they would appeal.'));
    expect(run.parsed.paragraphs).toEqual(['The council met on Sunday and voted to close the lido', 'Swimmers said they would appeal.']);
  });

  it('joins a paragraph cut after a function word, whatever the next part opens with', () => {
    const run = runPlugins([printPage], lines(
      'The college will run a 16-week certificate program, which will enroll its first students in',
      'Norvane Biologics, Inc. | News Release | Page 1 of 2',
      'January 2026. Graduates will be guaranteed an interview.',
      'The plant opens in 2027.',
    ));
    expect(run.parsed.paragraphs).toEqual(['The college will run a 16-week certificate program, which will enroll its first students in January 2026. Graduates will be guaranteed an interview.', 'The plant opens in 2027.']);
  });

  it('keeps a short paragraph after an ad slot and a line of prose about pages', () => {
    const run = runPlugins([printPage], lines('The council met on Sunday.', 'Advertisement', 'It voted to close the lido.', 'From page one of the report, the auditors found gaps in the accounts.'));
    // No folio and no jump: not a printed page, so this plugin leaves even the label to the debris rules.
    expect(run.parsed.boilerplate).toEqual([]);
  });

  it('reads nothing as a printed page’s furniture in a web article: ad copy, indexes, refers and prices need a folio or a jump', () => {
    const web = [
      'Shares fell on Monday.',
      'Advertisement',
      'Shares of Amazon.com rose 3 percent in afternoon trading.',
      'STEVE ROE: Critics say many of them are back on the street.',
      'Among likely voters: Trump 47; Harris 46; Undecided 7',
      'Education: Pages 12-40',
      'Pixel Watch | $349',
      'The union said it would appeal. UAW/GM',
    ];
    expect(runPlugins([printPage], lines(...web)).parsed.boilerplate).toEqual([]);
  });
});
