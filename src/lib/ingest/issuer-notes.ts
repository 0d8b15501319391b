// A press release's closing notes from its issuer: "About <company>" (the boilerplate paragraph that repeats from one
// release to the next), the forward-looking-statements disclaimer, media and investor contacts. Wire services print
// them in the same container as the release, with nothing but a short heading between them and the announcement.
import { countWords } from '../text/words.ts';
import { secondHalf } from './debris.ts';
import { endsLikeSentence } from './paragraphs.ts';

/** A heading over the issuer's description: "About Skarvik Batteries", "About the Company" is not one (no name). */
const ABOUT = /^[Aa]bout\s+(?:the\s+)?(?<name>\p{Lu}[\p{L}\p{N}&.,'’ -]{1,60}?)\s*:?$/u;
/** A heading over a release's legal or contact notes. */
const NOTES = /^(?:forward[- ]looking (?:statements?|information)|(?:note|cautionary (?:note|statement|language))s? (?:regarding|on|about) forward[- ]looking (?:statements?|information)|cautionary (?:note|statement)s?|safe harbou?r(?: statement)?|disclaimer|(?:media|press|investor|analyst)(?: relations)? (?:contacts?|enquiries|inquiries)|(?:for (?:further|more) information,? )?contacts?|investor relations)\s*:?$/i;
/** Most words of such a heading. */
const MAX_HEADING_WORDS = 8;
/** Words at the start of the description within which it names the company and says what it is. */
const DESCRIPTION_OPENING = 25;
/** Words of a name too common to say the paragraph below is about it. */
const GENERIC = new Set(['the', 'company', 'group', 'us', 'this', 'our', 'author', 'writer', 'authors']);

/** The words of a heading's name that can identify its company in the paragraph below. */
function nameWords(name: string): string[] {
  return name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !GENERIC.has(w));
}

/** True when `next` describes the company `name` names: it names it in its opening words and says what it is or does. */
function describes(name: string, next: string): boolean {
  const opening = next.split(/\s+/).slice(0, DESCRIPTION_OPENING).join(' ');
  const words = new Set(opening.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const named = nameWords(name);
  return named.length > 0 && named.some((w) => words.has(w)) && /\b(?:is|are|was|has been|operates|develops|provides|makes|designs)\b/.test(opening);
}

/** True for a short line that can head a section: a heading block, or a line of a few words that is no sentence. */
function headingLike(text: string, heading: boolean): boolean {
  return countWords(text) <= MAX_HEADING_WORDS && (heading || !endsLikeSentence(text));
}

/**
 * Index of the first block of a press release's closing issuer notes in the second half of the text, or -1: a
 * heading "About <name>" over a paragraph that names it and says what it is, or a heading over forward-looking
 * statements, a disclaimer or contacts. `headings` says which blocks are headings in the source.
 */
export function issuerNotesStart(texts: readonly string[], headings: readonly boolean[]): number {
  for (let i = Math.max(1, secondHalf(texts)); i < texts.length; i++) {
    const text = (texts[i] as string).trim();
    if (!headingLike(text, headings[i] === true)) continue;
    if (NOTES.test(text) && i + 1 < texts.length) return i;
    const about = ABOUT.exec(text)?.groups?.name;
    if (about && i + 1 < texts.length && describes(about, texts[i + 1] as string)) return i;
  }
  return -1;
}
