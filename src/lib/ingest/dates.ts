import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../text/lexicon.ts';

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
const WRITTEN_DATE = new RegExp(`\\b(?:(\\d{1,2})\\s+${MONTH_WORD},?\\s+(\\d{4})|${MONTH_WORD}\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))\\b`);

/** A YYYY-MM-DD day if it exists in the calendar, else null. */
function validDay(year: number, month: number, dayOfMonth: number): string | null {
  const date = `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date ? date : null;
}

/** The first date written in a line as news pages print it ("14 August 2024", "Aug. 14, 2024", ISO), or null. */
export function writtenDate(line: string): string | null {
  const m = WRITTEN_DATE.exec(line);
  if (!m) return null;
  if (m[7]) return validDay(Number(m[7]), Number(m[8]), Number(m[9]));
  const [dayText, monthText, yearText] = m[1] ? [m[1], m[2], m[3]] : [m[5], m[4], m[6]];
  const month = MONTH_NUMBER.get((monthText ?? '').toLowerCase());
  return month ? validDay(Number(yearText), month, Number(dayText)) : null;
}
