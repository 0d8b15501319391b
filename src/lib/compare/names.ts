// Proper names in a sentence, as entities: "United States", "US" and "U.S." are one name, "Iranian" and "Iran’s"
// are Iran. A name is a run of capitalised words (or one the entity rules know), not a capitalised common noun, a
// month or a descriptive adjective such as "Sunni".
import { textKeys, type KeyedWord } from '../text/keys.ts';
import { generalEntities, type EntityTable } from '../text/entities.ts';
import { CAPITALS, COMMON_NOUN_ACRONYMS, DESCRIPTIVE_CAPITALS, isFunctionWord, MONTH_NAMES, NUMBER_SCALES, NUMBER_WORDS, TITLES_BEFORE_NAMES, WEEKDAY_NAMES } from '../text/lexicon.ts';
import { acronymOf, withoutPossessive } from '../text/word-key.ts';
import { LETTERED_DOLLAR } from '../text/quantities.ts';

/** A name found in a text: as written, and the keys that identify it. */
export interface Name {
  text: string;
  start: number;
  end: number;
  /** The entity key for a known entity; otherwise the keys of its distinctive words. */
  keys: string[];
  /** For a known entity written in several words ("2015 deal"): their keys, which another text may spread out. */
  words?: string[];
}

/** Small words that may sit inside a name ("Carnegie Endowment for International Peace", "Sharm el-Sheikh"). */
const CONNECTORS = new Set(['of', 'for', 'on', 'the', 'al', 'el', 'bin', 'de', 'du', 'van', 'von', 'la']);
/** Words too common in names to identify one alone ("Middle East" and "East Jerusalem" share only "East"). */
const GENERIC = new Set(['east', 'west', 'north', 'south', 'new', 'unit', 'great', 'al', 'el', 'bin', 'of', 'for', 'on', 'the', 'de', 'la', 'central', 'nation', 'state', 'council', 'ministri', 'minist']);
const TITLES = new Set([...TITLES_BEFORE_NAMES.map((t) => t.toLowerCase()), 'president', 'minister', 'prime', 'king', 'prince', 'crown', 'secretary', 'general', 'senator', 'governor', 'ambassador', 'spokesman', 'spokeswoman', 'chief', 'director', 'former', 'deputy', 'foreign', 'defence', 'defense']);
// A number spelt out opens a sentence with a capital ("Twelve of the 14 patients"): a count, not a name.
const NOT_NAMES = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES, ...DESCRIPTIVE_CAPITALS.map((w) => w.toLowerCase()), ...Object.keys(NUMBER_WORDS), ...Object.keys(NUMBER_SCALES), 'i']);
/**
 * A word that opens a run without being part of a name: a title, a month, a thing's acronym, or a function word
 * written with a capital ("They", opening a quotation mid-sentence; "The" before "Hague"), never an acronym ("WHO").
 */
const notName = (w: KeyedWord) => {
  const lower = w.word.toLowerCase();
  return TITLES.has(lower) || NOT_NAMES.has(lower) || isThing(w.word) || (isFunctionWord(lower) && !w.entity && acronymOf(w.word) === null);
};
const THINGS = new Set(COMMON_NOUN_ACRONYMS);
/** A word that is a dollar's letters with its sign after it ("US$", "HK$"): a currency, not a name. */
const DOLLAR_LETTERS = new RegExp(`^${LETTERED_DOLLAR}$`, 'u');
/** True for an acronym of a thing ("UAV", "UAVs"), not of a name. */
const isThing = (word: string) => THINGS.has(word.replace(/s$/u, ''));

/** Capitals and countries as keys under one set of entity rules: both ways, and from each country to its capital. */
interface CapitalKeys {
  either: ReadonlyMap<string, string>;
  ofCountry: ReadonlyMap<string, string>;
}
const capitalCache = new WeakMap<EntityTable, CapitalKeys>();

/** Capital ↔ country keys ("cairo" ↔ "egypt", `either` both ways, `ofCountry` country → capital) under the entity rules (CAPITALS). */
export function capitalKeys(entities: EntityTable = generalEntities()): CapitalKeys {
  const cached = capitalCache.get(entities);
  if (cached) return cached;
  const either = new Map<string, string>();
  const ofCountry = new Map<string, string>();
  for (const [capital, country] of Object.entries(CAPITALS)) {
    const a = textKeys(capital, entities);
    const b = textKeys(country, entities);
    if (a.length !== 1 || b.length !== 1) continue;
    const [city, nation] = [(a[0] as KeyedWord).key, (b[0] as KeyedWord).key];
    either.set(city, nation);
    either.set(nation, city);
    if (!ofCountry.has(nation)) ofCountry.set(nation, city);
  }
  const out = { either, ofCountry };
  capitalCache.set(entities, out);
  return out;
}

const capitalised = (w: KeyedWord) => /^\p{Lu}/u.test(w.word) || w.entity !== undefined;

/** True when a word opens its sentence: nothing but punctuation or quotation marks before it since a full stop. */
function opensSentence(text: string, start: number): boolean {
  return /(?:^|[.!?]["”’]?)\s*["“‘(]?\s*$/u.test(text.slice(Math.max(0, start - 4), start)) || start === 0;
}

/**
 * The names of a text, in order. `known` says whether a capitalised word is a name when it opens a sentence (a
 * word the corpus also capitalises mid-sentence); `common` whether a capitalised word is a common noun the texts
 * also write in lower case ("a new Union" beside "the union").
 */
export function names(text: string, entities: EntityTable | undefined, known: (key: string) => boolean, common: (key: string) => boolean): Name[] {
  const words = textKeys(text, entities);
  const out: Name[] = [];
  let run: KeyedWord[] = [];
  const flush = () => {
    // Trailing connectors ("of the") are not part of the name.
    while (run.length > 0 && !capitalised(run.at(-1) as KeyedWord)) run.pop();
    while (run.length > 0 && notName(run[0] as KeyedWord)) run.shift();
    // After a title or thing, connectors are not part of the name ("CEO of Aramco").
    while (run.length > 0 && !capitalised(run[0] as KeyedWord)) run.shift();
    const first = run[0];
    const last = run.at(-1);
    if (first && last) {
      const single = run.length === 1;
      const lower = first.word.toLowerCase();
      const skip = single && !first.entity && (NOT_NAMES.has(lower) || (acronymOf(first.word) === null && common(first.key)));
      if (!skip) {
        const entity = run.length === 1 && first.entity ? [first.key] : null;
        const keys = entity ?? run.filter((w) => capitalised(w) && !GENERIC.has(w.key)).map((w) => w.key);
        const end = last.end - (withoutPossessive(last.word).length < last.word.length ? last.word.length - withoutPossessive(last.word).length : 0);
        const words = entity && first.parts ? { words: first.parts.map((p) => p.key) } : {};
        out.push({ text: text.slice(first.start, end), start: first.start, end, keys: keys.length > 0 ? keys : run.map((w) => w.key), ...words });
      }
    }
    run = [];
  };
  words.forEach((w, i) => {
    const gap = i > 0 ? text.slice((words[i - 1] as KeyedWord).end, w.start) : '';
    const joined = run.length > 0 && /^[\s-]*$/u.test(gap);
    // A currency's letters before its sign ("US$1.92", "HK$", "A$") say which dollar, not a name.
    if (DOLLAR_LETTERS.test(text.slice(w.start, w.end + 1))) {
      flush();
      return;
    }
    if (capitalised(w)) {
      if (!joined) flush();
      if (run.length === 0 && opensSentence(text, w.start) && !w.entity && !known(w.key) && acronymOf(w.word) === null) return;
      if (w.entity && run.length > 0) flush();
      run.push(w);
      if (w.entity) flush();
      return;
    }
    if (joined && CONNECTORS.has(w.word.toLowerCase()) && words[i + 1] && capitalised(words[i + 1] as KeyedWord)) {
      run.push(w);
      return;
    }
    flush();
  });
  flush();
  return out;
}
