// A byline printed at the top of the body ("By Jane Doe and John Roe · 14 August 2024 · 5 min read"): who wrote
// the article, and often when. Recognised by the word "By" and capitalised names, in any format.
import { endsLikeSentence } from './paragraphs.ts';
import { timestampLine, writtenDate } from './dates.ts';
import { ARTICLE_ACTION_WORDS, MONTH_ABBREVIATIONS, ORGANISATION_NOUNS, MONTH_NAMES, NEWSROOM_ROLES, WRITER_ROLES } from '../text/lexicon.ts';
import { countWords } from '../text/words.ts';
import { collapse, markBlock, unmarkedText, type ArticleFileData, type TextBlock } from './tree.ts';

/** Longest byline line, in words (names, date, time, reading time). */
const MAX_BYLINE_WORDS = 24;

const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
// A particle is a word of its own: "de" is not the start of "desk".
const PARTICLE = '(?:de|da|del|der|van|von|al|bin|ibn|el|la|le)(?![\\p{L}])';
const NAME = `${NAME_WORD}(?:\\s+(?:${NAME_WORD}|${PARTICLE})){0,4}`;
/** "By", or a verb before it ("Posted by", "Written by"), and "the" before a desk's name ("by the Metals Desk"). */
const BY = '(?:(?:[Ww]ritten|[Pp]osted|[Pp]ublished|[Rr]eported|[Ss]tory|[Ww]ords)\\s+by|[Bb][Yy])\\s+(the\\s+)?';
/** A team of a newsroom, the only author "the" may stand before: "the Green Metals Desk", not "the Associated Press" (a credit). */
const DESK = /\s(?:Desk|Team|Staff|Newsroom|Editors|Board|Bureau)$/u;
const BYLINE = new RegExp(`^${BY}(${NAME}(?:\\s*(?:,|and|&)\\s*${NAME})*)`, 'u');
/** Words that follow "By" in prose but are not names ("By Tuesday", "By March"). */
const NOT_NAMES = new Set([...MONTH_NAMES, ...Object.keys(MONTH_ABBREVIATIONS), 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'then', 'now', 'contrast', 'comparison', 'law']);

/** What a byline line states: the authors' names (null for a newsroom's staff and no person) and a date if it prints one. */
export interface Byline {
  author: string | null;
  published: string | null;
  /** The organisation the byline names after the writer ("By Jane Doe, Continental Press Agency"), if any. */
  outlet?: string;
}

/** The last word of an organisation's name: a masthead's noun, or a newsroom's ("Agency", "Service", "Network"). */
const ORGANISATION_END = new RegExp(`\\s(?:${ORGANISATION_NOUNS.join('|')})$`, 'u');

/**
 * A part of a byline after the writer's name that names an organisation, not a person: "The Associated Press", a
 * name ending in a masthead's or newsroom's noun ("Continental Press Agency", "Metro Daily"), or one word with a
 * capital inside it ("TechLedger").
 */
export function organisationPart(part: string): boolean {
  return /^The\s/.test(part) || ORGANISATION_END.test(part) || /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u.test(part);
}

/**
 * A common noun after the last name that makes it a newsroom's name ("By Evening Post staff", "By Ana Ruiz, Metro
 * Daily staff writers"): lower case, so a desk's own name ("the Metals Desk", "Newsroom Staff") is not one.
 */
const STAFF_AFTER = /^\s+(?:staff|reporters|writers|correspondents|journalists|desk|team|newsroom)\b/u;

/**
 * A newsroom signing as a team, with no "By" and perhaps the day: "Euroglobe Digest editorial team, 13 March 2025",
 * "Metro Daily staff". The name is capitalised; the team word is not, so "Team Sky" or "Newsroom Staff" is a name.
 */
const TEAM_LINE = /^((?:The\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,4})\s+(?:editorial (?:team|staff|board|desk)|staff|newsroom|news desk|desk|editors|team)(?:\s*[,·|–—-]\s*(.+))?$/u;

/** A team's signature (TEAM_LINE) as a byline with no person: the newsroom it names and the day it prints, if any. */
function teamByline(text: string): Byline | null {
  const m = TEAM_LINE.exec(text);
  if (!m) return null;
  const published = m[2] === undefined ? null : writtenDate(m[2]);
  if (m[2] !== undefined && published === null) return null;
  return { author: null, published, outlet: (m[1] as string).trim() };
}

/** Fewest and most parts of a byline set apart by bars or dots with no "By": name and date, with the outlet between. */
const BAR_PARTS = [2, 4] as const;

/**
 * A byline with no "By", its parts set apart by bars or middle dots: the writer's name, perhaps the outlet, and the
 * date or dates ("Lachlan Pryor | The Derwent Examiner | Friday, 13 June 2025, 5:30am", "Luc Bergeron | Published
 * Sept. 22, 2025 · Updated Sept. 23, 2025"), of which the publication's is read as a time stamp says it. The name and
 * a date make it one: a menu or a folio has neither a person's name first nor a date last.
 */
function barByline(text: string): Byline | null {
  const parts = text.split(/\s+[|·•]\s+/);
  if (parts.length < BAR_PARTS[0] || parts.length > BAR_PARTS[1]) return null;
  const [first = '', ...rest] = parts;
  const dated: string[] = [];
  while (rest.length > 0 && writtenDate(rest.at(-1) as string) !== null) dated.unshift(rest.pop() as string);
  if (dated.length === 0 || rest.length > 1) return null;
  const author = namesLine(first);
  if (!author) return null;
  const published = timestampLine(dated.join(' · '))?.published ?? writtenDate(dated[0] as string);
  const outlet = rest.length === 1 ? (rest[0] as string).trim() : undefined;
  return { author, published, ...(outlet ? { outlet } : {}) };
}

/** Reads a line as a byline, or returns null: "By" then capitalised names, short, not a sentence. */
export function detectByline(line: string): Byline | null {
  const text = line.trim();
  if (countWords(text) > MAX_BYLINE_WORDS || endsLikeSentence(text.replace(/\b(?:a\.m|p\.m)\.$/i, ''))) return null;
  const match = BYLINE.exec(text);
  if (!match) return barByline(text) ?? teamByline(text);
  if (match[1] !== undefined && !DESK.test((match[2] ?? '').trim())) return null;
  const parts = (match[2] ?? '').split(/\s*(?:,|\band\b|&)\s*/);
  // "By Evening Post staff": the last part names the newsroom its staff work for, never a person.
  const staff = STAFF_AFTER.test(text.slice(match[0].length));
  if (staff) parts.pop();
  // A part that is a job ("Staff Reporter") or a newsroom's signature ("Coastweek Reporter", a name with no person in
  // it) names no one; a name with its job run on after it is the name.
  let signed = false;
  const cleaned = parts.flatMap((n, i) => {
    const part = n.replace(/\s+/g, ' ').trim();
    if (TRAILING_ROLE.test(part)) {
      // After a name, the part is the name's job ("Jane Doe, Municipal Affairs Reporter").
      const name = i === 0 ? nameBeforeRole(part) : null;
      if (name) return [name];
      signed ||= i === 0;
      return [];
    }
    if (i > 0 && ROLE_PART.test(part) && !organisationPart(part)) return [];
    return [part];
  });
  // After the first, a part naming an organisation is the writer's outlet ("By Jane Doe, The Associated Press").
  const organisation = cleaned.find((n, i) => i > 0 && organisationPart(n));
  // A name is two or more capitalised words, none of them a month or day.
  const names = cleaned.filter((n, i) => n.split(' ').length >= 2 && !n.split(' ').some((w) => NOT_NAMES.has(w.toLowerCase().replace(/\.$/, ''))) && !(i > 0 && organisationPart(n)));
  const published = writtenDate(text.slice(match[0].length));
  const outlet = organisation ? { outlet: organisation } : {};
  if (names.length === 0) return staff || signed ? { author: null, published } : null;
  return { author: names.join(', '), published, ...outlet };
}

/** A part of an author line that gives a job, not a name ("Marine Correspondent", "Staff", "Special to the Post"). */
const ROLE_PART = new RegExp(`\\b(?:${WRITER_ROLES.join('|')})s?\\b|^(?:staff\\b|special to\\b|for the\\b|in\\s+\\p{Lu})|https?:`, 'iu');
/** A job printed after a name with no comma: up to three capitalised words ending in a newsroom role. */
const TRAILING_ROLE = new RegExp(`^(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}(?:${NEWSROOM_ROLES.join('|')})s?$`, 'iu');

/** A name with a job run on after it ("Dale Roe Sentinel-Gazette Staff Writer"): the name, at least two words, or null. */
function nameBeforeRole(part: string): string | null {
  const words = part.split(' ');
  // The longest job that leaves a name of two words or more.
  for (let start = 2; start < words.length; start++) if (TRAILING_ROLE.test(words.slice(start).join(' '))) return words.slice(0, start).join(' ');
  return null;
}

/** What an author line may say before the names: "By", "Written by", "Published by", "Words:". */
const LEAD = /^(?:(?:written|published|posted|reported|words|text|story|reporting)\s+by|by|words|text)\s*:?\s+/i;

/**
 * The names an author field states, one form for every source (page metadata, a byline, a line of names): "By Jane
 * Doe and John Roe" and "Jane Doe; John Roe" become "Jane Doe, John Roe"; a job after a name ("Jane Doe, Marine
 * Correspondent") and an organisation after it ("Jane Doe, Continental Press Agency") are left out. Returns the field as given when no name is left.
 */
export function authorNames(field: string): string {
  const names = collapse(field)
    .replace(LEAD, '')
    // An e-mail address printed with the name ("By Jo Roe jroe@example.com"), then a social handle ("@jroe").
    .replace(/\s*[(<]?(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)>]?/g, '')
    .replace(/\s*\(?@[\w.]+\)?/g, '')
    .split(/\s*(?:,|;|\||\/|\band\b|&)\s*/u)
    // A job run on after a name ("Dale Roe Sentinel-Gazette Staff Writer") goes; a part that is only a job goes whole,
    // and after a comma a job may have capitalised words before it ("Lena Fischer, Senior Commodities Reporter").
    .map((part, i) => (i > 0 && (TRAILING_ROLE.test(part.trim()) || organisationPart(part.trim())) ? '' : (nameBeforeRole(part) ?? part.trim())))
    .filter((part) => part && !ROLE_PART.test(part));
  return names.length > 0 ? [...new Set(names.map(inTitleCase))].join(', ') : field.trim();
}

/** A name set in capitals, as some bylines print it ("HARUKA MINEGISHI", "SEÁN O'NEIL-DUFFY"), in title case; others as written. */
function inTitleCase(name: string): string {
  if (/\p{Ll}/u.test(name) || !/\p{Lu}{2}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** A line that is only a person's name, or names ("Ihsanullah Wazir", "Ana Ruiz and John Roe"): two to four capitalised words each. */
const LINE_NAME = `\\p{Lu}[\\p{Ll}'’.-]+(?:\\s+(?:\\p{Lu}[\\p{Ll}'’.-]*(?:-\\p{Lu}[\\p{Ll}'’.]+)*|${PARTICLE})){1,3}`;
const NAMES_LINE = new RegExp(`^${LINE_NAME}(?:\\s*(?:,|and|&)\\s*${LINE_NAME})*$`, 'u');

/** Reads a line that names its authors and nothing else, as pages print them beside a time stamp; null otherwise. */
export function namesLine(line: string): string | null {
  const text = collapse(line);
  // "Share Tweet Bookmark Print" is capitalised words too: a tool bar of the page.
  if (text.split(' ').every((w) => actionWords.has(w.toLowerCase()))) return null;
  // Nor is a job alone ("Sports Writer"): no name is left of it.
  if (!NAMES_LINE.test(text) || TRAILING_ROLE.test(text)) return null;
  return authorNames(text);
}

const actionWords = new Set(ARTICLE_ACTION_WORDS);

/** Marks a block as the byline and states the authors, date and organisation it names, unless the file stated them. */
export function takeByline(block: TextBlock, found: Byline, meta: ArticleFileData['meta'], next?: TextBlock): void {
  markBlock(block, 'byline');
  if (found.author) meta.author ??= found.author;
  if (found.published) meta.published ??= found.published;
  if (found.outlet) meta.outlet ??= found.outlet;
  // A time stamp on the line under it is the byline's date ("By Jo Roe" / "Saturday, 7 June 2025, 6:00 am BST").
  // Spaces collapsed first: the button's pattern is anchored at the end, and a long run of spaces would make it slow.
  const stamp = next?.type === 'paragraph' ? stampLine(collapse(unmarkedText(next)).replace(AUDIO_BUTTON, '')) : undefined;
  if (next && stamp) {
    markBlock(next, 'date');
    if (stamp.published) meta.published ??= stamp.published;
  }
}

/** An audio player's button run on after a time stamp: "Listen to this article", "Listen · 4 min". */
const AUDIO_BUTTON = / \blisten(?: to (?:this|the) (?:article|story))?(?: ?[·•|]? ?\d{1,2}(?::\d{2})? ?(?:min(?:ute)?s?)?)?$/i;
/** A name beside a date line: one to five capitalised words ("Andes Metals Report", "Reuters"), not another byline. */
const NAME_BESIDE = /^(?!By\s)\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|of|the|and)){0,4}$/u;

/** A time stamp, alone or with a name set apart by a bar or dot beside it ("10 March 2025 · Andes Metals Report"). */
export function stampLine(text: string): { published: string | null } | undefined {
  const alone = timestampLine(text);
  if (alone) return alone;
  const parts = text.split(/\s+[|·•]\s+/);
  if (parts.length !== 2) return undefined;
  const [a = '', b = ''] = parts;
  return NAME_BESIDE.test(b) ? timestampLine(a) : NAME_BESIDE.test(a) ? timestampLine(b) : undefined;
}
