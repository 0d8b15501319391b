// A byline printed at the top of the body ("By Jane Doe and John Roe · 14 August 2024 · 5 min read"): who wrote
// the article, and often when. Recognised by the word "By" and capitalised names, in any format.
import { endsLikeSentence } from './paragraphs.ts';
import { writtenDate } from './dates.ts';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../text/lexicon.ts';
import { countWords } from '../text/words.ts';

/** Longest byline line, in words (names, date, time, reading time). */
const MAX_BYLINE_WORDS = 24;

const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
const PARTICLE = '(?:de|da|del|der|van|von|al|bin|ibn|el|la|le)';
const NAME = `${NAME_WORD}(?:\\s+(?:${NAME_WORD}|${PARTICLE})){0,4}`;
const BYLINE = new RegExp(`^[Bb][Yy]\\s+(${NAME}(?:\\s*(?:,|and|&)\\s*${NAME})*)`, 'u');
/** Words that follow "By" in prose but are not names ("By Tuesday", "By March"). */
const NOT_NAMES = new Set([...MONTH_NAMES, ...Object.keys(MONTH_ABBREVIATIONS), 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'then', 'now', 'contrast', 'comparison', 'law']);

/** What a byline line states: the authors' names and a date if it prints one. */
export interface Byline {
  author: string;
  published: string | null;
}

/** Reads a line as a byline, or returns null: "By" then capitalised names, short, not a sentence. */
export function detectByline(line: string): Byline | null {
  const text = line.trim();
  if (countWords(text) > MAX_BYLINE_WORDS || endsLikeSentence(text.replace(/\b(?:a\.m|p\.m)\.$/i, ''))) return null;
  const match = BYLINE.exec(text);
  if (!match) return null;
  const names = (match[1] ?? '')
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((n) => n.replace(/\s+/g, ' ').trim())
    // A name is two or more capitalised words, none of them a month or day.
    .filter((n) => n.split(' ').length >= 2 && !n.split(' ').some((w) => NOT_NAMES.has(w.toLowerCase().replace(/\.$/, ''))));
  if (names.length === 0) return null;
  return { author: names.join(', '), published: writtenDate(text.slice(match[0].length)) };
}
