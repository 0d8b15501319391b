// Photo captions as news agencies write them: the caption's sentence, then the agency and the photographer in
// brackets after its full stop ("… exchange documents in Vesko, Nov. 5, 2023. (KNA/Petra Voss)", "(Xinhua/Li Ming)",
// "(AFP/Jane Roe)"), often with the people placed by position markers ("Minister Jo Roe (R)", "(2nd L)", "(front)").
import { countWords } from '../text/words.ts';

/** How far from a line's end its credit is looked for. */
const TAIL = 120;
/**
 * "(AGENCY/Name Surname)" closing a line after a sentence's end: an agency of one or two capitalised words (an
 * acronym, "Xinhua", "EPA-EFE"), a slash, and a name of capitalised words.
 */
const CREDIT = /[.!?]["”’]?\s*\(\p{Lu}[\p{L}-]{1,15}(?:\s\p{Lu}[\p{L}-]{1,15})?\s?\/\s?(?<name>\p{Lu}[\p{L}'’.-]{0,20}(?:\s\p{Lu}[\p{L}'’.-]{0,20}){0,3})\)$/u;
/**
 * Where a person stands in the photo, in brackets of their own: "(R)", "(L)", "(C)", "(2nd L)", "(front)", "(1st R,
 * back)". A party label ("(R-Ohio)", "(D)") is caught only with a credit at the end too.
 */
const POSITION = /\((?:\d(?:st|nd|rd|th)\s)?(?:L|R|C|F|front|back|top|bottom|centre|center|left|right)(?:,\s?(?:\d(?:st|nd|rd|th)\s)?(?:L|R|C|F|front|back|top|bottom|centre|center|left|right)){0,2}\)/;
/** Longest caption, in words. */
const MAX_CAPTION_WORDS = 60;

/**
 * True when a line is an agency's photo caption: it closes with an agency credit after its last sentence, and
 * places someone by position or credits a photographer by full name ("(Reuters/Ipsos)" after a poll figure is
 * neither).
 */
export function agencyCaption(line: string): boolean {
  const text = line.trim();
  if (countWords(text) > MAX_CAPTION_WORDS) return false;
  const credit = CREDIT.exec(text.slice(Math.max(0, text.length - TAIL)));
  if (!credit) return false;
  // The photographer's full name is the credit's sure mark. A bare "(R)" may be a party label ("Senator Jo Roe (R)")
  // in a paragraph that ends by crediting a poll ("(Reuters/Ipsos)"), so only the other positions count alone.
  const placed = [...text.matchAll(new RegExp(POSITION.source, 'g'))].some((m) => m[0] !== '(R)');
  return placed || (credit.groups?.name ?? '').includes(' ');
}
