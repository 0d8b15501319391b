// The wire-codes detector in the whole pipeline (it reads the source lines of hard-wrapped text): invented agency copy.
import { describe, expect, it } from 'vitest';
import { FORMAT_PARSERS } from '../../../../src/lib/ingest/formats/parsers.ts';
import { parseArticle } from '../../../../src/lib/ingest/parse.ts';
import wireCodes from '../../../../src/lib/ingest/plugins/wire-codes.ts';
import { lines, runPlugins } from '../../../support/ingest-tree.ts';

const parse = (text: string) => parseArticle(text, 'text', FORMAT_PARSERS.text).parsed;

const story = [
  'ZCZC\nKXN0231 3 ECO /KXN-EN\nSTEEL-TARIFFS/\n03/03/2025 09:15 GMT',
  'Steel makers brace for new tariff round',
  'By Rhea Mistry',
  'PORT ELLEN, March 3 (KXN) - Steel makers in the north are cutting\nshifts ahead of a new round of tariffs due next month, three plant\nmanagers said on Monday.',
  'Orders for rolled coil fell by a fifth in February, the managers\nsaid, and two mills have stopped taking bookings for April.',
  '(MORE)',
  'KXN0232 3 ECO /KXN-EN\nSTEEL-TARIFFS/ 2ND TAKE\n03/03/2025 09:21 GMT',
  'The industry body said it would ask the trade ministry for a delay\nof at least six months before the tariffs take effect.',
  'The ministry did not reply to a request for comment by the end of\nthe working day.',
  'END',
  'KXN 030921 GMT MAR 25\nKeywords: STEEL/TARIFFS',
  'This feed is for subscribers only.',
].join('\n\n');

/** A feed's copy as a terminal saves it: a framed header of fields, a labelled headline, a note, summary points. */
const feed = [
  '==================================================\nKXN NEWS SERVICE - ENGLISH          11-Feb-2025 08:05 GMT\n==================================================\nPRI: 2   CAT: E   SRC: KXN   ID: kXN55AB-3\nSLUG: PORT-STRIKE (UPDATE 1)\nLEN: 310 WORDS\n--------------------------------------------------',
  'UPDATE 1-Dock workers walk out at Port Ellen container terminal',
  ' (Adds company statement in paragraph 3)',
  '    * Crane operators join the stoppage\n    * Terminal owner says ships diverted',
  'By Rhea Mistry',
  '    PORT ELLEN, Feb 11 (KXN) - About 900 dock workers at the Port\nEllen container terminal walked out on Tuesday over a pay offer, the\nunion said, halting loading at the region\'s busiest port.',
  '    The terminal\'s owner said three ships had been diverted to\nneighbouring ports and that it remained open to talks with the\nunion.',
  ' (For a timeline of the dispute, see [kXN44CD])',
  '    The union said the strike would last at least two days unless\nthe company improved its offer of a 3% raise.',
  ' (Reporting by Rhea Mistry; Editing by Tom Hale)',
  '((rhea.mistry@kxn.example; +44 20 7555 0100))',
  'Keywords: PORT-STRIKE',
  'RELATED STORIES:\n[kXN33EF] Port Ellen union rejects pay offer\n[kXN44CD] TIMELINE-Port Ellen dispute',
  '(c) Copyright KXN 2025. All rights reserved.',
  '=== END OF STORY kXN55AB-3 ===',
].join('\n\n');

describe('wire-codes plugin: a feed\'s header, notes and lists', () => {
  it('keeps the story and its fields, and takes the header, labels, notes, points and lists out', () => {
    const parsed = parse(feed);
    expect(parsed.title).toBe('Dock workers walk out at Port Ellen container terminal');
    expect(parsed.author).toBe('Rhea Mistry');
    expect(parsed.published).toBe('2025-02-11');
    expect(parsed.dateline).toBe('PORT ELLEN, Feb 11 (KXN)');
    expect(parsed.paragraphs).toHaveLength(3);
    expect(parsed.paragraphs[0]).toMatch(/^About 900 dock workers/);
    expect(parsed.paragraphs.at(-1)).toMatch(/offer of a 3% raise\.$/);
    expect(parsed.paragraphs.join(' ')).not.toMatch(/PRI:|SLUG|UPDATE 1|Adds company|Crane operators|timeline|Reporting by|rhea\.mistry|Keywords|RELATED|Copyright|END OF STORY/);
  });
});

describe('wire-codes plugin', () => {
  it('takes the codes over each take, the take marker and what follows the end marker out of the body', () => {
    const parsed = parse(story);
    expect(parsed.title).toBe('Steel makers brace for new tariff round');
    expect(parsed.author).toBe('Rhea Mistry');
    expect(parsed.dateline).toBe('PORT ELLEN, March 3 (KXN)');
    expect(parsed.paragraphs).toHaveLength(4);
    expect(parsed.paragraphs.at(-1)).toBe('The ministry did not reply to a request for comment by the end of the working day.');
    expect(parsed.paragraphs.join(' ')).not.toMatch(/KXN0|GMT|MORE|TAKE|Keywords|subscribers/);
  });

  it('states the day of the agency time code when nothing else dates the story', () => {
    expect(parse(story).published).toBe('2025-03-03');
  });

  it('marks codes at the start or end of a block and keeps the prose between', () => {
    const parsed = parse(['Mills cut shifts', 'ZCZC\nKXN0100 2 ECO\nPORT ELLEN - Mills cut shifts on Monday as orders\nfell for a third month, managers said.', 'Orders fell by a fifth, they said, and no mill expects a recovery this year.'].join('\n\n'));
    expect(parsed.paragraphs[0]).toBe('Mills cut shifts on Monday as orders fell for a third month, managers said.');
  });

  it('leaves a slug line in capitals with no code beside it, and prose about the end, alone', () => {
    const run = runPlugins([wireCodes], lines('STEEL-TARIFFS/ (URGENT)', 'Mills cut shifts', 'In the end, the mill closed.', 'END OF AN ERA FOR THE MILL TOWN'));
    expect(run.parsed.boilerplate).toEqual([]);
  });

  it('does not cut the story at a lone end marker in copy that carries no other code', () => {
    const story = ['Mills cut shifts as orders fall', 'Orders for rolled coil fell by a fifth in February, the managers said on Monday.', 'Two mills have stopped taking bookings for April.', 'END', 'The union will ballot members next week.', 'A strike could start in May, it said.'];
    const run = runPlugins([wireCodes], lines(...story));
    expect(run.parsed.paragraphs).toContain('A strike could start in May, it said.');
    expect(run.parsed.paragraphs).toHaveLength(5);
  });

  it('does not cut the story at an end marker in its first half', () => {
    const run = runPlugins([wireCodes], lines('Mills cut shifts as orders fall', 'END', 'Orders for rolled coil fell by a fifth in February, the managers said on Monday.', 'Two mills have stopped taking bookings for April, they said.'));
    expect(run.parsed.paragraphs).toHaveLength(3);
    expect(run.parsed.boilerplate).toEqual([{ kind: 'other', text: 'END' }]);
  });

  it('cuts after the end marker of a reporter’s copy that opens with a filing header', () => {
    const copy = [
      'SLUG: FERRY/fares\nFOR: Island Courier, news desk\nWORDS: 210 approx',
      'Ferry fares to rise in April',
      'By Ina Kovac',
      'The island ferry company said on Friday that fares would rise by eight percent from April, the first increase in three years.',
      'The company blamed higher fuel costs and said it would keep a discount for residents.',
      'Commuter groups said they would ask the council to cap the rise at five percent.',
      'ENDS',
      'More pictures of the terminal available on request. Happy to cut it to 150 words.',
    ];
    const parsed = parse(lines(...copy));
    expect(parsed.paragraphs).toHaveLength(3);
    expect(parsed.author).toBe('Ina Kovac');
    expect(parsed.boilerplate.map((b) => b.text)).toEqual(expect.arrayContaining(['ENDS', 'More pictures of the terminal available on request. Happy to cut it to 150 words.']));
  });
});

