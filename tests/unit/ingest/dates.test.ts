import { describe, expect, it } from 'vitest';
import { detectInlineDate, writtenDate } from '../../../src/lib/ingest/dates.ts';

describe('detectInlineDate', () => {
  it('finds a labelled ISO date at the start and returns the rest of the paragraph', () => {
    expect(detectInlineDate('date 2019-04-11 Egypt has withdrawn.')).toEqual({ date: '2019-04-11', label: 'date 2019-04-11', rest: 'Egypt has withdrawn.' });
    expect(detectInlineDate('Published: 2020-02-29, Officials said')).toEqual({ date: '2020-02-29', label: 'Published: 2020-02-29,', rest: 'Officials said' });
  });

  it('refuses days that are not in the calendar', () => {
    expect(detectInlineDate('Updated: 2019-02-29 text')).toBeNull();
    expect(detectInlineDate('Updated: 2019-13-01 text')).toBeNull();
  });

  it('needs the label at the start of the paragraph', () => {
    expect(detectInlineDate('Egypt withdrew, published 2019-04-11.')).toBeNull();
    expect(detectInlineDate('2019-04-11 Egypt withdrew.')).toBeNull();
    expect(detectInlineDate('')).toBeNull();
  });
});

describe('writtenDate', () => {
  it('reads day-month-year, month-day-year and ISO dates', () => {
    expect(writtenDate('By Jane Doe · 14 August 2024 · 5 min read')).toBe('2024-08-14');
    expect(writtenDate('Aug. 3, 2021 3:00 p.m.')).toBe('2021-08-03');
    expect(writtenDate('Sept 9 2019')).toBe('2019-09-09');
    expect(writtenDate('posted 2022-12-31')).toBe('2022-12-31');
  });

  it('returns null for impossible days, unknown month words and lines with no date', () => {
    expect(writtenDate('31 April 2024')).toBeNull();
    expect(writtenDate('14 Augustus 2024')).toBeNull();
    expect(writtenDate('2022-02-30')).toBeNull();
    expect(writtenDate('no date here')).toBeNull();
    expect(writtenDate('')).toBeNull();
  });

  it('takes the first date of a line', () => {
    expect(writtenDate('1 March 2020, updated 2 March 2020')).toBe('2020-03-01');
  });
});
