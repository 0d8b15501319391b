// Wire transmission codes by shape: what any agency's system prints around a story, and prose that only resembles it.
import { describe, expect, it } from 'vitest';
import { advisoryNote, endOfCopy, endOfStory, filingHeaderLength, pointerNote, relatedItems, wireLabel, wireLine, wireTimeCode, withoutWireLabel } from '../../../src/lib/ingest/wire-codes.ts';

describe('wireLine', () => {
  it('reads start and end codes, take markers and take numbers as codes', () => {
    expect(wireLine('ZCZC')).toBe('code');
    expect(wireLine('ZCZC BRX552 3 ECO')).toBe('code');
    expect(wireLine('NNNN')).toBe('code');
    expect(wireLine('(MORE)')).toBe('code');
    expect(wireLine('-more-')).toBe('code');
    expect(wireLine('MORE')).toBe('code');
    expect(wireLine('(ENDS)')).toBe('code');
    expect(wireLine('-30-')).toBe('code');
    expect(wireLine('KXN0912 2 ECO /KXN-FR')).toBe('code');
    expect(wireLine('b0231 4 fin')).toBe(null);
    expect(wireLine('TRADE-TARIFFS/ 3RD TAKE')).toBe('code');
    // An agency's story reference under its copy: initials, a slash and a serial.
    expect(wireLine('KNA/4561203')).toBe('code');
    expect(wireLine('IRN/85432/AB')).toBe('code');
  });

  it('reads an agency time code at the end of a line as a code', () => {
    expect(wireLine('KXN 030915 GMT MAR 25')).toBe('code');
    expect(wireLine('pd/lm BRX 030915 GMT MAR 25')).toBe('code');
    expect(wireLine('030915 Mar 2025')).toBe('code');
  });

  it('reads a slug line in capitals, a bare time stamp and an index label with codes as headers', () => {
    expect(wireLine('TRADE-TARIFFS/ (URGENT)')).toBe('header');
    expect(wireLine('EXCLUSIVE')).toBe('header');
    expect(wireLine('STEEL')).toBe('header');
    expect(wireLine('BC-STEEL-TARIFFS')).toBe('header');
    expect(wireLine('03/03/2025 09:15 GMT')).toBe('header');
    expect(wireLine('Keywords: TRADE/TARIFFS/STEEL')).toBe('header');
  });

  it('leaves headlines, prose and labels in words alone', () => {
    expect(wireLine('Steel makers brace for new tariff round, officials say')).toBe(null);
    expect(wireLine('MILLS CUT SHIFTS AS ORDERS FALL')).toBe(null);
    expect(wireLine('STEEL MILLS CUT SHIFTS')).toBe(null);
    expect(wireLine('More.')).toBe(null);
    expect(wireLine('More than 300 workers lost their jobs.')).toBe(null);
    expect(wireLine('In the end, the mill closed.')).toBe(null);
    expect(wireLine('the end')).toBe(null);
    expect(wireLine('Topics: trade, steel')).toBe(null);
    expect(wireLine('')).toBe(null);
    // A flight or a model's name standing alone as a crosshead is no take number (a take number heads fields): at
    // most a line that goes with codes, marked only beside one.
    expect(wireLine('MH370')).not.toBe('code');
    expect(wireLine('B737 MAX')).not.toBe('code');
    // Initials with a slash and no serial are a name.
    expect(wireLine('AC/DC')).not.toBe('code');
    expect(wireLine('UN/EU')).not.toBe('code');
  });
});

describe('wireLine: a feed\'s header', () => {
  it('reads a line of several fields as a code, and rules, a stamped service name and a version note as headers', () => {
    expect(wireLine('PRI: 3   CAT: N   SRC: TGN   ID: nTGN8KX4Q-2   SEQ: 0412')).toBe('code');
    expect(wireLine('=====================================')).toBe('header');
    expect(wireLine('-------------------------------------')).toBe('header');
    expect(wireLine('KXN WORLD SERVICE - ENGLISH        03-Jun-2025 14:22 GMT')).toBe('header');
    expect(wireLine("REFILE-Corrects spelling of union leader's name in paragraph 5")).toBe('header');
  });

  it('leaves prose with a label, a headline with a wire label and a short rule alone', () => {
    expect(wireLine('The plan: cut costs. Note: none.')).toBe(null);
    expect(wireLine('Result: 3-1 to the visitors')).toBe(null);
    expect(wireLine('UPDATE 2-Chile copper workers strike at mine')).toBe(null);
    expect(wireLine('NATO-Russia talks resume in Vienna')).toBe(null);
    expect(wireLine('---')).toBe(null);
    expect(wireLine('Markets closed    higher on Tuesday')).toBe(null);
  });
});

describe('wire labels before a headline', () => {
  it('are taken off the headline, one or several, with a number', () => {
    expect(withoutWireLabel('UPDATE 2-Chile copper workers strike')).toBe('Chile copper workers strike');
    expect(withoutWireLabel('CORRECTED-UPDATE 1-Fed holds rates')).toBe('Fed holds rates');
    expect(withoutWireLabel('INSTANT VIEW-Fed holds rates')).toBe('Fed holds rates');
    expect(wireLabel('EXCLUSIVE-Miner weighs sale')).toBe('EXCLUSIVE-');
  });

  it('leave a hyphenated name and a label before nothing that reads as a headline', () => {
    expect(withoutWireLabel('NATO-Russia talks resume')).toBe('NATO-Russia talks resume');
    expect(withoutWireLabel('UPDATE-driven sell-off')).toBe('UPDATE-driven sell-off');
    expect(wireLabel('Update on the strike')).toBe(null);
  });
});

describe('a wire\'s notes and lists', () => {
  it('knows a note on what a version changed, a pointer to another item and a list of related items', () => {
    expect(advisoryNote("(Adds union leader's comment in paragraphs 5-6, updates prices)")).toBe(true);
    expect(advisoryNote('(Recasts with official statement)')).toBe(true);
    expect(pointerNote("(For a factbox on Chile's biggest copper mines, see [nTGN7FQ2Z])")).toBe(true);
    expect(relatedItems("RELATED STORIES: [nTGN8KX4Q-1] UPDATE 1-Chile's union rejects offer [nTGN7FQ2Z] FACTBOX-Mines")).toBe(true);
  });

  it('leaves bracketed prose, a related label without story codes and prose about adding alone', () => {
    expect(advisoryNote('(adds nothing new, critics said)')).toBe(false);
    expect(advisoryNote('(The ministry adds that talks will resume.)')).toBe(false);
    expect(pointerNote('(For now, the plant stays open.)')).toBe(false);
    expect(relatedItems('Related: the council voted on Tuesday.')).toBe(false);
    expect(relatedItems('Related stories [1] and [2] were footnotes.')).toBe(false);
  });
});

describe('endOfStory', () => {
  it('takes end markers in capitals or in brackets', () => {
    expect(endOfStory('END')).toBe(true);
    expect(endOfStory('(ends)')).toBe(true);
    expect(endOfStory('- 30 -')).toBe(true);
    expect(endOfStory('NNNN')).toBe(true);
  });

  it('takes "END OF STORY" in capitals, framed by rules and with the story\'s code', () => {
    expect(endOfStory('=== END OF STORY nTGN8KX4Q-2 ===')).toBe(true);
    expect(endOfStory('END OF TRANSMISSION')).toBe(true);
    expect(endOfStory('End of story.')).toBe(false);
    expect(endOfStory('END OF STORY, said the minister, was premature')).toBe(false);
  });

  it('takes a line between rules saying a pasted copy ends, in any case', () => {
    expect(endOfStory('---------- end of article ----------')).toBe(true);
    expect(endOfCopy('=== End of forwarded message ===')).toBe(true);
    expect(endOfCopy('--- end of the pasted text ---')).toBe(true);
    expect(endOfCopy('end of article')).toBe(false);
    expect(endOfCopy('--- the end of an era ---')).toBe(false);
  });

  it('does not take a word of prose or a take marker', () => {
    expect(endOfStory('End')).toBe(false);
    expect(endOfStory('That was the end of it.')).toBe(false);
    expect(endOfStory('(MORE)')).toBe(false);
  });
});

describe('wireTimeCode', () => {
  it('gives the day of an agency time code', () => {
    expect(wireTimeCode('KXN 030915 GMT MAR 25')).toBe('2025-03-03');
    expect(wireTimeCode('291230 UTC Feb 2024')).toBe('2024-02-29');
    expect(wireTimeCode('311200 GMT MAY 24')).toBe('2024-05-31');
  });

  it('gives none for an impossible day or a long line of prose', () => {
    expect(wireTimeCode('310915 GMT APR 25')).toBe(null);
    expect(wireTimeCode('The plant made 120000 tonnes in the year to 310915 GMT MAR 25')).toBe(null);
    expect(wireTimeCode('Orders rose 12 percent in March 25')).toBe(null);
  });
});

describe('filingHeaderLength', () => {
  it('counts three or more field lines in capitals at the top of a reporter’s copy', () => {
    expect(filingHeaderLength(['SLUG: FERRY/fares', 'FOR: Island Courier, news desk', 'WORDS: 410 approx', 'Ferry fares to rise'])).toBe(3);
    // One or two labels are a story's own ("UPDATE: talks resume", "WATCH: …"); a label in words is not a field.
    expect(filingHeaderLength(['UPDATE: talks resume', 'WATCH: the vote', 'Ferry fares to rise'])).toBe(0);
    expect(filingHeaderLength(['Slug: ferry', 'For: desk', 'Words: 410', 'Fares rise'])).toBe(0);
  });
});
