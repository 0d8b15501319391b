import { detectByline, namesLine } from './byline.ts';
import { timestampLine, writtenDate } from './dates.ts';
import { endsLikeSentence } from './paragraphs.ts';
import { countWords } from '../text/words.ts';
import { isFunctionWord, MASTHEAD_NOUNS } from '../text/lexicon.ts';
import { textKeys } from '../text/keys.ts';
import { withoutAccents } from '../text/word-key.ts';
import { collapse } from './tree.ts';
import { straightQuotes } from '../text/quote-marks.ts';

/** Longest line, in words, that can be a caption, headline or standfirst rather than body prose. */
const MAX_HEAD_WORDS = 30;
/** A caption above a headline is a few words (a photo's subject, e.g. a name). */
const MAX_CAPTION_WORDS = 4;

/** Most words of a label line above a headline: a section ("World"), a trail's step ("Europe"), a kicker. */
const MAX_LABEL_LINE_WORDS = 2;

/** The lines above the body: labels, an optional photo caption, a headline, and an optional standfirst. */
export interface Head {
  /** Lines above the caption or headline that label the page or story: sections, kickers, a wire's slug line. */
  labels: string[];
  caption: string | null;
  title: string | null;
  standfirst: string[];
  /** Index of the first body paragraph. */
  bodyStart: number;
}

/** A line that reads as a heading: short and without the closing punctuation of prose. */
export function isHeadingLike(line: string, maxWords = MAX_HEAD_WORDS): boolean {
  // A bulleted line is an item of a list (a wire's summary points), however short.
  return !endsLikeSentence(line) && countWords(line) <= maxWords && !/:$/.test(line.trim()) && !/^[*•▪]\s/u.test(line.trim());
}

/**
 * Reads the head of an article: the leading heading-like lines before the first line of prose. With two or more,
 * a very short first line followed by a longer one is a photo caption and the longer one the title; lines after
 * the title are the standfirst. A file that starts with prose has no title; one with no prose has no body.
 * `headingAt` says whether line i reads as a heading (a Markdown heading does, whatever its punctuation).
 */
export function detectHead(paragraphs: readonly string[], headingAt = (i: number) => isHeadingLike(paragraphs[i] as string)): Head {
  // When every line is heading-like there is no body at all: the caller refuses such a file.
  let end = 0;
  while (end < paragraphs.length && headingAt(end)) end += 1;
  const lines = paragraphs.slice(0, end);
  if (lines.length === 0) return { labels: [], caption: null, title: null, standfirst: [], bodyStart: 0 };
  // Label lines above a line of more words: that line is the headline. One short line alone there is the photo
  // caption, as before; a run of them (a section trail, "World" over "Europe") or a wire's slug line is labels.
  let labelled = 0;
  while (labelled < lines.length - 1 && (isLabelLine(lines[labelled] as string) || capitalsOverHeadline(lines[labelled] as string, lines[labelled + 1] as string))) labelled += 1;
  if (labelled > 0) {
    // A masthead over the headline is the page's label, never a caption; so is a line in capitals over a headline in
    // title case (a programme's or section's name).
    const one = labelled === 1 && !isSlugLine(lines[0] as string) && !isMasthead(lines[0] as string) && !capitalsOverHeadline(lines[0] as string, lines[1] as string);
    return { labels: lines.slice(0, one ? 0 : labelled), caption: one ? (lines[0] as string) : null, title: lines[labelled] as string, standfirst: lines.slice(labelled + 1), bodyStart: end };
  }
  const [first, second] = lines as [string, string | undefined];
  const captionFirst = second !== undefined && countWords(first) <= MAX_CAPTION_WORDS && countWords(second) > countWords(first);
  const masthead = captionFirst && isMasthead(first);
  const caption = captionFirst && !masthead ? first : null;
  const title = captionFirst ? (second as string) : first;
  return { labels: masthead ? [first] : [], caption, title, standfirst: lines.slice(captionFirst ? 2 : 1), bodyStart: end };
}

/**
 * An outlet's name printed as a masthead: up to four capitalised words ending in a noun papers and news sites name
 * themselves by ("The Evening Post", "Valley Daily News", "The Ledger"), not a photo's subject.
 */
const MASTHEAD = new RegExp(`^(?:The\\s+)?(?:\\p{Lu}[\\p{L}'’.&-]*\\s+){0,3}(?:${MASTHEAD_NOUNS.join('|')})$`, 'u');

/** Most words after an outlet's name on its masthead line ("— English edition", "| World"). */
const MAX_MASTHEAD_TAIL_WORDS = 4;

/**
 * True when a line is the given outlet's name as a masthead: the name alone, or followed after a dash, bar or colon
 * by a few words naming an edition or section ("El Correo Minero — English edition"). Case and accents aside.
 */
export function namesOutlet(line: string, outlet: string): boolean {
  const fold = (t: string) => withoutAccents(collapse(t)).toLowerCase();
  const text = fold(line);
  const name = fold(outlet);
  if (!name || !text.startsWith(name)) return false;
  const rest = text.slice(name.length).trim();
  return rest === '' || (/^[—–|:·•-]/u.test(rest) && countWords(rest.slice(1)) <= MAX_MASTHEAD_TAIL_WORDS && !/[.!?]$/.test(rest));
}

/** True when a line is only an outlet's name shaped as a masthead ("The Evening Post"). */
export function isMasthead(line: string): boolean {
  return MASTHEAD.test(collapse(line));
}

/** A wire's slug line: capitals only, its parts set apart by a spaced dash, bar or slash ("AGENCY -- BUSINESS WIRE"). */
function isSlugLine(line: string): boolean {
  return /\p{L}/u.test(line) && line === line.toUpperCase() && /\s(?:--?|[–—|/]|::)\s/u.test(line);
}

/**
 * A line of a desk's header above a story: a label in capitals and its value ("STATUS: FOR WEB AND PRINT — Business,
 * page 14", "PIX: Yes, see picture desk").
 */
export function isDeskLine(line: string): boolean {
  return /^\p{Lu}{2,}(?:[ -]\p{Lu}{2,})?:\s+\S/u.test(line.trim());
}

/** Fewest words of a headline in title case under a line in capitals that labels it. */
const MIN_TITLE_CASE_WORDS = 4;

/**
 * True for a line in capitals over a headline in title case of as many words or more ("HNN EVENING REPORT WITH
 * CAROLYN DESMET" over "Colorado Homeowners Lose Wildfire Coverage As Insurers Pull Back"): a programme's or section's
 * name, not the headline. A headline in capitals has a standfirst in sentence case under it, not a title-case line.
 */
export function capitalsOverHeadline(line: string, next: string | undefined): boolean {
  if (next === undefined || !/\p{L}{2}/u.test(line) || line !== line.toUpperCase()) return false;
  const words = next.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= MIN_TITLE_CASE_WORDS && words.length >= countWords(line) && next !== next.toUpperCase() && capitalised >= 0.75 * words.length;
}

/** A line that labels rather than heads: a word or two, a slug line, or a desk's header line. */
function isLabelLine(line: string): boolean {
  return countWords(line) <= MAX_LABEL_LINE_WORDS || isSlugLine(line) || isDeskLine(line);
}

/** A crosshead inside the body: a short Title Case line with no closing punctuation ("Trust Issues"). */
export function isCrosshead(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.length <= 6 && !endsLikeSentence(line) && /^\p{Lu}/u.test(line) && !/[:,;]$/.test(line.trim());
}

/** Case- and quote-insensitive form of a title, for telling whether a line repeats it. */
function titleKey(text: string): string {
  return collapse(straightQuotes(text.normalize('NFKC'))).toLowerCase();
}

/** True when a line repeats a stated title (one contains the other: pages add " | Outlet" to one of them). */
export function repeatsTitle(line: string, title: string): boolean {
  const a = titleKey(line);
  const b = titleKey(title);
  return a.length > 0 && b.length > 0 && (a === b || (Math.min(a.length, b.length) >= 0.5 * Math.max(a.length, b.length) && (a.includes(b) || b.includes(a))));
}

/**
 * True when two lines are one headline written two ways: the same content words by key (function words aside), as a
 * page's metadata may write what it prints ("$63.8M contract for Hague floodwall, tide gates" for "$63.8 million
 * contract for Hague floodwall and tide gates"). A word more or less is another version of the headline.
 */
export function sameHeadline(a: string, b: string): boolean {
  const keysOf = (t: string) => new Set(textKeys(t).filter((w) => !isFunctionWord(w.word.toLowerCase())).map((w) => w.key));
  const x = keysOf(a);
  const y = keysOf(b);
  return x.size >= MIN_SAME_HEADLINE_WORDS && x.size === y.size && [...x].every((k) => y.has(k));
}
/** Fewest content words of a headline compared by its words: short ones ("Talks resume") match too easily. */
const MIN_SAME_HEADLINE_WORDS = 4;

/** Most words of one item of a navigation line ("Home / World / Middle East", "E-Paper | Urdu | Live TV"). */
const MAX_NAV_ITEM_WORDS = 3;
/** Most words of a menu line standing alone at the top of a copied page ("World", "Skip to main content"). */
const MAX_MENU_LINE_WORDS = 4;
/**
 * Fewest short lines that make a menu with no navigation line among them: two ("EXCLUSIVE", "Egypt quits MESA")
 * can be a kicker over a short headline.
 */
const MIN_MENU_RUN = 3;
/** Most words of a headline that ends like a sentence, told by the longer standfirst or the byline under it. */
const MAX_SENTENCE_HEADLINE_WORDS = 20;
/** How many lines under such a headline its byline may stand. */
const BYLINE_UNDER_HEADLINE = 3;

/** A line of site navigation: "Skip to main content", or three or more short items between bars, slashes or arrows. */
export function isNavigationLine(line: string): boolean {
  // Spaces collapsed first: splitting at `\s*|` over a long run of spaces would take quadratic time.
  const text = collapse(line);
  if (/^skip to (?:the )?(?:main )?(?:content|navigation|search|article)\b/i.test(text)) return true;
  // A link back to the list the page belongs to: "Return to Transcripts main page", "Back to all stories".
  if (/^(?:return|back|go back) to (?:the )?(?:\p{L}+ ){0,3}(?:main page|home ?page|index|list|all (?:stories|articles|news))$/iu.test(text)) return true;
  const items = text.split(/ ?[|·•›»>] ?| \/ /).filter(Boolean);
  return items.length >= 3 && items.every((item) => countWords(item) <= MAX_NAV_ITEM_WORDS) && !endsLikeSentence(text);
}

/**
 * How many lines at the top of a copied page are its navigation: a run of navigation lines and short menu items
 * ending right above a headline (a heading-like line of more words). Three or more such lines, or any with a
 * navigation line among them; one or two short lines above a headline are left to the head rules. 0 when the file
 * starts otherwise.
 */
export function navigationEnd(lines: readonly string[]): number {
  let end = 0;
  // A byline or a date line is never a menu item: the run stops there, so what is printed about the article stays.
  // A bare clock first of all is a phone's status bar ("9:41"), not when the article was published.
  const statusClock = (line: string, i: number) => i === 0 && /^\s*\d{1,2}:\d{2}\s*$/.test(line);
  const aboutArticle = (line: string) => detectByline(line) !== null || timestampLine(line) !== undefined || writtenDate(line) !== null;
  // An item may be initials ("U.S."), which end like a sentence.
  const menuLike = (line: string) =>
    isNavigationLine(line) || ((isHeadingLike(line) || /^(?:\p{Lu}\.)+$/u.test(line.trim())) && countWords(line) <= MAX_MENU_LINE_WORDS && !aboutArticle(line));
  while (end < lines.length && (statusClock(lines[end] as string, end) || menuLike(lines[end] as string))) end += 1;
  const next = lines[end];
  if (next === undefined || countWords(next) <= MAX_MENU_LINE_WORDS) return 0;
  // A headline may end like a sentence ("… Not everyone likes the plan."): a short one with a longer standfirst under it.
  const deck = lines[end + 1];
  // …or with its byline a few lines under it, past the page's buttons ("Report this article").
  const signed = lines.slice(end + 1, end + 1 + BYLINE_UNDER_HEADLINE).some((l) => detectByline(l) !== null || namesLine(l) !== null);
  const headline = isHeadingLike(next) || (countWords(next) <= MAX_SENTENCE_HEADLINE_WORDS && ((deck !== undefined && isHeadingLike(deck) && countWords(deck) > countWords(next)) || signed));
  if (!headline) return 0;
  return end >= MIN_MENU_RUN || lines.slice(0, end).some(isNavigationLine) ? end : 0;
}
