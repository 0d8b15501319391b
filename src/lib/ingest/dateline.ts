import { isFunctionWord, MONTH_PATTERN } from '../text/lexicon.ts';
import { unmarkedText, type TextBlock } from './tree.ts';

/** What a dateline at the start of the first paragraph says. */
export interface Dateline {
  /** The dateline as printed, without its dash ("Tasnim", "DUBAI (Reuters)"). */
  text: string;
  /** A news organisation named by the dateline: a mixed-case name ("Tasnim") or an agency in brackets. */
  outlet: string | null;
  /** The rest of the paragraph. */
  rest: string;
}

/** The day a wire dateline may give after its place (", March 14", ", 14 March 2024", ", Oct. 3"). */
const DATELINE_DAY = `,?\\s+(?:${MONTH_PATTERN.source}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH_PATTERN.source})(?:,?\\s+\\d{4})?`;

// "PLACE (Agency) –", "Place, Country (Agency) —", "PLACE, March 14 (Agency) -", "Agency –": up to five words, a
// day if the wire gives one, then a spaced dash.
const DATELINE = new RegExp(`^((?:\\p{Lu}[\\p{L}.'’-]*,?\\s){0,4}\\p{Lu}[\\p{L}.'’-]*)(${DATELINE_DAY})?(?:\\s*\\(([^)]{2,40})\\))?\\s+[–—-]{1,2}\\s+(?=\\S)`, 'u');

/**
 * A place in capitals closed by a dash with no spaces around it, as some papers set it ("OSAKA—A local ferry …",
 * "WASHINGTON, March 3—The …"): only capitals, so a hyphenated word of prose ("Anti-war—") is not one.
 */
const TIGHT_DATELINE = new RegExp(`^(\\p{Lu}{2,}(?:[ ,.'’]+\\p{Lu}{2,}){0,3})(${DATELINE_DAY})?(?:\\s*\\(([^)]{2,40})\\))?\\s*[—–](?=["“‘]?\\p{Lu})`, 'u');

/**
 * A TIGHT_DATELINE that is not a compound ("NATO—Russia talks"): it gives a day or an agency, or the sentence after it
 * opens with a function word ("OSAKA—A local ferry …", "LONDON—The …").
 */
function tightDateline(paragraph: string): RegExpExecArray | null {
  const match = TIGHT_DATELINE.exec(paragraph);
  if (!match) return null;
  const next = /^["“‘]?(\p{L}+)/u.exec(paragraph.slice(match[0].length))?.[1] ?? '';
  return match[2] || match[3] || isFunctionWord(next.toLowerCase()) ? match : null;
}


/** Finds a dateline such as "Tasnim –" or "DUBAI (Reuters) –" at the start of a paragraph. */
export function detectDateline(paragraph: string): Dateline | null {
  const match = DATELINE.exec(paragraph) ?? tightDateline(paragraph);
  if (!match) return null;
  const place = (match[1] ?? '').trim();
  const day = match[2] ?? '';
  const agency = match[3]?.trim() ?? null;
  // A place is in capitals, or opens with a word in capitals and names its state or province after it ("DAUPHIN, Man.").
  const allCaps = place === place.toUpperCase() || /^\p{Lu}{3,}(?:\s\p{Lu}{3,})*,\s/u.test(place);
  // An ALL-CAPS word is a place; a mixed-case name with no bracketed agency and no day is the outlet itself.
  if (!agency && allCaps && place.length < 3) return null;
  return {
    text: agency ? `${place}${day} (${agency})` : `${place}${day}`,
    outlet: agency ?? (allCaps || day ? null : place),
    rest: paragraph.slice(match[0].length),
  };
}

/** A paragraph's dateline, after any leading spaces: where the dateline ends, and what it says. */
export function leadDateline(block: TextBlock): { end: number; found: Dateline } | null {
  if (block.type !== 'paragraph') return null;
  const text = unmarkedText(block);
  const lead = text.length - text.trimStart().length;
  const found = detectDateline(text.slice(lead));
  return found ? { end: text.length - found.rest.length, found } : null;
}

/**
 * A dateline no prose sentence could open with: a place in capitals ("DAVENPORT, Iowa"), a day or an agency (what
 * detectDateline reads as no outlet, or an agency in brackets). A mixed-case name and a dash ("Tasnim –") also opens a
 * paragraph of prose ("Meanwhile – …"), so only the first paragraph is read for one.
 */
export const placeOrDay = (found: Dateline) => found.outlet === null || found.text.includes('(');

