// A picture's credit on a line of its own under its caption, as a page copied as text leaves it: "Dana Whitcomb /
// High Plains Current", "Reuters / Jo Roe". The caption is the one sentence over it.
import { countWords } from '../text/words.ts';
import { endsLikeSentence } from './paragraphs.ts';

const CAPITALISED = String.raw`\p{Lu}[\p{L}.'’&-]*`;
/** "Name Surname / Outlet" or "Agency / Name Surname": capitalised words on both sides of one slash, nothing else. */
const CREDIT_LINE = new RegExp(String.raw`^(${CAPITALISED}(?:\s+${CAPITALISED}){0,4})\s+/\s+(${CAPITALISED}(?:\s+${CAPITALISED}){0,4})$`, 'u');

/** Most words of the caption over a credit line: one sentence about a picture. */
const MAX_CAPTION_WORDS = 35;

/** True for a line that is only a picture's credit, one side of its slash a full name (two words or more). */
export function pictureCreditLine(line: string): boolean {
  const m = CREDIT_LINE.exec(line.trim());
  return m !== null && ((m[1] as string).includes(' ') || (m[2] as string).includes(' '));
}

/** True for the line over a picture's credit line that is its caption: one short sentence. */
export function captionOverCredit(line: string): boolean {
  const text = line.trim();
  return endsLikeSentence(text) && countWords(text) <= MAX_CAPTION_WORDS && !/[.!?]["”’)]?\s+\p{Lu}/u.test(text);
}
