// Dates and numbers as values: written differently, the same; altered, a change (text/quantities.ts).
import { describe, expect, it } from 'vitest';
import { datesContradict, quantities } from '../../../src/lib/text/quantities.ts';

const values = (text: string) => quantities(text).map((q) => `${q.kind} ${q.value}`);

const cases: { name: string; a: string; b: string; same: boolean }[] = [
  { name: 'day-month and month-day', a: 'a summit on 12-13 October', b: 'a summit on Oct. 12-13', same: true },
  { name: 'ranges in either order', a: 'the July 13-16 trip', b: 'on 13-16 July', same: true },
  { name: 'per cent', a: '50 percent of the vote', b: '50% of the vote', same: true },
  { name: 'currency and scale', a: 'a $1 billion facility', b: 'a 1 billion dollars facility', same: true },
  { name: 'US dollars, lettered or not', a: 'a US$5 million loan', b: 'a $5 million loan', same: true },
  { name: 'another lettered dollar', a: 'a HK$5 million loan', b: 'a US$5 million loan', same: false },
  { name: 'number words', a: 'three of the sources', b: '3 of the sources', same: true },
  { name: 'thousands separator', a: '40,000 cases', b: '40000 cases', same: true },
  { name: 'another month', a: 'In May, parliament', b: 'In June, parliament', same: false },
  { name: 'another weekday', a: 'held Sunday in Riyadh', b: 'held Saturday in Riyadh', same: false },
  { name: 'another count', a: 'three of the sources said', b: 'two of the sources said', same: false },
  { name: 'another decade', a: 'since the early 1990s', b: 'since the 1980s', same: false },
  { name: 'another part of the month', a: 'due in mid-October', b: 'due by the end of October', same: false },
  { name: 'part of a month, written two ways', a: 'in late October', b: 'at the end of October', same: true },
  { name: 'a currency as an adjective and as a noun', a: 'a 1.4 billion euro plant', b: 'a plant worth 1.4 billion euros', same: true },
  { name: 'a scale run on to the figure', a: 'a €1.4bn plant', b: 'a €1.4 billion plant', same: true },
  { name: 'a million after a currency sign', a: 'a $600m loan', b: 'a loan of 600 million dollars', same: true },
  { name: 'another figure in billions', a: 'a €1.4bn plant', b: 'a €1.6bn plant', same: false },
];

describe('quantities', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(values(c.a).length).toBeGreaterThan(0);
    if (c.same) expect(values(c.a)).toEqual(values(c.b));
    else expect(values(c.a)).not.toEqual(values(c.b));
  });

  it('reads a lettered dollar as one currency, its letters part of the unit', () => {
    expect(values('HK$3.2 billion and A$40')).toEqual(['number 3200000000HK$', 'number 40A$']);
    expect(quantities('HK$3.2 billion')[0]?.text).toBe('HK$3.2 billion');
  });

  it('reads no million into metres: a bare "m" scales a figure only after a currency sign', () => {
    expect(values('a 6m wall')).toEqual([]);
    expect(values('a $6m grant')).toEqual(['number 6000000$']);
  });

  it('reads a date’s digits as the date, not as numbers, and "may" as a verb', () => {
    expect(values('on 12-13 October 2018')).toEqual(['date m10 d12-13 y2018']);
    expect(values('it may rain')).toEqual([]);
  });
});

describe('datesContradict', () => {
  const date = (text: string) => (quantities(text)[0] as { value: string }).value;
  it('is true when a part both dates give differs', () => {
    expect(datesContradict(date('12-13 October'), date('Oct. 13-14'))).toBe(true);
    expect(datesContradict(date('in mid-October'), date('the end of October'))).toBe(true);
    expect(datesContradict(date('the early 1990s'), date('the 1980s'))).toBe(true);
    expect(datesContradict(date('held Sunday'), date('held Saturday'))).toBe(true);
  });

  it('is false for dates of different kinds, which may name the same day or month', () => {
    expect(datesContradict(date('held Sunday'), date('held on April 7'))).toBe(false);
    expect(datesContradict(date('in October'), date('in mid-October'))).toBe(false);
    expect(datesContradict(date('April 7'), date('April 2019'))).toBe(false);
    expect(datesContradict(date('in 1995'), date('the 1990s'))).toBe(false);
  });
});
