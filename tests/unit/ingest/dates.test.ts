import { describe, expect, it } from 'vitest';
import { detectInlineDate, timestampLine, writtenDate } from '../../../src/lib/ingest/dates.ts';

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
    // Figures set apart by hyphens, read one way only: a day over 12, or the same figure twice.
    expect(writtenDate('First uploaded on: 07-07-2025 at 21:05 IST')).toBe('2025-07-07');
    expect(writtenDate('25-12-2025')).toBe('2025-12-25');
    expect(writtenDate('12-07-2025')).toBeNull();
    expect(writtenDate('Call 1-800-555-0199')).toBeNull();
    expect(timestampLine('First uploaded on: 07-07-2025 at 21:05 IST')).toEqual({ published: '2025-07-07' });
    // A day written with hyphens, as feed headers stamp it.
    expect(writtenDate('03-Jun-2025 14:22 GMT')).toBe('2025-06-03');
    expect(timestampLine('03-Jun-2025 14:22 GMT')).toEqual({ published: '2025-06-03' });
    expect(writtenDate('the 3-Jun deadline')).toBe(null);
    // "Added" labels the day a page put the story up.
    expect(timestampLine('Added 16 Mar 2025, 08:41 AM')).toEqual({ published: '2025-03-16' });
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

describe('timestampLine', () => {
  it('reads lines made of time stamps, and the publication date they print', () => {
    expect(timestampLine('Published 3:45 PM EST, Tue March 5, 2024')).toEqual({ published: '2024-03-05' });
    expect(timestampLine('February 27, 2024 8:14 AM GMT+1 Updated 3 hours ago')).toEqual({ published: '2024-02-27' });
    expect(timestampLine('Updated 2 hours ago · Published 22 May 2024, 6:00am')).toEqual({ published: '2024-05-22' });
    expect(timestampLine('Published November 3rd, 2023')).toEqual({ published: '2023-11-03' });
    expect(timestampLine('Mon 4 Mar 2024 14.02 GMT')).toEqual({ published: '2024-03-04' });
    // A listening or reading time written label first, as apps print it.
    expect(timestampLine('Listen · 5 min')).toEqual({ published: null });
    expect(timestampLine('Read: 4 mins')).toEqual({ published: null });
    expect(timestampLine('Published: Jun. 12, 2024, 5:40 a.m. Updated: Jun. 12, 2024, 9:15 a.m.')).toEqual({ published: '2024-06-12' });
  });

  it('reads an update, a time ago or a reading time as a time stamp that gives no publication date', () => {
    expect(timestampLine('Updated 6:12 PM EST, Tue March 5, 2024')).toEqual({ published: null });
    expect(timestampLine('3 days ago · 4 min read')).toEqual({ published: null });
    expect(timestampLine('3 MIN READ')).toEqual({ published: null });
    expect(timestampLine('04/03/2024 at 18:45')).toEqual({ published: null });
  });

  it('reads a date in figures when it can be read one way only: dots day first, slashes by the part over 12', () => {
    expect(timestampLine('14/03/2024 09:12')).toEqual({ published: '2024-03-14' });
    expect(timestampLine('03/14/2024 9:12 AM')).toEqual({ published: '2024-03-14' });
    expect(timestampLine('04.03.2024, 18:45')).toEqual({ published: '2024-03-04' });
    expect(timestampLine('31/02/2024')).toEqual({ published: null });
    expect(timestampLine('version 1.04.03.2024')).toBeUndefined();
  });

  it('leaves prose, labels and lines with other words alone', () => {
    expect(timestampLine('The talks ended on March 5, 2024.')).toBeUndefined();
    expect(timestampLine('On Monday')).toBeUndefined();
    expect(timestampLine('10 minutes')).toBeUndefined();
    expect(timestampLine('Published in The Frontier Chronicle, November 3rd, 2023')).toBeUndefined();
    expect(timestampLine(`Officials${' '.repeat(100_000)}met.`)).toBeUndefined();
  });
});
