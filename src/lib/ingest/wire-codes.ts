// The codes a news agency's transmission system puts around a story (teleprinter and ANPA-style wire copy, as any
// agency sends it): start and end-of-message codes, take-number and slug lines, "(MORE)" between takes, an end
// marker, and the agency's time code. Each is a line no reporter writes as prose, so they are known by shape alone.
import { MONTH_NAMES, WIRE_LABELS } from '../text/lexicon.ts';
import { timestampLine } from './dates.ts';

/** How a line of wire copy reads: a code only a transmission system writes, a line that is one beside such codes, or prose. */
export type WireLine = 'code' | 'header' | null;

/** Teleprinter start and end-of-message codes, which open a line ("ZCZC", "ZCZC PAR123", "NNNN"). */
const MESSAGE_CODE = /^(?:ZCZC|NNNN)(?:\s|$)/;

/**
 * A line that says a story goes on in another take or ends here: "(MORE)", "MORE", "-more-", "END", "(ENDS)", "-30-",
 * "-0-", "ENDIT". A bare word must be in capitals, as wire systems print it: "More." or "the end" is prose.
 */
const TAKE_MARKER = /^(?:[(\-–—]\s*(?:more|more to follow|ends?|endit)\s*[)\-–—]|MORE|MORE TO FOLLOW|MORE FOLLOWS|ENDS?|ENDIT|-\s*(?:30|0)\s*-)$/i;
/** The bare-word forms of TAKE_MARKER, which count only when written in capitals. */
const BARE_MARKER = /^[a-z]/i;

/** A line that says the story ends: the end forms of TAKE_MARKER, or the end-of-message code. */
const END_MARKER = /^(?:[(\-–—]\s*(?:ends?|endit)\s*[)\-–—]|ENDS?|ENDIT|-\s*(?:30|0)\s*-|NNNN)$/i;
/** "END OF STORY" in capitals, perhaps framed by rules and followed by the story's code ("=== END OF STORY nX8-2 ==="). */
const END_OF_STORY = /^[=\-*#~\s]*END OF (?:STORY|MESSAGE|TRANSMISSION|ITEM|TEXT)(?:\s+[\w-]{1,30})?[=\-*#~\s]*$/;
/** The same in any case between rules, as a pasted copy's end is marked: "---------- end of article ----------". */
const END_BETWEEN_RULES = /^[=\-*#~_]{3,}\s*end of (?:the )?(?:story|article|text|item|paste|pasted \w+|quote|quoted \w+|forwarded message|message|copy)\s*[=\-*#~_]{3,}$/i;

/** A take or selector number opening a line: letters then three to five figures ("AMN0417", "a0123", "PAR482"). */
const TAKE_NUMBER = /^[A-Za-z]{1,5}\d{3,5}\b/;

/** A take or lead header in capitals: "2ND TAKE", "1ST LEAD", "3RD ADD", "WRITETHRU", "URGENT", "BULLETIN". */
const TAKE_HEADER = /\b(?:\d{1,2}(?:ST|ND|RD|TH)\s+(?:TAKE|LEAD|ADD|WRITETHRU|WRITE-THRU|UPDATE)|(?:\d{1,2}(?:ST|ND|RD|TH)\s+)?(?:LD-)?WRITETHRU)\b/;

/** Three-letter month names, lower case, in calendar order. */
const SHORT_MONTHS = MONTH_NAMES.map((m) => m.slice(0, 3));
const MONTHS = SHORT_MONTHS.join('|');
/**
 * An agency's time code closing its copy: day, hour and minute in six figures, an optional zone, the month and the
 * year ("AMN 111411 GMT JUN 24", "jm/rt AFP 111411 GMT JUN 24", "111411 Jun 24").
 */
const TIME_CODE = new RegExp(`(?:^|\\s)([0-3]\\d)[0-2]\\d[0-5]\\d\\s+(?:(?:GMT|UTC|[A-Z]{2,4}T)\\s+)?(${MONTHS})[a-z]*\\.?\\s+(\\d{2}|\\d{4})$`, 'i');

/** A wire's index label with codes for its value: "Keywords: ELECTION/AUDIT", "Slug: BC-VOTE", "Priority: 4". */
const CODE_LABEL = /^(?:keywords?|slug|tags?|topics?|category|categories|priority|ref(?:erence)?)\s*:\s*(\S.{0,100})$/i;

/**
 * An agency's story or desk reference alone on a line: its initials in capitals, a slash and a serial number, with
 * perhaps more slash-separated parts ("KNA/4561203", "IRN/85432/AB"). Initials with a slash and no serial ("AC/DC")
 * are a name.
 */
const REFERENCE_CODE = /^\p{Lu}{2,6}(?:\/[\p{Lu}\p{N}*]{1,12}){1,4}$/u;
const SERIAL = /\/[^/]*\d{3}/;

/** A rule drawn in text, as a feed frames its header: one mark repeated ("=====", "-----", "_____", "*****"). */
const RULE_LINE = /^([=\-_*~#])\1{4,}$/;

/** One field of a feed's header line: a label in capitals, a colon and a value ("PRI: 3", "SRC: TGN", "ID: nX8-2"). */
const FIELD = /(?:^|\s)\p{Lu}{2,8}:\s*\S+/gu;

/**
 * A feed's header line naming its service and stamped with the time it was sent, the two set apart by a run of
 * spaces: "TGN WORLD NEWS SERVICE - ENGLISH        03-Jun-2025 14:22 GMT". The name is in capitals.
 */
function serviceStamp(line: string): boolean {
  const m = /^(\P{Ll}{3,80}?)\s{3,}(\S.*)$/u.exec(line);
  return m !== null && /\p{Lu}{2}/u.test(m[1] as string) && timestampLine(m[2] as string) !== undefined;
}

/**
 * A wire's note on a version of a story, its label in capitals and a hyphen before it: "REFILE-Corrects spelling
 * of …", "CORRECTED-Fixes date in paragraph 3" (WIRE_LABELS).
 */
function versionNote(line: string): boolean {
  const label = wireLabel(line);
  return label !== null && NOTE_VERB.test(line.trim().slice(label.length));
}

/** Most words a line of wire codes has. */
const MAX_CODE_WORDS = 12;

/**
 * A line in capitals set like a code rather than a headline: with a slash, brackets or a figure in it ("POL-ELECTION/
 * (EXCLUSIVE)", "BC-EU-VOTE3"), or of one to three words, as slug keywords and take labels are ("PORT-STRIKE",
 * "URGENT", "EXCLUSIVE"). A wire's headline in capitals is longer ("PORT WORKERS WALK OUT") and has none of these.
 */
function capitalsCode(line: string): boolean {
  const words = line.split(/\s+/);
  if (words.length > MAX_CODE_WORDS || /\p{Ll}/u.test(line) || !/\p{Lu}/u.test(line) || /[.!?]$/.test(line)) return false;
  return words.length <= 3 || /[/()[\]]|\p{Lu}\d|\d\p{Lu}/u.test(line);
}

/**
 * How one line reads in wire copy: `code` for what only a transmission system writes (start and end codes, take
 * markers and headers, a take number, a time code), `header` for a line that goes with such codes (a slug line in
 * capitals, a bare time stamp "11/06/2024 14:05 GMT"), null for anything else.
 */
export function wireLine(raw: string): WireLine {
  const line = raw.trim();
  if (!line || line.length > 120) return null;
  if (MESSAGE_CODE.test(line) || wireTimeCode(line) !== null) return 'code';
  if (REFERENCE_CODE.test(line) && SERIAL.test(line)) return 'code';
  if (TAKE_MARKER.test(line) && (!BARE_MARKER.test(line) || line === line.toUpperCase())) return 'code';
  // A take number heads a line of fields (selector, priority, category); alone ("MH370", "B737 MAX") it is a name.
  const fields = line.split(/\s+/).length;
  if (TAKE_NUMBER.test(line) && fields >= 3 && fields <= MAX_CODE_WORDS && !/[.!?]$/.test(line) && capitalsCode(line.replace(TAKE_NUMBER, 'X'))) return 'code';
  // Two fields or more in one line are a feed's header ("PRI: 3   CAT: N   SRC: TGN"); prose has one label at most.
  if ((line.match(FIELD) ?? []).length >= 2 && !/[.!?]$/.test(line)) return 'code';
  if (capitalsCode(line)) return TAKE_HEADER.test(line) ? 'code' : 'header';
  if (RULE_LINE.test(line) || serviceStamp(line) || versionNote(line)) return 'header';
  // The label's value in codes, never words: "Topics: energy, trade" is the page's tag list, left to the debris rules.
  const value = CODE_LABEL.exec(line)?.[1];
  if (value !== undefined && !/\p{Ll}/u.test(value)) return 'header';
  return timestampLine(line) !== undefined ? 'header' : null;
}

/** A field of a reporter's filing header: a label in capitals and its value ("SLUG: MINE/delay", "WORDS: 412", "FOR: News desk"). */
const FILING_FIELD = /^\p{Lu}{2,10}:\s+\S/u;
/** Fewest such lines that make a filing header: one or two are a label over the story ("UPDATE: …"). */
const MIN_FILING_FIELDS = 3;

/** How many lines at the top of copy are its filing header (MIN_FILING_FIELDS or more field lines in a row), or 0. */
export function filingHeaderLength(lines: readonly string[]): number {
  let n = 0;
  while (n < lines.length && FILING_FIELD.test((lines[n] as string).trim())) n += 1;
  return n >= MIN_FILING_FIELDS ? n : 0;
}

const WIRE_LABEL = new RegExp(`^((?:(?:${WIRE_LABELS.map((l) => l.replace(/ /g, '\\s')).join('|')})(?:\\s\\d{1,2})?-)+)`);

/** The version labels a wire puts before a headline or a note ("UPDATE 2-", "CORRECTED-UPDATE 1-"), or null. */
export function wireLabel(line: string): string | null {
  return WIRE_LABEL.exec(line.trim())?.[1] ?? null;
}

/** A headline without the labels a wire puts before it: "UPDATE 2-Chile copper workers strike" is "Chile copper workers strike". */
export function withoutWireLabel(headline: string): string {
  const label = wireLabel(headline);
  const rest = label ? headline.trim().slice(label.length) : headline;
  return label && /^\p{Lu}/u.test(rest) ? rest : headline;
}

/**
 * A wire's note on what a version changed, in brackets under the headline: "(Adds union leader's comment in
 * paragraphs 5-6, updates prices)", "(Recasts with official statement)". Its verb is capitalised, as wires write it.
 */
const ADVISORY_VERBS = 'Adds|Updates|Recasts|Corrects|Clarifies|Changes|Rewrites|Refiles|Repeats|Fixes|Removes|Inserts|Deletes|Moves|Writes through|Tops|Combines|Expands|Re-?issues|Withdraws|Kills';
const ADVISORY = new RegExp(`^\\((?:${ADVISORY_VERBS})\\b[^()]{0,400}\\)$`);
/** The verb a wire's note opens with, after its label ("REFILE-Corrects spelling …"). */
const NOTE_VERB = new RegExp(`^\\s?(?:${ADVISORY_VERBS})\\b`);

/** A pointer to another item of the service, in brackets: "(For a factbox on Chile's mines, see [nTGN7FQ2Z])". */
const POINTER = /^\((?:For\s[^()]{1,160}?,?\s(?:see|click|double[- ]click)\b|See also\b)[^()]{0,200}\)$/;

/** A service's own story code in square brackets, as feeds cite other items: "[nTGN7FQ2Z]", "[ID:nL5N2X]". */
const STORY_CODE = /\[(?:ID:)?[a-zA-Z]{0,4}[A-Z0-9][A-Z0-9-]{5,}\]/;

/** A label over a list of the service's other items: "RELATED STORIES:", "Related coverage:", "SEE ALSO". */
const RELATED_LABEL = /^(?:related(?:\s+(?:stories|coverage|items|news|links))?|see also|more on this story)\s*:?/i;

/** True for a wire's bracketed note on what a version changed ("(Adds comment in paragraph 5)"): never the story's text. */
export function advisoryNote(text: string): boolean {
  return ADVISORY.test(text.trim());
}

/** True for a bracketed pointer to another item of the service ("(For a factbox …, see [code])"). */
export function pointerNote(text: string): boolean {
  return POINTER.test(text.trim());
}

/** True for a list of the service's other items under its label, each cited by story code ("RELATED STORIES: [n…] …"). */
export function relatedItems(text: string): boolean {
  return RELATED_LABEL.test(text.trim()) && STORY_CODE.test(text);
}

/** True when a line ends the story as a wire sends it ("END", "(ENDS)", "-30-", "NNNN"): what follows is the service's. */
export function endOfStory(raw: string): boolean {
  const line = raw.trim();
  return (END_MARKER.test(line) && (!BARE_MARKER.test(line) || line === line.toUpperCase())) || END_OF_STORY.test(line) || endOfCopy(line);
}

/** True for a line between rules that says a copy of the article ends ("---------- end of article ----------"). */
export function endOfCopy(raw: string): boolean {
  return END_BETWEEN_RULES.test(raw.trim());
}

/** The day an agency's time code gives ("AMN 111411 GMT JUN 24" is 2024-06-11), or null when the line holds none. */
export function wireTimeCode(raw: string): string | null {
  const line = raw.trim();
  if (line.split(/\s+/).length > 8) return null;
  const m = TIME_CODE.exec(line);
  if (!m) return null;
  const number = SHORT_MONTHS.indexOf((m[2] as string).toLowerCase().slice(0, 3)) + 1;
  const year = (m[3] as string).length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const date = `${year}-${String(number).padStart(2, '0')}-${m[1]}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return number > 0 && !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date ? date : null;
}
