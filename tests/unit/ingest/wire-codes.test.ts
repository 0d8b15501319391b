// Wire transmission codes by shape: what any agency's system prints around a story, and prose that only resembles it.
import { describe, expect, it } from 'vitest';
import { endOfStory, wireLine, wireTimeCode } from '../../../src/lib/ingest/wire-codes.ts';

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

describe('endOfStory', () => {
  it('takes end markers in capitals or in brackets', () => {
    expect(endOfStory('END')).toBe(true);
    expect(endOfStory('(ends)')).toBe(true);
    expect(endOfStory('- 30 -')).toBe(true);
    expect(endOfStory('NNNN')).toBe(true);
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
