// Dates and numbers as values: written differently, the same; altered, a change (text/quantities.ts).
import { describe, expect, it } from 'vitest';
import { quantities } from '../../../src/lib/text/quantities.ts';

const values = (text: string) => quantities(text).map((q) => `${q.kind} ${q.value}`);

const cases: { name: string; a: string; b: string; same: boolean }[] = [
  { name: 'day-month and month-day', a: 'a summit on 12-13 October', b: 'a summit on Oct. 12-13', same: true },
  { name: 'ranges in either order', a: 'the July 13-16 trip', b: 'on 13-16 July', same: true },
  { name: 'per cent', a: '50 percent of the vote', b: '50% of the vote', same: true },
  { name: 'currency and scale', a: 'a $1 billion facility', b: 'a 1 billion dollars facility', same: true },
  { name: 'number words', a: 'three of the sources', b: '3 of the sources', same: true },
  { name: 'thousands separator', a: '40,000 cases', b: '40000 cases', same: true },
  { name: 'another month', a: 'In May, parliament', b: 'In June, parliament', same: false },
  { name: 'another weekday', a: 'held Sunday in Riyadh', b: 'held Saturday in Riyadh', same: false },
  { name: 'another count', a: 'three of the sources said', b: 'two of the sources said', same: false },
];

describe('quantities', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(values(c.a).length).toBeGreaterThan(0);
    if (c.same) expect(values(c.a)).toEqual(values(c.b));
    else expect(values(c.a)).not.toEqual(values(c.b));
  });

  it('reads a date’s digits as the date, not as numbers, and "may" as a verb', () => {
    expect(values('on 12-13 October 2018')).toEqual(['date m10 d12-13 y2018']);
    expect(values('it may rain')).toEqual([]);
  });
});
