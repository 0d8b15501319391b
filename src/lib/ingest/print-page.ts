// The furniture of a printed page that comes along when text is copied out of a newspaper's PDF or e-paper: the
// folio (running header or footer: paper, date, page, volume, price), the index of what is inside, jump lines where
// a story turns to another page ("Continued on Page 6", "From Page 1") and the jump head over its second half, an ad
// under its label, and a caption closed by a photographer's credit in capitals. Shapes of any paper's page.
import { detectDateline } from './dateline.ts';
import { timestampLine } from './dates.ts';
import { endsLikeSentence } from './paragraphs.ts';
import { countWords } from '../text/words.ts';
import { collapse } from './tree.ts';

/** Longest folio, index or jump line, in characters: they are one line of a page. */
const MAX_LINE = 160;
/** Most words of one part of a folio ("Late City Final Edition", "The Northern Courier"). */
const MAX_PART_WORDS = 6;

/** A page number as a folio prints it: "6", "A6", "B12", "Page 6", "p. 6". */
const PAGE = /^(?:(?:[Pp]age|PAGE|[Pp]g?\.)\s*)?[A-Z]?\d{1,3}(?:\s+(?:of|OF)\s+\d{1,3})?$/;
/** A page number with its word, as a document's footer prints it: "Page 1 of 2", "Page 6". */
const WORDED_PAGE = /^(?:page|PAGE|Page)\s/;
/** A company's form after its name and a comma ("Norvane Biologics, Inc."): part of the name. */
const COMPANY_FORM = /,\s*(?:inc|ltd|llc|llp|corp|co|plc|ag|gmbh|s\.?a|n\.?v|pty(?:\s+ltd)?)\.?$/i;
/** A volume and issue: "Vol. 141, No. 128", "Volume CXLI Number 128", "No. 128", "Issue 4,512". */
const VOLUME = /^(?:(?:vol(?:ume)?\.?\s*[\dIVXLC]+)(?:,?\s*(?:no\.?|number|issue)\s*[\d,]+)?|(?:no\.?|number|issue)\s*[\d,]+)$/i;
/** A cover price: "$2.50", "£1.80", "€2", "2.50 €", "75p", "Price: $1". */
const PRICE = /^(?:price\s*:?\s*)?(?:[$£€¥]\s?\d{1,3}(?:[.,]\d{2})?|\d{1,3}(?:[.,]\d{2})?\s?(?:€|p|c|cents))$/i;
/** A web address: "northerncourier.example", "www.paper.com/epaper". */
const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}[a-z0-9-]*(?:\/\S*)?$/i;
/** A telephone number, with a label before it or not: "1-800-555-0199", "Subscriptions: (020) 7946 0000". */
const PHONE = /^(?:[\p{L}&'’ ]{1,40}:\s*)?\+?\(?\d[\d ().-]{6,18}\d$/u;
/** Short words a paper's name may have in lower case ("The Voice of the People"). */
const NAME_SMALL = new Set(['of', 'the', 'and', 'for', 'in', 'on', '&']);

/** What one part of a folio is, or null when it is none of a folio's parts. */
type FolioPart = 'date' | 'page' | 'volume' | 'price' | 'web' | 'name' | 'caps-name';

function folioPart(part: string): FolioPart | null {
  if (PAGE.test(part)) return 'page';
  if (VOLUME.test(part)) return 'volume';
  if (PRICE.test(part)) return 'price';
  if (DOMAIN.test(part) || PHONE.test(part)) return 'web';
  const stamp = timestampLine(part);
  if (stamp?.published) return 'date';
  const words = part.replace(COMPANY_FORM, '').split(/\s+/);
  // A byline ("By Jane Doe") is never the paper's name: the byline rule reads it.
  if (words.length > MAX_PART_WORDS || /^by\s/i.test(part) || !/^[\p{L}&'’.-]+$/u.test(words.join(''))) return null;
  if (!words.every((w) => /^\p{Lu}/u.test(w) || NAME_SMALL.has(w))) return null;
  return part === part.toUpperCase() && words.length >= 2 ? 'caps-name' : 'name';
}

/** The parts of a line set apart by bars, bullets or the wide gaps a PDF's columns leave. */
const splitParts = (line: string) => line.trim().split(/\s*[|•·]\s*|\s{3,}/).filter(Boolean);

/**
 * The parts of a folio OCR read without its gaps: a page number, the paper's name in capitals and, after a comma,
 * the date ("3 THE FOX VALLEY SENTINEL, Wednesday, October 14, 1987"; "THE COURIER, May 9, 2024 A6"). Null when the
 * line is not so made.
 */
function runOnParts(line: string): string[] | null {
  const m = /^(?:([A-Z]?\d{1,3})\s+)?(\p{Lu}[^,]*?),\s+(.*?\d{4})(?:\s+([A-Z]?\d{1,3}))?$/u.exec(line);
  if (!m || (m[1] === undefined) === (m[4] === undefined)) return null;
  const [name, date] = [m[2] as string, m[3] as string];
  if (folioPart(name) !== 'caps-name' || folioPart(date) !== 'date') return null;
  return [m[1], name, date, m[4]].filter((p): p is string => p !== undefined);
}

/**
 * Reads a folio line, the running header or footer of a printed page ("THE COURIER | Thursday, May 9, 2024 | Vol.
 * 141, No. 128 | $2.50", "6 | THE COURIER | May 9, 2024"): parts of a folio only, a page number first or last, and
 * enough of them that no menu or byline reads as one; or a contact footer of addresses and numbers only. Returns
 * the edition's date (null if it prints none), or undefined when the line is not a folio.
 */
export function folioLine(raw: string): { published: string | null } | undefined {
  const line = raw.trim();
  if (line.length > MAX_LINE) return undefined;
  const split = splitParts(line);
  const parts = split.length < 2 ? runOnParts(line) : split;
  if (!parts) return undefined;
  const kinds = parts.map(folioPart);
  if (kinds.some((k) => k === null)) return undefined;
  const has = (k: FolioPart) => kinds.includes(k);
  const pages = kinds.filter((k) => k === 'page').length;
  // One page number, at one end: a row of figures is a table, not a folio.
  if (pages > 1 || (pages === 1 && kinds[0] !== 'page' && kinds.at(-1) !== 'page')) return undefined;
  // A page's contact footer ("Subscriptions: 1-800-555-0199 | paper.example/epaper") is addresses alone.
  const contact = !kinds.some((k) => k !== 'web');
  // A price needs company ("Pixel Watch | $349" is a product's line): a folio prints it beside two other parts.
  // A document's footer of names and its page in words ("Norvane Biologics, Inc. | News Release | Page 1 of 2") is one too.
  const wordedPage = pages === 1 && WORDED_PAGE.test((kinds[0] === 'page' ? parts[0] : parts.at(-1)) as string);
  const folio = contact || has('volume') || (has('price') && parts.length >= 3) || (has('date') && (pages === 1 || has('web') || has('caps-name'))) || (pages === 1 && has('caps-name')) || (wordedPage && parts.length >= 3);
  if (!folio) return undefined;
  const at = kinds.indexOf('date');
  return { published: at < 0 ? null : (timestampLine(parts[at] as string)?.published ?? null) };
}

/** One entry of a page's index: a section and its page ("Weather 12", "Sports, B1", "Puzzles p. 18"). */
const INDEX_ENTRY = /^\p{Lu}[\p{L}&'’ -]{0,30}?[\s,]+(?:(?:[Pp]age|[Pp]\.)\s*)?[A-Z]?\d{1,3}$/u;
/** The label an index may open with: "INSIDE:", "In this issue:", "Index:". */
const INDEX_LABEL = /^[\p{L} ]{1,20}:\s*/u;

/** True when a line is a page's index of what is inside ("INSIDE: Weather 12 | Puzzles 18 | Sports 21"): three or more entries. */
export function indexLine(raw: string): boolean {
  const line = raw.trim();
  if (line.length > MAX_LINE) return false;
  // Bars and bullets only: entries between semicolons are prose's lists ("Yes 77; No 19; Not voting 4").
  const entries = line.replace(INDEX_LABEL, '').split(/\s*[|•·]\s*/).filter(Boolean);
  return entries.length >= 3 && entries.every((e) => INDEX_ENTRY.test(e));
}

/** Where a jump points: "Page 6", "page A6", "A6", "next page", "back page". */
const TARGET = '(?:(?:[Pp]age|PAGE|[Pp]g?\\.)\\s*[A-Z]?\\d{1,3}|[A-Z]\\d{1,2}|(?:[Nn]ext|[Bb]ack|[Ff]ollowing|NEXT|BACK) (?:[Pp]age|PAGE))';
/** A jump head in a jump line: the story's catchword, in capitals ("STRIKE", "PORT STRIKE"). */
const CATCHWORD = "\\p{Lu}[\\p{Lu}\\d'’ -]{0,30}";
/** A line saying where the story goes on: "Continued on Page 6", "See STRIKE, Page 6", "Please turn to A6". */
const JUMP_TO = new RegExp(`^\\(?(?:(?:[Cc]ontinued|CONTINUED|[Cc]ont(?:['’]d|\\.)|[Tt]urn|TURN|[Pp]lease turn) (?:on|to|ON|TO) ${TARGET}|(?:[Pp]lease )?(?:[Ss]ee|SEE) (?:${CATCHWORD},? )?(?:on )?${TARGET})\\)?\\.?$`, 'u');
/** A line saying where the story came from: "From Page 1", "Continued from A1", "STRIKE, from Page 1". */
const JUMP_FROM = new RegExp(`^\\(?(?:${CATCHWORD},? )?(?:(?:[Cc]ontinued|CONTINUED|[Cc]ont(?:['’]d|\\.)) )?(?:[Ff]rom|FROM) ${TARGET}\\)?\\.?$`, 'u');

/** Which way a jump line points: `to` the page the story goes on, `from` the page it came from, or null for other text. */
export function jumpLine(raw: string): 'to' | 'from' | null {
  const line = collapse(raw);
  if (line.length > 60) return null;
  if (JUMP_TO.test(line)) return 'to';
  return JUMP_FROM.test(line) ? 'from' : null;
}

/**
 * A refer to other pages of the paper: a label, a comma, colon or dash, and the pages ("MORE LOCAL NEWS, PAGES 7-9",
 * "Obituaries: Page B4", "Sports — Pages 21-24"). The separator keeps "the figures are on pages 7-9" prose.
 */
const REFER = /^\p{Lu}[\p{L}\d&'’ ]{1,50}\s?[,:—–-]\s*(?:PAGES?|[Pp]ages?|[Pp]p?\.)\s*[A-Z]?\d{1,3}(?:\s*[-–&,]\s*[A-Z]?\d{1,3})?\.?$/u;
/** Most words of a refer line. */
const MAX_REFER_WORDS = 10;

/** True when a line refers the reader to other pages of the paper ("MORE LOCAL NEWS, PAGES 7-9"). */
export function referLine(raw: string): boolean {
  const line = collapse(raw);
  return line.length <= 80 && countWords(line) <= MAX_REFER_WORDS && REFER.test(line);
}

/** Most words of a jump head ("PORT STRIKE", "Budget vote"). */
const MAX_JUMP_HEAD_WORDS = 5;

/** True when a line can be the jump head over a story's second half: a few words, no sentence, no colon. */
export function jumpHead(raw: string): boolean {
  const line = raw.trim();
  return countWords(line) > 0 && countWords(line) <= MAX_JUMP_HEAD_WORDS && !endsLikeSentence(line) && /^\p{Lu}/u.test(line) && !/[:,;]$/.test(line);
}

/** A label over an advertisement on the page: "ADVERTISEMENT", "Paid advertisement", "Sponsored content". */
const AD_LABEL = /^(?:paid )?(?:advertisement|advertising|advertorial|sponsored(?: content)?|ad)$/i;

/** True when a line is the label an advertisement stands under. */
export function adLabel(raw: string): boolean {
  return AD_LABEL.test(collapse(raw));
}

/** Most words of an advertisement's copy under its label. */
const MAX_AD_WORDS = 30;
/** An advertiser's name in capitals before a dash or colon: "HALVORSEN MOTORS — Spring sale…", "ACME TILES: …". */
const AD_OPENER = /^\p{Lu}[\p{Lu}\d&'’.-]*(?:\s[\p{Lu}&][\p{Lu}\d&'’.-]*){1,5}\s*[—–:|-]\s/u;
/** What a reader is told to act on: a telephone number or a web address. */
const AD_CONTACT = /\b\d{3}[-. ]\d{3}[-. ]\d{4}\b|\bwww\.|https?:\/\/|\b[a-z0-9-]+\.(?:com|net|org|co\.uk|ca|com\.au)\b/i;

/**
 * True when the text right under an ad label is the ad itself: short, and opening with the advertiser's name in
 * capitals or giving a number or address to call; a plain paragraph, which a web page puts after its ad slot, is
 * not. Above the article's first paragraph (`opensArticle`) a name in capitals before a dash is its dateline ("NEW
 * YORK (AP) —"), so there only a number or address makes an ad.
 */
export function adCopy(raw: string, opensArticle = false): boolean {
  const text = collapse(raw);
  if (countWords(text) > MAX_AD_WORDS || (opensArticle && detectDateline(text) && !AD_CONTACT.test(text))) return false;
  return AD_OPENER.test(text) || AD_CONTACT.test(text);
}

/**
 * A photographer's credit in capitals closing a caption, after its last sentence: "… on Wednesday. JANE DOE/THE
 * HERALD", "… in 2019. JOHN ROE / STAFF PHOTOGRAPHER". Searched in the last characters only, so it stays linear.
 */
const CAPS_CREDIT = /[.!?”"’)]\s+\p{Lu}[\p{Lu}'’.-]+(?:\s\p{Lu}[\p{Lu}'’.-]+){0,3}\s*\/\s*\p{Lu}[\p{Lu}\d&'’. -]{1,40}$/u;
/** Longest caption, in words. */
const MAX_CAPTION_WORDS = 60;

/** True when a paragraph is a photo caption ending in a photographer's credit in capitals. */
export function capsCreditCaption(raw: string): boolean {
  const text = collapse(raw);
  return countWords(text) <= MAX_CAPTION_WORDS && CAPS_CREDIT.test(text.slice(-120));
}
