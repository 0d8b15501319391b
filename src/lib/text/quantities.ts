// Dates and numbers as values, so a rewrite that writes them differently ("12-13 October" / "Oct. 12-13", "50 percent"
// / "50%", "three" / "3") is not a change, and one that alters them is.
import { MONTH_ABBREVIATIONS, MONTH_NAMES, NUMBER_SCALES, NUMBER_WORDS, WEEKDAY_NAMES } from './lexicon.ts';

/** A date or a number found in a text: its canonical value and where it is written. */
export interface Quantity {
  kind: 'date' | 'number';
  /**
   * Canonical value: "m10 d12-13", "y2015", "wd0", "c1990 p1" (the early 1990s), "m10 p2" (mid-October) for dates;
   * "3", "50%", "1000000000$" for numbers. A date's parts are space-separated, each its letters then its figures.
   */
  value: string;
  text: string;
  start: number;
  end: number;
}

const MONTHS = [...MONTH_NAMES, ...Object.keys(MONTH_ABBREVIATIONS)].sort((a, b) => b.length - a.length).join('|');
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?`;
const YEAR = String.raw`(?:1[89]|20)\d\d`;
/** A part of a month or decade: "early", "mid-", "late", "the end of", "the beginning of". */
const PART = String.raw`(?:(?:the\s+)?(?:beginning|start|middle|end)\s+of\s+(?:the\s+)?|(?:early|mid|late)(?:-|\s+)(?:the\s+)?)`;
// Day-month and month-day orders, with an optional year; a month (or part of one) or a weekday alone; a decade (or
// part of one); a year alone.
const DATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?<d1>${DAY})\s+(?<m1>${MONTHS})\.?(?:,?\s+(?<y1>${YEAR}))?|(?<m2>${MONTHS})\.?\s+(?<d2>${DAY})(?![\p{N}])(?:,?\s+(?<y2>${YEAR}))?|(?<mp>${PART})?(?<m3>${MONTHS})\.?(?:\s+(?<y3>${YEAR}))?|(?<wd>${WEEKDAY_NAMES.join('|')})|(?<cp>${PART})?(?<c>(?:1[89]|20)\d0)['’]?s|(?<y4>${YEAR}))(?![\p{L}\p{N}])`,
  'giu',
);

/** A part of a period as a figure: 1 early, 2 mid, 3 late. */
function partOf(text: string): number {
  const t = text.toLowerCase();
  return /beginning|start|early/.test(t) ? 1 : /middle|mid/.test(t) ? 2 : 3;
}
/** A dollar named by its country's letters before the sign ("US$", "HK$", "A$"): one currency, not a name and a sign. */
export const LETTERED_DOLLAR = String.raw`\p{Lu}{1,3}\$`;
/** Currency signs and words by unit; "US$" is the plain dollar, other lettered dollars are their own unit ("HK$"). */
const CURRENCY: Record<string, string> = { $: '$', us$: '$', dollar: '$', dollars: '$', '€': '€', euro: '€', euros: '€', '£': '£', pound: '£', pounds: '£' };
const NUMBER_WORD = Object.keys(NUMBER_WORDS).filter((w) => w !== 'one' && w !== 'zero' && w !== 'hundred').join('|');
const SCALE = Object.keys(NUMBER_SCALES).join('|');
// A clock time's "am"/"a.m." may follow a figure ("6am", "6 a.m."): the same time either way, its unit "am".
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(?<cur>${LETTERED_DOLLAR}|\$|€|£)?\s?(?:(?<num>\d[\d,]*(?:\.\d+)?)|(?<word>${NUMBER_WORD}|a dozen))(?:\s+(?<scale>${SCALE})(?![\p{L}])|(?<short>bn|mn|tn|m)(?![\p{L}]))?(?:\s*(?<unit>%|per\s?cent|percent|dollars?|euros?|pounds?)(?![\p{L}]))?(?:\s?(?<clock>[ap])\.?m\b\.?)?(?![\p{L}\p{N}])`,
  'giu',
);

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return MONTH_NAMES.indexOf(MONTH_ABBREVIATIONS[lower] ?? lower) + 1;
}

const dayValue = (d: string) => d.replace(/(?:st|nd|rd|th)/gi, '').replace(/\s*[-–]\s*/, '-');

/**
 * The dates and numbers of a text, in text order: dates first claim their digits (so "12-13 October" is one date,
 * not two numbers), then numbers with their scale and unit. "May" counts as a month only when capitalised.
 */
export function quantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(DATE)) {
    const g = m.groups ?? {};
    const month = g.m1 ?? g.m2 ?? g.m3;
    if (month && !/^\p{Lu}/u.test(month)) continue;
    const parts: string[] = [];
    if (month) parts.push(`m${monthNumber(month)}`);
    const day = g.d1 ?? g.d2;
    if (day) parts.push(`d${dayValue(day)}`);
    const year = g.y1 ?? g.y2 ?? g.y3 ?? g.y4;
    if (year) parts.push(`y${year}`);
    if (g.c) parts.push(`c${g.c}`);
    const part = g.mp ?? g.cp;
    if (part) parts.push(`p${partOf(part)}`);
    if (g.wd) {
      if (!/^\p{Lu}/u.test(g.wd)) continue;
      parts.push(`wd${WEEKDAY_NAMES.indexOf(g.wd.toLowerCase())}`);
    }
    found.push({ kind: 'date', value: parts.join(' '), text: m[0], start: m.index, end: m.index + m[0].length });
  }
  const inDate = (start: number, end: number) => found.some((d) => start < d.end && end > d.start);
  for (const m of text.matchAll(NUMBER)) {
    const g = m.groups ?? {};
    const start = m.index + (m[0].length - m[0].trimStart().length);
    if (inDate(start, m.index + m[0].length)) continue;
    let value = g.num ? Number(g.num.replace(/,/g, '')) : NUMBER_WORDS[(g.word ?? '').toLowerCase().replace(/^a /, '')] ?? NaN;
    if (Number.isNaN(value)) continue;
    if (g.scale) value *= NUMBER_SCALES[g.scale.toLowerCase()] ?? 1;
    // A scale run on to the figure ("€1.4bn", "$600m"); a bare "m" is a million only after a currency sign ("6m" is metres).
    if (g.short) {
      if (g.short.toLowerCase() === 'm' && !g.cur) continue;
      value *= NUMBER_SCALES[g.short.toLowerCase()] ?? 1;
    }
    const unitWord = (g.unit ?? '').toLowerCase().replace(/\s/g, '');
    // A clock time keeps its half of the day as its unit: "6 a.m." is not 6 workers, and "6am" is the same time.
    const unit = g.cur ? (CURRENCY[g.cur.toLowerCase()] ?? g.cur.toUpperCase()) : unitWord === '%' || unitWord.endsWith('cent') ? '%' : g.clock ? `${g.clock.toLowerCase()}m` : (CURRENCY[unitWord] ?? '');
    found.push({ kind: 'number', value: `${value}${unit}`, text: m[0].trim(), start, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The parts of a date value by their letters: "m10 d12-13 wd0" → m: 10, d: 12-13, wd: 0. */
function dateParts(value: string): Map<string, string> {
  return new Map(value.split(' ').map((p) => {
    const letters = /^[a-z]*/.exec(p)?.[0] ?? '';
    return [letters, p.slice(letters.length)] as const;
  }));
}

/**
 * Whether two dates say different things: some part both give (month, day, year, weekday, decade, part of a period)
 * differs. "Sunday" and "April 7", or "October" and "mid-October", give no part in common that differs: they may be
 * the same day or month, so neither contradicts the other.
 */
export function datesContradict(a: string, b: string): boolean {
  const pa = dateParts(a);
  const pb = dateParts(b);
  return [...pa].some(([letter, value]) => pb.has(letter) && pb.get(letter) !== value);
}
