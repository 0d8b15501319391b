import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../text/lexicon.ts';
import { countWords } from '../text/words.ts';

/** An inline date at the start of a paragraph ("date 2019-04-11 Egypt has…", "Published: 2019-04-11"). */
const INLINE_DATE = /^\s*(?:date|published|posted|updated|dated)\s*:?\s*(\d{4})-(\d{2})-(\d{2})\b[\s,.:;-]*/i;

/** Finds an ISO date label at the start of a paragraph; returns the date, the label text and the rest. */
export function detectInlineDate(paragraph: string): { date: string; label: string; rest: string } | null {
  const match = INLINE_DATE.exec(paragraph);
  if (!match) return null;
  const [label, y, m, d] = match as unknown as [string, string, string, string];
  const date = `${y}-${m}-${d}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) return null;
  return { date, label: label.trim(), rest: paragraph.slice(label.length) };
}

const MONTH_NUMBER = new Map<string, number>([
  ...MONTH_NAMES.map((m, i) => [m, i + 1] as const),
  ...Object.entries(MONTH_ABBREVIATIONS).map(([short, full]) => [short, MONTH_NAMES.indexOf(full) + 1] as const),
]);
const MONTH_WORD = '([A-Za-z]{3,9})\\.?';
/** "14 August 2024", "Aug. 14, 2024", "2024-08-14" anywhere in a short line. */
const WRITTEN_DATE = new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|-)${MONTH_WORD},?(?:\\s+|-)(\\d{4})|${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))\\b`);

/** A YYYY-MM-DD day if it exists in the calendar, else null. */
function validDay(year: number, month: number, dayOfMonth: number): string | null {
  const date = `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date ? date : null;
}

/** "14/03/2024", "03/14/2024", "14.03.2024", "14-03-2024": a day, a month and a year in figures, one separator between them. */
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/-]|\.\d)/;

/**
 * A date in figures, when it can be read one way only: with dots it is day.month.year (as where it is written so);
 * with slashes the day is whichever part is over 12. "04/03/2024" could be either, so it reads as no date.
 */
function numericDate(line: string): string | null {
  const m = NUMERIC_DATE.exec(line);
  if (!m) return null;
  const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  // Read one way only: day first with full stops, a first figure over 12, a second over 12, or both the same ("07-07-2025").
  if (m[2] === '.' || a > 12 || a === b) return validDay(year, b, a);
  return b > 12 ? validDay(year, a, b) : null;
}

/**
 * The first date written in a line as news pages print it ("14 August 2024", "Aug. 14, 2024", ISO), then one in
 * figures that reads one way only ("14/03/2024"), or null.
 */
export function writtenDate(line: string): string | null {
  const m = WRITTEN_DATE.exec(line);
  if (!m) return numericDate(line);
  if (m[7]) return validDay(Number(m[7]), Number(m[8]), Number(m[9]));
  const [dayText, monthText, yearText] = m[1] ? [m[1], m[2], m[3]] : [m[5], m[4], m[6]];
  const month = MONTH_NUMBER.get((monthText ?? '').toLowerCase());
  return month ? validDay(Number(yearText), month, Number(dayText)) : null;
}

/** Longest timestamp line, in words ("Published 3:45 PM EST, Tue March 5, 2024 · Updated 6:12 PM EST"). */
const MAX_TIMESTAMP_WORDS = 18;
/** What makes a line a time stamp: a date, a clock time, a time ago or a reading time. */
const STAMP = /\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\b|\b\d{1,2}([/.-])\d{1,2}\1\d{2,4}\b|\b(?:\d+|an?|one)\s+(?:sec|second|min|minute|hr|hour|day|week|month|year)s?\s+ago\b|\b\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+(?:read|listen)\b|\b(?:read|listen)\s*[·•|:-]?\s*\d+\s*min(?:ute)?s?\b|\bjust now\b/i;
/** Every word a time stamp may be made of, besides numbers: labels, months, weekdays, units, zones. */
const STAMP_WORDS = new Set([
  ...MONTH_NAMES, ...Object.keys(MONTH_ABBREVIATIONS), ...WEEKDAY_NAMES, ...WEEKDAY_NAMES.map((d) => d.slice(0, 3)), 'tues', 'thur', 'thurs',
  'published', 'posted', 'uploaded', 'updated', 'added', 'created', 'last', 'first', 'modified', 'edited', 'date', 'dated', 'on', 'at', 'originally', 'and', 'aired', 'broadcast',
  'ago', 'about', 'around', 'just', 'now', 'an', 'a', 'one', 'sec', 'secs', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes', 'hr', 'hrs', 'hour', 'hours',
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'yesterday', 'today', 'read', 'reading', 'time', 'listen',
  'am', 'pm', 'a.m', 'p.m', 'st', 'nd', 'rd', 'th',
]);
/** Words that say a date is when the article was changed, not first published. */
const CHANGED = /\b(?:updated|modified|edited|last)\b/i;

/**
 * Reads a line made of nothing but time stamps ("Published 3:45 PM EST, Tue March 5, 2024", "3 days ago · 4 min
 * read", "February 27, 2024 8:14 AM GMT+1 Updated 3 hours ago"). Returns the publication date it prints (the date
 * before any "Updated"), null when it prints none, or undefined when the line is not a time stamp.
 */
export function timestampLine(line: string): { published: string | null } | undefined {
  const text = line.trim();
  if (!text || countWords(text) > MAX_TIMESTAMP_WORDS || !(STAMP.test(text) || writtenDate(text))) return undefined;
  // Every word must be a number, a time-stamp word or a time zone ("EST", "GMT+1", "UTC"; zones end in T).
  // A day written with hyphens ("03-Jun-2025") is three words.
  const words = text.split(/[\s,;:|·•()–—/]+|\s-\s|(?<=\d)-(?=\p{L})|(?<=\p{L})-(?=\d)/u).filter(Boolean);
  const stampWord = (w: string) => /^[\d.:/+-]+(?:st|nd|rd|th|h|[ap]\.?m\.?)?$/i.test(w) || STAMP_WORDS.has(w.toLowerCase().replace(/\.$/, '')) || /^(?:[A-Z]{1,4}T|UTC|Z)(?:[+-]\d{1,2})?$/.test(w);
  if (!words.every(stampWord)) return undefined;
  // "Published …" wherever it stands; otherwise whatever comes before "Updated".
  const labelled = /\b(?:published|posted|added)\b(.*?)(?=\b(?:updated|modified|edited|last)\b|$)/i.exec(text);
  return { published: writtenDate(labelled ? (labelled[1] ?? '') : text.slice(0, CHANGED.exec(text)?.index ?? text.length)) };
}
