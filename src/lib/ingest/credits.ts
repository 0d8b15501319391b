// Credit lines at the end of an article: licence, author bio, "contributed to this report". Each rule is about the
// shape of such lines in general, so a new outlet's footer is recognised without code changes.
import { NEWSROOM_ROLES } from '../text/lexicon.ts';
import { writtenDate } from './dates.ts';
import type { StatedMeta } from './tree.ts';

/** A recognised credit line and what it tells about the article. */
export interface CreditLine {
  kind: 'license' | 'author-bio' | 'credit';
  license?: string;
  outlet?: string;
  author?: string;
}

// "©" opens no word, so it is matched without a word boundary before it ("© 2025 The Capital Observer.").
const LICENCE = /\b(?:licen[cs]ed under|creative commons|all rights reserved|copyright\b)|©|\(c\)\s*\d{4}\b|\bCC[ -]?(?:BY|0)\b/i;
const CREDIT = /^(?:(?:agencies|reuters|ap|afp|staff|the associated press)(?: and [\w ]+)? contributed to this report|\(?(?:with )?(?:additional )?reporting by\b|(?:with |additional )(?:additional )?reporting from\b|(?:writing|editing|compiled) by\b|(?:photos?|photographs?|pictures?|images?|video|graphics?|illustrations?)(?: and (?:text|words|video))? by\b)/i;
/** How to reach the writer: "Contact Dale Roe at (402) 555-0187 or droe@example.com." */
const CONTACT = /^(?:[Cc]ontact|[Rr]each|[Ee]-?mail|[Ww]rite to)\s+(?:the (?:author|writer|reporter)|him|her|them|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s+(?:at|on|via)\s+\S*(?:@|\d{3})/u;
/** A wire's contact line for the writer, in double brackets: "((jane.roe@example.com; +56 2 2555 0134))". */
const WIRE_CONTACT = /^\(\([^()]*(?:@|\+?\d[\d ]{6,})[^()]*\)\)$/;
/** A note of the print edition the article ran in: "Published in The Frontier Chronicle, November 3rd, 2023". */
const PRINT_EDITION = /^(?:[Tt]his (?:article|story) )?(?:was )?(?:[Pp]ublished|[Pp]rinted|[Aa]ppeared) in (?:the )?(?:print edition|\p{Lu}[\p{L}&.'’ -]{1,60}),? (?<tail>.{0,40}\b\d{4})\.?$/u;

/** A print-edition note, whose tail is the date the edition ran ("Appeared in The Herald, 3 May 2021"). */
function printEdition(text: string): boolean {
  const tail = PRINT_EDITION.exec(text)?.groups?.tail;
  return tail !== undefined && writtenDate(tail) !== null;
}
/**
 * A republication note: "This article first appeared on …", "A version of this story was published by …",
 * "Republished with permission from …". Words for a document of the outlet's own (article, story, column), never
 * "report" or "study", which open prose about other people's documents.
 */
const REPUBLISHED = /^(?:(?:a (?:version|shorter version|longer version) of )?(?:this|the above) (?:article|story|piece|column|op-ed|commentary|essay|post|interview)\b.{0,60}?\b(?:appeared|was (?:first |originally )?(?:published|posted)|(?:first |originally )?ran|is republished|has been (?:condensed|edited|adapted|republished))\b|(?:republished|reprinted|reproduced|adapted|syndicated) (?:with permission )?(?:from|by|courtesy of)\b)/i;
/**
 * A note of how the text came to be in this language: "This article was translated from German with the help of
 * artificial intelligence", "Translated by Ana Ruiz", "(Machine-translated.)". It says how the text was made, not what
 * happened.
 */
const TRANSLATED = /^\(?(?:(?:this|the) (?:article|story|report|piece|text|interview|column|op-ed|commentary|post) (?:was|has been|is) (?:(?:machine|automatically|originally|partly|partially) )?translated\b|this is an? (?:\p{L}+ )?(?:version|translation|edition) of an? (?:article|story|report|piece|column)\b.{0,80}\b(?:appeared|published|ran)\b|(?:translated|translation)(?: from (?:the )?\p{L}+)?(?: by| with| using)\b|(?:machine|automatically|AI)[- ]translated\b)/iu;
/** Most words of a translation note. */
const MAX_TRANSLATION_WORDS = 40;

/** Most words of a note naming the partner a story was made with. */
const MAX_PARTNER_WORDS = 20;
/** "In partnership with High Plains Current", "This story was produced in collaboration with …": whom the piece is shared with. */
const PARTNERSHIP = /^(?:(?:this|the) (?:story|article|report|reporting|project|series|piece) (?:is|was) )?(?:(?:produced|published|reported|written|made) )?in (?:partnership|collaboration|association) with\s+\S/i;

/** True for a short note naming the newsroom a story was made or published with: a credit wherever it stands. */
export function partnerNote(text: string): boolean {
  return PARTNERSHIP.test(text.trim()) && text.trim().split(/\s+/).length <= MAX_PARTNER_WORDS;
}

/**
 * True when credit lines name `name` as the newsroom a story was made with or first published by ("In partnership
 * with High Plains Current", "This story was originally published by High Plains Current"): an organisation.
 */
export function partnerNamed(name: string, credits: readonly string[]): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const after = new RegExp(`\\b(?:with|by|from)\\s+(?:the\\s+)?${escaped}(?![\\p{L}])`, 'u');
  return credits.some((line) => (partnerNote(line) || REPUBLISHED.test(line.trim())) && after.test(line));
}

/** Nouns for what the writer of a piece is ("the Herald's environment reporter", "a contributing editor"). */
const ROLE = `(?:${NEWSROOM_ROLES.join('|')})s?`;
/**
 * "Name Surname is/was/covers … at/of/for …" or "… is the Herald's environment reporter": one sentence about a
 * person, as outlets end articles and op-eds.
 */
const BIO = new RegExp(`^((?:\\p{Lu}[\\p{L}'’.-]+\\s+){1,4}\\p{Lu}[\\p{L}'’-]+) (?:is|was|serves as|has been|covers|writes(?: about)?|reports(?: on)?) (?:an? |the )?(?:[^.]{3,200}\\b(?:at|of|for|with|in)\\b[^.]*|[^.]{0,120}\\b${ROLE}\\b[^.]*)\\.$`, 'u');
/**
 * A sentence that goes on about the person of a bio ("She previously reported from Lagos.", "Follow him on X.", "Got
 * a tip? Email …"); a credit or republication note may follow too.
 */
const BIO_MORE = /^(?:he|she|they|his|her|their|follow|email|e-mail|contact|reach|write to|(?:got|have) a (?:tip|story|question)|send (?:tips|news|story ideas))\b/i;

/** A label that opens a bio: "About the author:", "The writer:". */
const ABOUT_LABEL = /^(?:about (?:the )?(?:author|writer|reporter)|the (?:author|writer))\s*[:—–-]\s*/i;

/** A blog's feed footer: "The post <title> appeared first on <Site>." */
const FEED_FOOTER = /^The post .{1,200}? appeared first on \p{Lu}[^.]{0,60}\.?$/u;

/** Normalises a Creative Commons licence sentence to its short name ("CC BY 4.0"); other licences are kept as written. */
export function licenceName(line: string): string {
  const short = /\bCC[ -]?(BY(?:-(?:NC|ND|SA))*|0)(?:\s+(\d\.\d))?\b/i.exec(line);
  if (short && !/creative commons/i.test(line)) return `CC ${(short[1] ?? '').toUpperCase()}${short[2] ? ` ${short[2]}` : ''}`;
  const cc = /creative commons\s+([A-Za-z -]+?)\s*(\d\.\d)?\s*(?:international|unported|generic)?\s*licen[cs]e/i.exec(line);
  if (!cc) return line.replace(/\.$/, '');
  const words = (cc[1] ?? '').toLowerCase();
  const parts = ['BY'];
  if (words.includes('noncommercial') || words.includes('non-commercial')) parts.push('NC');
  if (words.includes('noderiv') || words.includes('no derivatives')) parts.push('ND');
  if (words.includes('sharealike') || words.includes('share-alike') || words.includes('share alike')) parts.push('SA');
  if (words.includes('zero') || words === 'cc0') return 'CC0 1.0';
  return `CC ${parts.join('-')}${cc[2] ? ` ${cc[2]}` : ''}`;
}

/**
 * A copyright notice, after which nothing is the article's: a line that opens with ©, (c) or "Copyright", or says
 * "all rights reserved"; prose that mentions copyright ("alleges copyright infringement") is not one.
 */
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b/i;

/** The licence line a copyright notice (see COPYRIGHT) reads as, or null for any other line. */
export function copyrightNotice(line: string): CreditLine | null {
  if (!COPYRIGHT.test(line.trim())) return null;
  const credit = classifyCredit(line);
  return credit?.kind === 'license' ? credit : null;
}

/** States what a credit line tells (its licence, the outlet and author it names) where nothing stated it before. */
export function noteCredit(meta: Pick<StatedMeta, 'license' | 'outlet' | 'author'>, credit: CreditLine | null): void {
  if (credit?.license) meta.license ??= credit.license;
  if (credit?.outlet) meta.outlet ??= credit.outlet;
  if (credit?.author) meta.author ??= credit.author;
}

/** Recognises a licence, author-bio or credit line, or returns null for ordinary text. */
export function classifyCredit(line: string): CreditLine | null {
  const text = line.trim();
  if (text.split(/\s+/).length > 60) return null;
  if (LICENCE.test(text)) {
    const owner = /(?:content|text|articles?|material|stories)\s+(?:by|from|of)\s+(.+?)\s+(?:is|are)\s+licen[cs]ed/i.exec(text)?.[1]
      ?? /(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?:by\s+)?([\p{Lu}][\p{L}&.' -]+?)(?:[.,]|\s+all rights|$)/iu.exec(text)?.[1];
    return { kind: 'license', license: licenceName(text), ...(owner ? { outlet: owner.trim() } : {}) };
  }
  if (CREDIT.test(text) || REPUBLISHED.test(text) || FEED_FOOTER.test(text) || printEdition(text) || CONTACT.test(text) || WIRE_CONTACT.test(text) || partnerNote(text)) return { kind: 'credit' };
  if (TRANSLATED.test(text) && text.split(/\s+/).length <= MAX_TRANSLATION_WORDS) return { kind: 'credit' };
  // A bio is its first sentence; any further sentences must go on about the same person, or be a co-author's bio
  // ("Devin Osei is an editor on the World desk."). A label over it ("About the author:") is part of the bio.
  const [first = '', ...more] = text.replace(ABOUT_LABEL, '').split(/(?<=[\p{Ll}\p{N})]\.)\s+(?=\p{Lu})/u);
  const bio = BIO.exec(first);
  const aboutThePiece = (s: string) => CREDIT.test(s) || REPUBLISHED.test(s);
  if (bio && text.split(/\s+/).length <= 40 && more.every((s) => BIO_MORE.test(s) || aboutThePiece(s) || BIO.test(s))) return { kind: 'author-bio', author: (bio[1] ?? '').trim() };
  return null;
}
