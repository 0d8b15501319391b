// What each part of a query matches in the fetched shards: a term named by any of its aliases, a word (exactly, as
// the start of longer words while it is being typed, or approximately), a quoted phrase's candidate records.
import { aliasPattern, patternsByFirstKey, type AliasPattern, type KeyText } from './aliases.ts';
import type { Shard, ShardTerm } from './data.ts';
import { FAR_EDITS, fuzzyKeys } from './fuzzy.ts';
import type { Matcher } from './highlight.ts';
import type { ParsedQuery, QueryWord } from './query.ts';
import { addRecords, QUALITY, recordSet, recordsOf, termRecords } from './records.ts';
import type { QueryPart } from './result.ts';
import { shardOf, shardsForPrefix } from './shards.ts';
import { americanise, withoutAccents } from '../text/word-key.ts';
import { writtenWords } from '../text/keys.ts';

/** A word being typed matches at most this many longer words (the commonest), so two letters cannot fetch the corpus. */
export const WORD_START_MAX_KEYS = 30;

/** One part of the query with what it matches: records by quality, how to mark it, and what is left to check. */
export interface Unit {
  part: QueryPart;
  matcher: Matcher;
  records: Map<number, number>;
  /** Keys of a phrase, which only the text can confirm follow each other. */
  phrase: AliasPattern | null;
  /**
   * A word that matched nothing in its shard, or only words FAR_EDITS or more from it: its first letters may be wrong
   * (see rescue.ts).
   */
  rescue: QueryWord | null;
  /** Edits between the word and the approximate words found for it so far (Infinity: none). */
  approximateEdits: number;
}

const termPatterns = new WeakMap<ShardTerm, AliasPattern[]>();

function patternsOf(term: ShardTerm, keyText: KeyText): AliasPattern[] {
  let patterns = termPatterns.get(term);
  if (!patterns) termPatterns.set(term, (patterns = term.aliases.map((a) => aliasPattern(a, keyText))));
  return patterns;
}

/** True when the query words from `at` on are the alias (any of each word's keys; case is the reader's business). */
function typedAs(words: readonly QueryWord[], at: number, pattern: AliasPattern): boolean {
  return pattern.keys.every((key, i) => words[at + i]?.keys.includes(key) ?? false);
}

/** The longest term alias the query words from `at` on spell, among the terms of the shards of the word's keys. */
function termAt(words: readonly QueryWord[], at: number, shards: readonly (Shard | undefined)[], keyText: KeyText): { term: ShardTerm; alias: AliasPattern } | null {
  let best: { term: ShardTerm; alias: AliasPattern } | null = null;
  for (const term of new Set(shards.flatMap((s) => s?.terms ?? []))) {
    for (const p of patternsOf(term, keyText)) {
      if (p.keys.length > (best?.alias.keys.length ?? 0) && typedAs(words, at, p)) best = { term, alias: p };
    }
  }
  return best;
}

/** Shards the query needs: each word's and phrase word's key, and the keys a word being typed may start. */
export function shardsForQuery(query: ParsedQuery, boundaries: readonly string[]): number[] {
  const needed = new Set<number>();
  const compoundKeys = query.compounds.map((c) => c.word.key);
  for (const key of [...query.words.flatMap((w) => w.keys), ...compoundKeys, ...query.phrases.flatMap((p) => p.words.map((w) => w.key))]) needed.add(shardOf(boundaries, key));
  const last = query.words.at(-1);
  if (query.open && last && last.key.length >= 3) for (const n of shardsForPrefix(boundaries, last.key)) needed.add(n);
  const lastCompound = query.compounds.at(-1);
  if (query.open && lastCompound && lastCompound.last === query.words.length - 1) for (const n of shardsForPrefix(boundaries, lastCompound.word.key)) needed.add(n);
  return [...needed].sort((a, b) => a - b);
}

/**
 * The commonest longer keys starting with `prefix` in the fetched shards, with their records, of words that also
 * start as `typed` is written: a stem can be shorter than the word typed ("minning" stems to "min"), and a word
 * being typed must not match "mining" through it without saying so (that is a typo, and the typo path labels it).
 */
function wordStarts(prefix: string, typed: string, boundaries: readonly string[], shards: ReadonlyMap<number, Shard>): { key: string; records: number[] }[] {
  // A compound being typed ("counter-terr") also starts its closed form.
  const closed = typed.replace(/[-\u2010\u2011]/gu, '');
  const starts = [...new Set([typed, americanise(typed), closed, americanise(closed)])];
  const startsAsTyped = (key: string, forms: string) => [key.toLowerCase(), ...forms.split(' ')].some((f) => starts.some((s) => f.startsWith(s)));
  return shardsForPrefix(boundaries, prefix)
    .flatMap((n) => {
      const shard = shards.get(n);
      if (!shard) return [];
      return shard.keys
        .map((key, i) => ({ key, i }))
        .filter(({ key, i }) => key.startsWith(prefix) && key !== prefix && startsAsTyped(key, shard.forms[i] ?? ''))
        .map(({ key }) => ({ key, records: recordsOf(shard, key) }));
    })
    .sort((a, b) => b.records.length - a.records.length)
    .slice(0, WORD_START_MAX_KEYS);
}

/** Finds what each part of the query matches, from the fetched shards. */
export function findUnits(query: ParsedQuery, boundaries: readonly string[], shards: ReadonlyMap<number, Shard>, keyText: KeyText): Unit[] {
  const shardFor = (key: string) => shards.get(shardOf(boundaries, key));
  const lookup = (key: string) => {
    const shard = shardFor(key);
    return shard ? recordsOf(shard, key) : [];
  };
  /** One word's unit: its keys exactly, as a word start while it is being typed, else (if `fuzzy`) approximately. */
  const wordUnit = (word: QueryWord, typing: boolean, fuzzy: boolean): Unit => {
    const records = new Map<number, number>();
    const keys = new Map<string, boolean>();
    for (const key of word.keys) {
      const exact = lookup(key);
      if (exact.length > 0) keys.set(key, false);
      addRecords(records, exact, QUALITY.exact);
    }
    if (typing && word.key.length >= 3) {
      for (const { key, records: list } of wordStarts(word.key, withoutAccents(word.word.toLowerCase()), boundaries, shards)) {
        keys.set(key, false);
        addRecords(records, list, QUALITY.wordStart);
      }
    }
    const approximate: string[] = [];
    let approximateEdits = Infinity;
    const shard = shardFor(word.key);
    // Typo tolerance only for a word that matches nothing, exactly or as a word start.
    if (fuzzy && records.size === 0 && shard) {
      for (const { key, score, edits } of fuzzyKeys(shard, word.word, word.key)) {
        keys.set(key, true);
        approximate.push(key);
        approximateEdits = Math.min(approximateEdits, edits);
        addRecords(records, recordsOf(shard, key), QUALITY.approximate + score);
      }
    }
    const rescue = records.size === 0 || (approximate.length > 0 && approximateEdits >= FAR_EDITS) ? word : null;
    return { part: { text: word.word, kind: 'word', term: null, approximate }, matcher: { keys }, records, phrase: null, rescue, approximateEdits };
  };
  const units: Unit[] = [];
  const { words } = query;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as QueryWord;
    const found = termAt(words, i, word.keys.map(shardFor), keyText);
    if (found) {
      const typed = words.slice(i, i + found.alias.keys.length);
      const text = query.text.slice(word.start, (typed.at(-1) as QueryWord).end);
      const records = new Map<number, number>();
      addRecords(records, termRecords(found.term), QUALITY.otherAlias);
      // Paragraphs holding the words as typed rank before those reached through another alias.
      const typedSets = found.alias.keys.map((key) => recordSet(lookup(key)));
      for (const r of records.keys()) if (typedSets.every((s) => s.has(r))) records.set(r, QUALITY.exact);
      units.push({
        part: { text, kind: 'term', term: { slug: found.term.slug, name: found.term.name, alias: found.alias.alias }, approximate: [] },
        matcher: { runs: patternsByFirstKey(patternsOf(found.term, keyText)) },
        records,
        phrase: null,
        rescue: null,
        approximateEdits: Infinity,
      });
      i += found.alias.keys.length - 1;
      continue;
    }
    // A hyphenated compound is looked up as its closed form, which the index also holds for every hyphenated
    // spelling; only when that finds nothing are its words looked up one by one.
    const compound = query.compounds.find((c) => c.first === i);
    if (compound) {
      const unit = wordUnit(compound.word, query.open && compound.last === words.length - 1, false);
      if (unit.records.size > 0) {
        units.push(unit);
        i = compound.last;
        continue;
      }
    }
    units.push(wordUnit(word, query.open && i === words.length - 1, true));
  }
  for (const phrase of query.phrases) {
    if (phrase.words.length === 0) continue;
    const pattern: AliasPattern = { alias: phrase.text, keys: phrase.words.map((w) => w.key), capitals: false, written: writtenWords(phrase.text).map((w) => w.key) };
    const sets = pattern.keys.map((k) => lookup(k));
    const [first, ...rest] = sets.sort((a, b) => a.length - b.length) as [number[], ...number[][]];
    const restSets = rest.map((s) => new Set(s));
    const records = new Map<number, number>();
    addRecords(records, first.filter((r) => restSets.every((s) => s.has(r))), QUALITY.exact);
    units.push({ part: { text: phrase.text, kind: 'phrase', term: null, approximate: [] }, matcher: { phrase: pattern }, records, phrase: pattern, rescue: null, approximateEdits: Infinity });
  }
  return units;
}
