// Terms the texts define themselves: acronym definitions ("long form (SHORT)", "SHORT (long form)") found with
// Schwartz & Hearst's letter-matching test, and "known as" / "so-called" / "dubbed" names of an already known term.
// One pass over each paragraph, so finding grows linearly with the corpus.
import { acronymOf } from '../text/word-key.ts';
import { textKeys } from '../text/keys.ts';
import { NUMBER_WORDS } from '../text/lexicon.ts';
import type { EntityTable } from '../text/entities.ts';

/** How a definition is written. */
export type DefinitionPattern = 'long (SHORT)' | 'SHORT (long)';
/** How an alias names a known term. */
export type AliasPattern = 'known as' | 'so-called' | 'dubbed';

/** An acronym definition found in one paragraph. */
export interface FoundDefinition {
  /** The short form as a term name: plural "s" dropped ("SMEs" → "SME"). */
  short: string;
  /** The short form as printed. */
  asWritten: string;
  /** The long form as printed, without a leading article or quotation marks. */
  long: string;
  pattern: DefinitionPattern;
}

/** An alias naming an already known term ("the JCPOA, widely known as the Iran nuclear deal"). */
export interface FoundAlias {
  /** The entity id of the term it names (a term slug). */
  term: string;
  /** The alias as printed, without a leading article or quotation marks. */
  alias: string;
  pattern: AliasPattern;
}

/** Short forms are 2–12 letters or digits, at most two words ("Africa CDC", "Afreximbank"). */
export const SHORT_FORM_MAX_CHARS = 12;
/**
 * A long form has at most min(|A| + 5, 2|A|) words for a short form of |A| characters: Schwartz & Hearst's window.
 */
export function longFormMaxWords(shortLength: number): number {
  return Math.min(shortLength + 5, shortLength * 2);
}

// Words a long form never starts with, though an acronym may take a letter from them ("Ministry of Health (MoH)").
const LEADING_STOPWORDS = new Set(['a', 'an', 'the', 'of', 'on', 'for', 'and', 'in', 'to', 'at', 'by', 'with', 'from', 'as', 'or']);
// A right single quote between letters is an apostrophe (“Longshoremen’s”), part of the name, not a quotation mark.
const QUOTES = /[“”"‘«»]|’(?!\p{L})|(?<!\p{L})’/gu;
const isAlnum = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Schwartz & Hearst's test: each letter or digit of the short form, right to left, is found in the long form, the
 * first one at the start of a word that is not a function word. Returns the shortest such long form (a suffix of
 * `text`), or null.
 */
export function matchLongForm(short: string, text: string): string | null {
  let s = short.length - 1;
  let l = text.length - 1;
  const wordStart = (i: number) => i === 0 || !isAlnum(text[i - 1]);
  const wordAt = (i: number) => /^[\p{L}\p{N}]+/u.exec(text.slice(i))?.[0].toLowerCase() ?? '';
  // A figure stands for its number word where the long form spells it ("Group of Seven (G7)", "Vulnerable Twenty
  // (V20)"): its first letter, at the start of that word. Figures written as figures ("Group of 20 (G20)") match as
  // they are.
  const matches = (i: number, c: string) => {
    const t = (text[i] as string).toLowerCase();
    return t === c || (/\d/.test(c) && wordStart(i) && NUMBER_WORDS[wordAt(i)] === Number(c));
  };
  while (s >= 0) {
    const c = (short[s] as string).toLowerCase();
    if (!isAlnum(c)) {
      s -= 1;
      continue;
    }
    // A run of digits ("20") may be one number word: the whole run is then matched at that word's start.
    const run = /\d+$/.exec(short.slice(0, s + 1))?.[0] ?? '';
    if (run.length > 1 && s - run.length >= 0) {
      let w = l;
      while (w >= 0 && !(wordStart(w) && NUMBER_WORDS[wordAt(w)] === Number(run))) w -= 1;
      if (w >= 0) {
        l = w - 1;
        s -= run.length;
        continue;
      }
    }
    while (l >= 0 && (!matches(l, c) || (s === 0 && (!wordStart(l) || text[l - 1] === '-' || LEADING_STOPWORDS.has(wordAt(l)))))) l -= 1;
    if (l < 0) return null;
    l -= 1;
    s -= 1;
  }
  return text.slice(l + 1);
}

/** The initials a long form offers: the first letter of each word and of each hyphenated part, capitals kept. */
function initials(long: string): string[] {
  return long.split(/[\s-]+/).filter((w) => w && !LEADING_STOPWORDS.has(w.toLowerCase())).map((w) => (w[0] as string).toLowerCase());
}

/**
 * Widens a long form leftwards over "Name on the" / "Name of the" when the short form takes its first letter from
 * that name out of order: "Treaty on the Non-Proliferation of Nuclear Weapons (NPT)" gives T from "Treaty".
 */
function widenOutOfOrder(short: string, long: string, before: string): string {
  const m = /(\p{Lu}[\p{L}-]*)\s+(?:on|of|for)\s+the\s+$/u.exec(before);
  if (!m) return long;
  const wider = `${m[0]}${long}`;
  const letters = [...short.toLowerCase()].filter((c) => isAlnum(c));
  const offered = initials(wider);
  const usable = letters.every((c) => {
    const i = offered.indexOf(c);
    if (i < 0) return false;
    offered.splice(i, 1);
    return true;
  });
  return usable && letters.includes((m[1] as string)[0]?.toLowerCase() as string) ? wider : long;
}

/**
 * Widens a long form over a prefix whose hyphen waits for the word after "and" / "or" ("per- and polyfluoroalkyl
 * substances (PFAS)"): the prefix is part of the name.
 */
function withSuspendedPrefix(long: string, before: string): string {
  const m = /(?:^|\s)(\p{L}+-\s+(?:and|or)\s+)$/u.exec(before);
  return m ? `${m[1]}${long}` : long;
}

/** Fewest capitalised words of a name whose acronym comes from another language. */
const TRANSLATED_MIN_WORDS = 3;
/** Share of an acronym's letters that a translated name's capitalised words must start with. */
const TRANSLATED_MIN_SHARE = 0.75;
/** Lower-case words a proper name keeps inside it ("Mission in Mali", "Alliance des États du Sahel"). */
const NAME_JOINERS = new Set([...LEADING_STOPWORDS, 'de', 'des', 'du', 'la', 'le', 'et', 'del', 'y', 'für', 'der']);

/**
 * The long form of an acronym coined in another language, which Schwartz & Hearst's ordered test cannot match
 * ("United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA)", French word order): the
 * run of capitalised words right before the bracket, when its words start at least three quarters of the
 * acronym's letters, in any order, and its first word one of them. Only for acronyms of four letters or more.
 */
function translatedLongForm(short: string, window: string): string | null {
  const letters = [...short.toLowerCase()].filter((c) => /\p{L}/u.test(c));
  if (letters.length < 4 || letters.length !== short.replace(/[^\p{L}\p{N}]/gu, '').length) return null;
  const words = wordsOf(window);
  let start = words.length;
  while (start > 0 && (/^\p{Lu}/u.test(words[start - 1] as string) || NAME_JOINERS.has((words[start - 1] as string).toLowerCase()))) start -= 1;
  const run = words.slice(start);
  // The name starts at its first capitalised word that is not a joiner ("The United Nations …" starts at "United").
  while (run.length > 0 && (!/^\p{Lu}/u.test(run[0] as string) || NAME_JOINERS.has((run[0] as string).toLowerCase()))) run.shift();
  const capitals = run.filter((w) => /^\p{Lu}/u.test(w)).map((w) => (w[0] as string).toLowerCase());
  if (capitals.length < TRANSLATED_MIN_WORDS || run.length > longFormMaxWords(letters.length) || !letters.includes(capitals[0] as string)) return null;
  const left = [...letters];
  for (const c of capitals) {
    const i = left.indexOf(c);
    if (i >= 0) left.splice(i, 1);
  }
  return (letters.length - left.length) / letters.length >= TRANSLATED_MIN_SHARE ? run.join(' ') : null;
}

/** Words of a text, split on white space. */
const wordsOf = (text: string) => text.trim().split(/\s+/).filter(Boolean);

/** True for a short form: 2–12 letters or digits with a capital; one-capital words only as a name ("Afreximbank"). */
function shortFormShape(text: string): 'acronym' | 'name' | null {
  const words = wordsOf(text);
  if (words.length === 0 || words.length > 2) return null;
  const letters = text.replace(/[^\p{L}\p{N}]/gu, '');
  if (letters.length < 2 || letters.length > SHORT_FORM_MAX_CHARS || !/^\p{Lu}/u.test(text) || !/\p{L}/u.test(text)) return null;
  const last = words.at(-1) as string;
  if (!/^[\p{L}\p{N}&-]+$/u.test(last)) return null;
  // "R&D", "M&A": capitals joined by an ampersand are an acronym too.
  if (acronymOf(last) !== null || /^\p{Lu}\p{Ll}*\p{Lu}/u.test(last) || /^\p{Lu}+(?:&\p{Lu}+)+$/u.test(last)) return 'acronym';
  return words.length === 1 && letters.length >= 4 ? 'name' : null;
}

/** A short form as a term name: "SMEs" → "SME", "CfDs" → "CfD" (a plural "s" after a capital is not a letter of it). */
function termShort(asWritten: string): string {
  const words = wordsOf(asWritten);
  const last = words.at(-1) as string;
  const acronym = acronymOf(last) ?? /^(\p{Lu}\p{L}*\p{Lu})s$/u.exec(last)?.[1];
  return [...words.slice(0, -1), acronym ?? last].join(' ');
}

/**
 * Checks a long form found for a short form: long enough, not the short form itself, every word a real word. In
 * brackets after the short form ("G5 (Group of Five for the Sahel)") the brackets bound it, so it may run a few
 * words past the window a long form before a bracket has (`bounded`).
 */
function plausible(short: string, long: string, shape: 'acronym' | 'name', bounded = false): boolean {
  const words = wordsOf(long);
  const letters = short.replace(/[^\p{L}\p{N}]/gu, '').length;
  if (words.length === 1 && shape === 'acronym') return oneWordLongForm(short, long);
  if (words.length < 2 || long.length <= short.length || words.length > longFormMaxWords(letters) + (bounded ? BOUNDED_EXTRA_WORDS : 0)) return false;
  if (words.some((w) => w.toLowerCase() === short.toLowerCase())) return false;
  if (/\d/u.test(long) && !/\d/u.test(short)) return false;
  // A one-capital name ("Afreximbank") must blend a proper name of at least three words.
  if (shape === 'name') return words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w) || LEADING_STOPWORDS.has(w.toLowerCase()));
  return true;
}

/** Most capitals of a short form whose long form is one word. */
const ONE_WORD_MAX_LETTERS = 4;

/**
 * A short form taking its capitals from inside one common noun ("gigawatts (GW)", "television (TV)"): the noun is
 * lower case (a capitalised word before a bracket is a name, and "Turkey (TR)" a code) and at least twice as long.
 * Its letters are in order, the first at its start (matchLongForm), and not all at its start: "ministry (MIN)" is
 * a word cut short, not an acronym.
 */
function oneWordLongForm(short: string, long: string): boolean {
  const capitals = /^\p{Lu}{2,}$/u.test(short) && short.length <= ONE_WORD_MAX_LETTERS;
  return capitals && /^\p{Ll}+$/u.test(long) && long.length >= 2 * short.length + 2 && !long.startsWith(short.toLowerCase());
}

/** Words a bracketed long form may run past the window (see plausible). */
const BOUNDED_EXTRA_WORDS = 3;

/** Characters looked at before a bracket: more than any long form needs, so each bracket costs bounded work. */
const WINDOW_CHARS = 300;

/** The stretch of a paragraph before a bracket that may hold its long form: back to a clause break, quotes removed. */
function windowBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - WINDOW_CHARS), at);
  const cut = Math.max(...[...'.;:!?()[],—–'].map((c) => before.lastIndexOf(c)));
  return before.slice(cut + 1).replace(QUOTES, '').replace(/\s+/g, ' ').trim();
}

/** Finds every acronym definition in a paragraph, in text order. */
export function findDefinitions(text: string): FoundDefinition[] {
  const found: FoundDefinition[] = [];
  for (const m of text.matchAll(/\(([^()]{1,160})\)/gu)) {
    const inner = (m[1] as string).replace(QUOTES, '').trim();
    const innerShape = shortFormShape(inner);
    if (innerShape) {
      // "long form (SHORT)": the long form ends just before the bracket.
      const window = windowBefore(text, m.index);
      const letters = inner.replace(/[^\p{L}\p{N}]/gu, '').length;
      const tail = wordsOf(window).slice(-longFormMaxWords(letters)).join(' ');
      const short = termShort(inner);
      const matched = matchLongForm(short, tail);
      if (matched && plausible(short, matched, innerShape)) {
        const before = window.slice(0, window.length - matched.length);
        const long = withSuspendedPrefix(widenOutOfOrder(short, matched, before), before);
        found.push({ short, asWritten: inner, long, pattern: 'long (SHORT)' });
        continue;
      }
      const translated = innerShape === 'acronym' ? translatedLongForm(short, window) : null;
      if (translated) found.push({ short, asWritten: inner, long: translated, pattern: 'long (SHORT)' });
      continue;
    }
    // "SHORT (long form)": the short form is the word (or two) just before the bracket; the brackets hold the long form.
    if (/[,;]/u.test(inner)) continue;
    const before = windowBefore(text, m.index);
    const words = wordsOf(before);
    const candidates = [words.slice(-2).join(' '), words.slice(-1).join(' ')].filter((c, i) => c && (i === 1 || (words.length >= 2 && /^\p{Lu}/u.test(words.at(-2) as string))));
    for (const candidate of candidates) {
      const shape = shortFormShape(candidate);
      if (shape !== 'acronym') continue;
      const short = termShort(candidate);
      const long = inner.replace(/^(?:the|a|an)\s+/iu, '');
      const matched = matchLongForm(short, long);
      if (matched && wordsOf(matched)[0] === wordsOf(long)[0] && plausible(short, long, shape, true)) {
        found.push({ short, asWritten: candidate, long, pattern: 'SHORT (long)' });
        break;
      }
    }
  }
  return found;
}

/**
 * "…, (the) (widely) known as / so-called / dubbed (the) X": the naming phrase after a comma, or after "as" for a
 * so-called or dubbed name ("dismiss ECOWAS as a so-called “club of presidents”").
 */
const NAMING = /(?:,\s*|\s+as\s+(?=(?:(?:the|a|an)\s+)?(?:so-called|dubbed)\b))(?:(?:the|a|an)\s+)?(?:(?:widely|also|commonly|popularly|informally|sometimes|often|now|locally|officially)\s+)?(known\s+as|so-called|dubbed)\s+(?:(?:the|a|an)\s+)?/giu;
/** An alias is at most this many words (unquoted aliases end at the next punctuation). */
export const ALIAS_MAX_WORDS = 6;

/**
 * Finds "known as" / "so-called" / "dubbed" aliases of known terms in a paragraph: the phrase must follow a
 * mention of a term the entity table knows, set off by a comma ("The IHR, the so-called rulebook of global
 * health"). `isTerm` says which entity ids are terms (not the general lexicon's countries).
 */
export function findAliases(text: string, entities: EntityTable, isTerm: (id: string) => boolean): FoundAlias[] {
  const found: FoundAlias[] = [];
  for (const m of text.matchAll(NAMING)) {
    const before = text.slice(Math.max(0, m.index - 120), m.index);
    const last = textKeys(before, entities).at(-1);
    // The term's own bracket or quotation mark may close between it and the comma ("(PFAS), known as …").
    if (!last?.entity || !isTerm(last.entity) || before.slice(last.end).replace(/^[)\]”"’]+/u, '').trim() !== '') continue;
    const rest = text.slice(m.index + m[0].length);
    const quoted = /^[“"‘]([^”"’]{2,80})[”"’]/u.exec(rest);
    const raw = quoted ? (quoted[1] as string) : (/^[^,.;:()!?“”"]+/u.exec(rest)?.[0] ?? '');
    // A quoted alias is whole as quoted ("nuclear in a box"); an unquoted one ends before the clause that follows it.
    const alias = (quoted ? raw : raw.replace(/\s+(?:by|in|for|from|which|that|who|because|since|after|when|while|although)\s.*$/u, '')).replace(/[\s.,]+$/u, '').trim();
    const words = wordsOf(alias);
    if (words.length === 0 || words.length > ALIAS_MAX_WORDS) continue;
    const pattern = (m[1] as string).toLowerCase().replace(/\s+/g, ' ') as AliasPattern;
    found.push({ term: last.entity, alias, pattern });
  }
  return found;
}
