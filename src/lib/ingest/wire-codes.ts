// The codes a news agency's transmission system puts around a story (teleprinter and ANPA-style wire copy, as any
// agency sends it): start and end-of-message codes, take-number and slug lines, "(MORE)" between takes, an end
// marker, and the agency's time code. Each is a line no reporter writes as prose, so they are known by shape alone.
import { MONTH_NAMES } from '../text/lexicon.ts';
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
  if (capitalsCode(line)) return TAKE_HEADER.test(line) ? 'code' : 'header';
  // The label's value in codes, never words: "Topics: energy, trade" is the page's tag list, left to the debris rules.
  const value = CODE_LABEL.exec(line)?.[1];
  if (value !== undefined && !/\p{Ll}/u.test(value)) return 'header';
  return timestampLine(line) !== undefined ? 'header' : null;
}

/** True when a line ends the story as a wire sends it ("END", "(ENDS)", "-30-", "NNNN"): what follows is the service's. */
export function endOfStory(raw: string): boolean {
  const line = raw.trim();
  return END_MARKER.test(line) && (!BARE_MARKER.test(line) || line === line.toUpperCase());
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
