// Who a sentence credits: the sources of its reporting verbs ("four sources said", "said the sources", "according to
// an Arab source", "told Reuters"). A rewrite that changes who is credited changes the attribution; one that only
// swaps the verb ("said" → "noted") does not.
import { textKeys, type KeyedWord } from '../text/keys.ts';
import type { EntityTable } from '../text/entities.ts';
import { REPORTING_VERBS } from '../text/lexicon.ts';
import { capitalKeys } from './names.ts';
import { wordKey } from '../text/word-key.ts';
import { isStopword } from './normalise.ts';

/** One credit in a sentence: the phrase as written ("four sources said") and who it credits ("four sources"). */
export interface Credit {
  phrase: string;
  source: string;
}

// Reporting verbs, matched in lower case only and never inside a hyphenated word; "tells", "adds", "wrote" and
// "writes" added, but no form that is also a common noun ("states", "reports", "claims", "notes").
const VERB = `(?:${[...REPORTING_VERBS, 'tells', 'adds', 'wrote', 'writes'].join('|')})`;
/** Words that end a source phrase going backwards: clause openers and punctuation. */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'and', 'but', 'while', 'as', 'when', 'because', 'after', 'since', 'although', 'though', 'if', 'so']);
/** Adverbs and auxiliaries between a source and its verb ("also said", "had told", "was quoted as saying"). */
const BETWEEN = /(?:\s+(?:also|later|further|previously|earlier|separately|then|had|has|have|once|again|publicly|privately))*\s*$/iu;
/** Words after which a source phrase stops going forwards: what describes the source, not who it is. */
const SOURCE_END = /\s+(?:who|that|which|familiar|briefed|close|with|on\s+condition|speaking|knowledgeable|aware|in\s+a\s+statement)\b.*$/iu;
const MAX_SOURCE_WORDS = 10;
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
/** The verbs as words: a source phrase never runs back over one ("the report said Cairo told": Cairo told). */
const VERB_WORDS = new Set([...REPORTING_VERBS, 'tells', 'adds', 'wrote', 'writes']);
/** A report or outlet referred back to by a definite description ("the report said", "the agency said"). */
const REFERENCE = /^the\s+(?:(?:news|wire)\s+)?(?:report|article|story|statement|agency|service|newspaper|paper|outlet|broadcaster|channel|website)$/iu;

/** The words just before `end`, back to punctuation or a clause opener: the subject of a verb there. */
function subjectBefore(text: string, end: number): string | null {
  // A source is a few words: looking back a bounded stretch keeps a huge sentence with many verbs linear.
  const before = text.slice(Math.max(0, end - 200), end).replace(BETWEEN, '');
  const cut = Math.max(...[...',;:“”"(—–.!?'].map((c) => before.lastIndexOf(c)));
  const words = before.slice(cut + 1).trim().split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < MAX_SOURCE_WORDS; i--) {
    const w = words[i] as string;
    if (CLAUSE_OPENERS.has(w.toLowerCase()) || VERB_WORDS.has(w)) break;
    kept.unshift(w);
  }
  // A relative clause without "that" ("a move the union says") credits the last noun phrase, where a determiner
  // opens one that no preposition ties to the words before ("the head of the union said" stays whole).
  const opens = kept.findLastIndex((w, i) => i > 0 && DETERMINERS.has(w.toLowerCase()) && !PREPOSITIONS.has((kept[i - 1] as string).toLowerCase()));
  const source = opens > 0 ? kept.slice(opens) : kept;
  return source.length > 0 && source.length < MAX_SOURCE_WORDS ? source.join(' ') : null;
}

const DETERMINERS = new Set(['the', 'a', 'an']);
const PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'on', 'from', 'with', 'by', 'to', 'about', 'near', 'inside', 'outside']);
/**
 * Where a source after "according to" stops when no comma ends it ("according to the union would cost …", "according
 * to analysts of Harbourline the strike could …"): at an auxiliary, or at a determiner opening the next noun phrase.
 */
const SOURCE_RUNS_ON = /\s+(?:would|could|will|can|may|might|should|must|is|are|was|were|has|have|had|does|did)\b.*$|(?<!\b(?:of|for|at|in|on|from|with|by|to|about))\s+(?:the|a|an)\s.*$/iu;

/**
 * The words just after `start`, up to punctuation or what describes the source: the subject of an inverted verb, or
 * (`runsOn`) the source after "according to", which the sentence may run on from with no comma.
 */
function subjectAfter(text: string, start: number, runsOn = false): string | null {
  // Quotation marks around a label inside the source ("citing an “Arab source,”") are not its end.
  const after = /^[^,;:.!?(—–]*/u.exec(text.slice(start, start + 200).replace(/[“”"]/gu, ''))?.[0] ?? '';
  const trimmed = after.replace(SOURCE_END, '').trim();
  const source = runsOn ? trimmed.replace(SOURCE_RUNS_ON, '').trim() : trimmed;
  const n = source.split(/\s+/).filter(Boolean).length;
  return n > 0 && n <= 8 && /^(?:the|a|an|two|three|four|five|several|some|one|\p{Lu})/iu.test(source) ? source : null;
}

/** A person's name set off after a source ("the president of the assembly, Marta Ilves,"): two to four capitalised words. */
const APPOSITIVE = /^,\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3})(?=\s*[,.;]|\s*$)/u;

/** A source with the person's name that follows it set off by a comma, when one does: who the credit names. */
function withAppositive(text: string, at: number, source: string): string {
  const name = at < 0 ? null : APPOSITIVE.exec(text.slice(at + source.length))?.[1];
  return name ? `${source}, ${name}` : source;
}

/** Every credit of a text, in order: subjects of reporting verbs, inverted subjects, "according to" and "citing" phrases, and whom a source "told". */
export function credits(text: string): Credit[] {
  const out: Credit[] = [];
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}-])(?:${VERB}|was\\s+quoted\\s+as\\s+saying)(?![\\p{L}-])`, 'gu'))) {
    const verbEnd = m.index + m[0].length;
    // "strikes claimed by militias" is a passive, not someone speaking.
    if (/^\s+by\b/u.test(text.slice(verbEnd, verbEnd + 4))) continue;
    // Inverted: ", said the sources." / "” said Reuters"
    const lead = text.slice(0, m.index);
    if (/[,”"]\s*$/u.test(lead) || /^\s*$/u.test(lead)) {
      const found = subjectAfter(text, verbEnd);
      if (found && !/^that\b/iu.test(found)) {
        const source = withAppositive(text, text.indexOf(found, verbEnd), found);
        out.push({ phrase: `${m[0]} ${source}`, source });
        continue;
      }
    }
    const source = subjectBefore(text, m.index);
    if (source) {
      const phraseStart = text.lastIndexOf(source, m.index);
      // "attacks that militias claimed or were accused of": the verb's object is the noun before "that", nothing is
      // reported, so the militias claimed an act, they are not credited with words.
      if (/\b(?:that|which)\s*$/iu.test(text.slice(Math.max(0, phraseStart - 8), phraseStart)) && /^\s*(?:[.!?;]|(?:or|and)\b|$)/u.test(text.slice(verbEnd))) continue;
      let phrase = text.slice(phraseStart, verbEnd);
      // Whom a source told, without the full stop that ends the sentence after a word ("told Reuters."; "U.S." keeps its own).
      const told = /^\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*/u.exec(text.slice(verbEnd))?.[0].replace(/(?<=\p{Ll}{2})\.$/u, '');
      if (/^told|tells$/iu.test(m[0]) && told) {
        phrase += told;
        out.push({ phrase, source });
        out.push({ phrase: `${m[0]}${told}`, source: `to ${told.trim()}` });
        continue;
      }
      out.push({ phrase, source });
    }
  }
  for (const m of text.matchAll(/\b(?:[Aa]ccording\s+to|[Cc]iting)\s+/gu)) {
    const start = m.index + m[0].length;
    const source = subjectAfter(text, start, true) ?? /^“?[^,;:.!?”"]*/u.exec(text.slice(start, start + 200).replace(/^[“"]/u, ''))?.[0]?.trim();
    if (!source) continue;
    const named = withAppositive(text, text.indexOf(source, start), source);
    out.push({ phrase: `${m[0]}${named}`, source: named });
  }
  for (const m of text.matchAll(/\b(?:[Ss]peaking|[Tt]alking)\s+to\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)/gu)) {
    out.push({ phrase: m[0], source: `to ${m[1]}` });
  }
  return out;
}

/** Nouns for an unnamed source that say the same thing ("four sources" = "four people"). */
const UNNAMED = new Set(['source', 'people', 'person'].map(wordKey));
/** Words that only say what kind of outlet a named source is ("the Reuters news service" = "the Reuters news agency"). */
const OUTLET_WORDS = new Set(['news', 'service', 'agency', 'newspaper', 'channel', 'network', 'website', 'daily', 'outlet', 'wire', 'broadcaster'].map(wordKey));

const CAPITAL = wordKey('capital');

/**
 * Who a credit names, as keys: content words only, entity names as their entity ("Iranian" = Iran), and a capital
 * described by its country as that city ("a source in the Egyptian capital" = "a source in Cairo").
 */
export function sourceKeys(source: string, entities?: EntityTable): Set<string> {
  const keys = new Set(textKeys(source.replace(SOURCE_END, ''), entities).filter((w) => w.entity || !isStopword(w.word)).map((w) => (UNNAMED.has(w.key) ? wordKey('source') : w.key)));
  const { ofCountry } = capitalKeys(entities);
  const country = keys.has(CAPITAL) ? [...keys].find((k) => ofCountry.has(k)) : undefined;
  if (country !== undefined) {
    keys.delete(CAPITAL);
    keys.delete(country);
    keys.add(ofCountry.get(country) as string);
  }
  return keys;
}

/**
 * The keys the other side must hold for a credit's source to be named there: a person's full name closing the phrase
 * ("council president Marta Ilvesköld") is the source however the other side describes the post; otherwise every
 * word of the source ("the foreign ministry" is not "the president").
 */
export function namingKeys(source: string, entities?: EntityTable): string[] {
  const words = textKeys(source, entities);
  const capitalised = (w: KeyedWord) => /^\p{Lu}/u.test(w.word) && !isStopword(w.word);
  let from = words.length;
  while (from > 0 && capitalised(words[from - 1] as KeyedWord)) from -= 1;
  const name = words.slice(from);
  if (name.length >= 2 && from > 0 && !name.some((w) => w.entity)) return name.map((w) => w.key);
  return [...sourceKeys(source, entities)];
}

/** The keys of the capitalised words of a source phrase (after its first word, or any name the entity rules know). */
function namesIn(source: string, entities?: EntityTable): Set<string> {
  return new Set(textKeys(source.replace(/^to\s+/u, ''), entities).filter((w, i) => w.entity || (/^\p{Lu}/u.test(w.word) && (i > 0 || !isStopword(w.word)))).map((w) => w.key));
}

/** True for a credit to a pronoun ("he added"): it refers to a source credited elsewhere. */
export function isPronounSource(source: string): boolean {
  return PRONOUNS.has(source.toLowerCase());
}

/**
 * True for a credit to a report or outlet named earlier and referred back to ("the report said"): like a pronoun it
 * stands for a source credited elsewhere, but only for one the other side credits and this side does not name.
 */
export function isReferenceSource(source: string): boolean {
  return REFERENCE.test(source.trim());
}

/** True when two credits name the same source: one's words within the other's, or a pronoun standing for either. */
export function sameSource(a: string, b: string, entities?: EntityTable): boolean {
  const pronoun = (s: string) => PRONOUNS.has(s.toLowerCase());
  if (pronoun(a) || pronoun(b)) return !a.startsWith('to ') && !b.startsWith('to ');
  const x = sourceKeys(a, entities);
  const y = sourceKeys(b, entities);
  if (x.size === 0 || y.size === 0) return x.size === y.size;
  // An outlet named in both, described differently around its name, is one source.
  const named = (keys: Set<string>, text: string) => [...keys].filter((k) => !OUTLET_WORDS.has(k)).every((k) => namesIn(text, entities).has(k));
  const nx = namesIn(a, entities);
  if (nx.size > 0 && named(x, a) && named(y, b) && [...nx].every((k) => namesIn(b, entities).has(k))) return true;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  return [...small].every((k) => large.has(k));
}
