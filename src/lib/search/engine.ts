// Searching the sharded index, in the browser and in Node: fetch the shards the query's keys route to, find each
// part of the query (a word, a term named by any alias, a quoted phrase), rank articles holding every part, then
// fetch the shown articles' text to cut snippets with whole-word marks.
import { textKeys } from '../text/keys.ts';
import { snippetAcross, type SnippetSegment } from '../text/snippet.ts';
import { aliasPattern, findAliasRuns, patternsByFirstKey, type AliasPattern, type KeyText } from './aliases.ts';
import { recordText, type SearchDocument, type SearchManifest, type Shard, type ShardTerm } from './data.ts';
import { findMarks, type Mark, type Matcher } from './highlight.ts';
import { fuzzyKeys } from './fuzzy.ts';
import { articleOf, decodePostings, paragraphOf } from './postings.ts';
import { parseQuery, type ParsedQuery, type QueryWord } from './query.ts';
import { rankGroups, type RankedGroup } from './rank.ts';
import { indexOfKey, shardOf, shardsForPrefix } from './shards.ts';
import { keysUnder, typoSignatures, type TypoShard } from './typo-route.ts';
import type { KeyedWord } from '../text/keys.ts';

/** Where the index comes from: fetched files in the browser, files or memory in Node. Each call may be cached. */
export interface IndexSource {
  manifest(): Promise<SearchManifest>;
  shard(index: number): Promise<Shard>;
  typoShard(index: number): Promise<TypoShard>;
  document(article: number): Promise<SearchDocument>;
}

/** Qualities of a match, lower is better; approximate matches add Fuse's score. */
export const QUALITY = { exact: 0, wordStart: 0.5, otherAlias: 1, approximate: 2 } as const;

/** A word being typed matches at most this many longer words (the commonest), so two letters cannot fetch the corpus. */
export const WORD_START_MAX_KEYS = 30;

/**
 * With quoted phrases, candidate articles are read this many at a time, in rank order, to check that the words
 * really follow each other, until a page of them is confirmed or PHRASE_CHECK_LIMIT are read.
 */
export const PHRASE_BATCH = 10;
export const PHRASE_CHECK_LIMIT = 30;

/** What one part of the query was understood as. */
export interface QueryPart {
  /** The words as typed. */
  text: string;
  kind: 'word' | 'term' | 'phrase';
  /** The term the words name, when they are one of its aliases (`alias`: the one typed). */
  term: { slug: string; name: string; alias: string } | null;
  /** The words found in its place when nothing matched exactly (typo tolerance), best first. */
  approximate: string[];
}

/** Article facts shown with each result group. */
export interface SearchArticle {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
}

/** One matching paragraph (1-based; 0 is the title, outlet and author line) with its snippet. */
export interface Hit {
  paragraph: number;
  segments: SnippetSegment[];
  /** The alias that matched, when a term was found under another name than the one typed. */
  via: string | null;
  /** Marked words that only resemble what was typed: "Pompeo" for "Pompoe". */
  approximate: { typed: string; found: string }[];
  /** True when every part of the query matches in this paragraph. */
  meets: boolean;
}

/** The hits of one article, best first, and what to mark on its page. */
export interface ResultGroup {
  article: SearchArticle;
  hits: Hit[];
  /** How many paragraphs of the article match (hits lists at most the number asked for). */
  hitCount: number;
  /** The texts marked in this article's hits, for the article page to mark too. */
  marks: string[];
}

/** A search's understanding of the query and its ranked articles; `describe` turns them into result groups. */
export interface SearchPlan {
  parts: QueryPart[];
  matchers: Matcher[];
  ranked: RankedGroup[];
  /** Paragraphs that match, and those where every part meets. */
  hitCount: number;
  meetingCount: number;
  /** Candidate articles for a phrase that were not read, so not counted (see PHRASE_CHECK_LIMIT). */
  unchecked: number;
}

/** The outcome of a search: the plan plus the first result groups. */
export interface SearchResult extends SearchPlan {
  groups: ResultGroup[];
}

/** How many groups and hits per group to describe, and the word rules to key the query with. */
export interface SearchOptions {
  groups?: number;
  hits?: number;
  keyText?: KeyText;
}

const decoded = new WeakMap<Shard, Map<number, number[]>>();
const termPatterns = new WeakMap<ShardTerm, AliasPattern[]>();
const keyedRecords = new WeakMap<SearchDocument, Map<number, KeyedWord[]>>();

/** The records holding a key, decoded once per shard and key. */
function recordsOf(shard: Shard, key: string): number[] {
  const at = indexOfKey(shard.keys, key);
  if (at < 0) return [];
  let cache = decoded.get(shard);
  if (!cache) decoded.set(shard, (cache = new Map()));
  let list = cache.get(at);
  if (!list) cache.set(at, (list = decodePostings(shard.postings[at] as number[])));
  return list;
}

function patternsOf(term: ShardTerm, keyText: KeyText): AliasPattern[] {
  let patterns = termPatterns.get(term);
  if (!patterns) termPatterns.set(term, (patterns = term.aliases.map((a) => aliasPattern(a, keyText))));
  return patterns;
}

/** Keyed words of one record of a document, computed once per document and paragraph. */
function keyedRecord(doc: SearchDocument, paragraph: number, keyText: KeyText): { text: string; words: KeyedWord[] } {
  const text = recordText(doc, paragraph);
  let cache = keyedRecords.get(doc);
  if (!cache) keyedRecords.set(doc, (cache = new Map()));
  let words = cache.get(paragraph);
  if (!words) cache.set(paragraph, (words = keyText(text)));
  return { text, words };
}

/** Adds records with a quality, keeping the best quality per record. */
function addRecords(into: Map<number, number>, records: readonly number[], quality: number) {
  for (const r of records) {
    const q = into.get(r);
    if (q === undefined || quality < q) into.set(r, quality);
  }
}

/** True when the query words from `at` on are the alias (any of each word's keys; case is the reader's business). */
function typedAs(words: readonly QueryWord[], at: number, pattern: AliasPattern): boolean {
  return pattern.keys.every((key, i) => words[at + i]?.keys.includes(key) ?? false);
}

/** The longest term alias the query words from `at` on spell, among the terms of the shards of the word's keys. */
function termAt(words: readonly QueryWord[], at: number, shards: readonly (Shard | undefined)[], keyText: KeyText): { term: ShardTerm; alias: AliasPattern } | null {
  let best: { term: ShardTerm; alias: AliasPattern } | null = null;
  for (const term of shards.flatMap((s) => s?.terms ?? [])) {
    for (const p of patternsOf(term, keyText)) {
      if (p.keys.length > (best?.alias.keys.length ?? 0) && typedAs(words, at, p)) best = { term, alias: p };
    }
  }
  return best;
}

interface Unit {
  part: QueryPart;
  matcher: Matcher;
  records: Map<number, number>;
  /** Keys of a phrase, which only the text can confirm follow each other. */
  phrase: AliasPattern | null;
  /** A word that matched nothing in its shard: its first letters may be wrong (see `rescueTypos`). */
  rescue: QueryWord | null;
}

/** Finds what each part of the query matches, from the fetched shards. */
function findUnits(query: ParsedQuery, boundaries: readonly string[], shards: ReadonlyMap<number, Shard>, keyText: KeyText): Unit[] {
  const shardFor = (key: string) => shards.get(shardOf(boundaries, key));
  const lookup = (key: string) => {
    const shard = shardFor(key);
    return shard ? recordsOf(shard, key) : [];
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
      addRecords(records, decodePostings(found.term.postings), QUALITY.otherAlias);
      // Paragraphs holding the words as typed rank before those reached through another alias.
      const typedSets = found.alias.keys.map((key) => new Set(lookup(key)));
      for (const r of records.keys()) if (typedSets.every((s) => s.has(r))) records.set(r, QUALITY.exact);
      units.push({
        part: { text, kind: 'term', term: { slug: found.term.slug, name: found.term.name, alias: found.alias.alias }, approximate: [] },
        matcher: { runs: patternsByFirstKey(patternsOf(found.term, keyText)) },
        records,
        phrase: null,
        rescue: null,
      });
      i += found.alias.keys.length - 1;
      continue;
    }
    const records = new Map<number, number>();
    const keys = new Map<string, boolean>();
    for (const key of word.keys) {
      const exact = lookup(key);
      if (exact.length > 0) keys.set(key, false);
      addRecords(records, exact, QUALITY.exact);
    }
    if (query.open && i === words.length - 1 && word.key.length >= 3) {
      const longer = shardsForPrefix(boundaries, word.key)
        .flatMap((n) => {
          const shard = shards.get(n);
          return shard ? shard.keys.filter((k) => k.startsWith(word.key) && k !== word.key).map((k) => ({ k, records: recordsOf(shard, k) })) : [];
        })
        .sort((a, b) => b.records.length - a.records.length)
        .slice(0, WORD_START_MAX_KEYS);
      for (const { k, records: list } of longer) {
        keys.set(k, false);
        addRecords(records, list, QUALITY.wordStart);
      }
    }
    const approximate: string[] = [];
    const shard = shardFor(word.key);
    if (records.size === 0 && shard) {
      for (const { key, score } of fuzzyKeys(shard, word.word, word.key)) {
        keys.set(key, true);
        approximate.push(key);
        addRecords(records, recordsOf(shard, key), QUALITY.approximate + score);
      }
    }
    units.push({ part: { text: word.word, kind: 'word', term: null, approximate }, matcher: { keys }, records, phrase: null, rescue: records.size === 0 ? word : null });
  }
  for (const phrase of query.phrases) {
    if (phrase.words.length === 0) continue;
    const pattern: AliasPattern = { alias: phrase.text, keys: phrase.words.map((w) => w.key), capitals: false };
    const sets = pattern.keys.map((k) => lookup(k));
    const [first, ...rest] = sets.sort((a, b) => a.length - b.length) as [number[], ...number[][]];
    const restSets = rest.map((s) => new Set(s));
    const records = new Map<number, number>();
    addRecords(records, first.filter((r) => restSets.every((s) => s.has(r))), QUALITY.exact);
    units.push({ part: { text: phrase.text, kind: 'phrase', term: null, approximate: [] }, matcher: { runs: patternsByFirstKey([pattern]) }, records, phrase: pattern, rescue: null });
  }
  return units;
}

/** Shards the query needs: each word's and phrase word's key, and the keys a word being typed may start. */
export function shardsForQuery(query: ParsedQuery, boundaries: readonly string[]): number[] {
  const needed = new Set<number>();
  for (const key of [...query.words.flatMap((w) => w.keys), ...query.phrases.flatMap((p) => p.words.map((w) => w.key))]) needed.add(shardOf(boundaries, key));
  const last = query.words.at(-1);
  if (query.open && last && last.key.length >= 3) for (const n of shardsForPrefix(boundaries, last.key)) needed.add(n);
  return [...needed].sort((a, b) => a - b);
}

/**
 * Drops phrase matches the text does not confirm (the words are there but not in a row), reading candidates' text
 * in rank order, a batch at a time, until a page of articles is confirmed or PHRASE_CHECK_LIMIT articles are read.
 * Returns how many candidate articles were left unread (and so are not counted).
 */
async function checkPhrases(source: IndexSource, units: Unit[], keyText: KeyText): Promise<number> {
  const phrases = units.filter((u) => u.phrase);
  if (phrases.length === 0) return 0;
  const candidates = rankGroups(units.map((u) => u.records)).map((g) => g.article);
  const patterns = phrases.map((u) => patternsByFirstKey([u.phrase as AliasPattern]));
  let read = 0;
  let confirmed = 0;
  while (read < candidates.length && read < PHRASE_CHECK_LIMIT && confirmed < PHRASE_BATCH) {
    const batch = candidates.slice(read, Math.min(read + PHRASE_BATCH, PHRASE_CHECK_LIMIT));
    const docs = new Map(await Promise.all(batch.map(async (a) => [a, await source.document(a)] as const)));
    for (const [i, unit] of phrases.entries()) {
      for (const record of [...unit.records.keys()]) {
        const doc = docs.get(articleOf(record));
        if (doc && findAliasRuns(keyedRecord(doc, paragraphOf(record), keyText).words, patterns[i] as Map<string, AliasPattern[]>).length === 0) unit.records.delete(record);
      }
    }
    confirmed += batch.filter((a) => phrases.every((u) => [...u.records.keys()].some((r) => articleOf(r) === a))).length;
    read += batch.length;
  }
  // Articles never read cannot be counted as matches.
  const unread = new Set(candidates.slice(read));
  for (const unit of phrases) for (const record of [...unit.records.keys()]) if (unread.has(articleOf(record))) unit.records.delete(record);
  return unread.size;
}

/**
 * For words that matched nothing, even approximately, in their own shard: a slip in the first letters sent them to
 * another shard. Their typo signatures name keys one such slip away (typo-route.ts); those keys' shards are
 * fetched, Fuse.js ranks them, and the best are marked approximate.
 */
async function rescueTypos(source: IndexSource, manifest: SearchManifest, units: readonly Unit[]): Promise<void> {
  for (const unit of units) {
    const word = unit.rescue;
    if (!word) continue;
    const signatures = [...new Set([...typoSignatures(word.key), ...typoSignatures(word.word.toLowerCase())])];
    const routes = [...new Set(signatures.map((s) => shardOf(manifest.typoBoundaries, s)))];
    const typoShards = new Map(await Promise.all(routes.map(async (n) => [n, await source.typoShard(n)] as const)));
    const near = new Set(signatures.flatMap((s) => keysUnder(typoShards.get(shardOf(manifest.typoBoundaries, s)) as TypoShard, s)));
    near.delete(word.key);
    // Fuse compares the word with the candidates' keys and written forms, read from the candidates' own shards.
    const shards = new Map(await Promise.all([...new Set([...near].map((k) => shardOf(manifest.boundaries, k)))].map(async (n) => [n, await source.shard(n)] as const)));
    const keys = [...near].sort();
    const forms = keys.map((k) => {
      const shard = shards.get(shardOf(manifest.boundaries, k)) as Shard;
      return shard.forms[indexOfKey(shard.keys, k)] ?? '';
    });
    for (const { key, score } of fuzzyKeys({ keys, forms }, word.word, word.key)) {
      (unit.matcher.keys as Map<string, boolean>).set(key, true);
      unit.part.approximate.push(key);
      addRecords(unit.records, recordsOf(shards.get(shardOf(manifest.boundaries, key)) as Shard, key), QUALITY.approximate + score);
    }
  }
}

/** Understands a query and ranks the articles holding every part of it, fetching only the shards it needs. */
export async function plan(source: IndexSource, raw: string, keyText: KeyText = textKeys): Promise<SearchPlan> {
  const query = parseQuery(raw, keyText);
  const empty: SearchPlan = { parts: [], matchers: [], ranked: [], hitCount: 0, meetingCount: 0, unchecked: 0 };
  if (query.words.length === 0 && query.phrases.every((p) => p.words.length === 0)) return empty;
  const manifest = await source.manifest();
  const needed = shardsForQuery(query, manifest.boundaries);
  const fetched = await Promise.all(needed.map((n) => source.shard(n)));
  const shards = new Map(needed.map((n, i) => [n, fetched[i] as Shard]));
  const units = findUnits(query, manifest.boundaries, shards, keyText);
  await rescueTypos(source, manifest, units);
  const unchecked = await checkPhrases(source, units, keyText);
  const ranked = rankGroups(units.map((u) => u.records));
  return {
    parts: units.map((u) => u.part),
    matchers: units.map((u) => u.matcher),
    ranked,
    hitCount: ranked.reduce((n, g) => n + g.hits.length, 0),
    meetingCount: ranked.reduce((n, g) => n + g.meeting, 0),
    unchecked,
  };
}

/** The first mark of each query part in a text, as ranges: what a snippet must show. */
function firstOfEachUnit(marks: readonly Mark[]): [number, number][] {
  const first = new Map<number, Mark>();
  for (const m of marks) if (!first.has(m.unit)) first.set(m.unit, m);
  return [...first.values()].map((m) => [m.start, m.end]);
}

/** Snippets with whole-word marks for ranked groups, reading their articles' text. */
export async function describe(source: IndexSource, found: SearchPlan, groups: readonly RankedGroup[], maxHits = 8, keyText: KeyText = textKeys): Promise<ResultGroup[]> {
  const docs = await Promise.all(groups.map((g) => source.document(g.article)));
  return groups.map((group, i) => {
    const doc = docs[i] as SearchDocument;
    const marksOf = (paragraph: number, units: readonly number[]): { text: string; marks: Mark[] } => {
      const { text, words } = keyedRecord(doc, paragraph, keyText);
      return { text, marks: findMarks(text, words, found.matchers).filter((m) => units.includes(m.unit)) };
    };
    const all = group.hits.map((h) => marksOf(h.paragraph, h.units));
    const hits: Hit[] = group.hits.slice(0, maxHits).map((h, k) => {
      const { text, marks } = all[k] as { text: string; marks: Mark[] };
      // A term found under another name than the one typed says which name: "matched “Arab NATO”".
      const termMarks = marks.filter((m) => found.parts[m.unit]?.term);
      const typedHere = termMarks.some((m) => m.alias === found.parts[m.unit]?.term?.alias);
      const approximate = marks.filter((m) => m.approximate).map((m) => ({ typed: found.parts[m.unit]?.text ?? '', found: m.text }));
      return {
        paragraph: h.paragraph,
        // Where the words meet, the snippet shows one mark of each; elsewhere it opens at the first mark.
        segments: snippetAcross(text, marks.map((m) => [m.start, m.end]), firstOfEachUnit(marks)),
        via: typedHere ? null : (termMarks[0]?.alias ?? null),
        approximate: [...new Map(approximate.map((a) => [`${a.typed}\n${a.found}`, a])).values()],
        meets: h.meets,
      };
    });
    return {
      article: { id: doc.id, title: doc.title, outlet: doc.outlet, published: doc.published },
      hits,
      hitCount: group.hits.length,
      marks: [...new Set(all.flatMap((a) => a.marks.map((m) => m.text)))].slice(0, 12),
    };
  });
}

/** Searches: the plan plus the first `groups` result groups described. */
export async function search(source: IndexSource, raw: string, options: SearchOptions = {}): Promise<SearchResult> {
  const keyText = options.keyText ?? textKeys;
  const found = await plan(source, raw, keyText);
  const groups = await describe(source, found, found.ranked.slice(0, options.groups ?? 10), options.hits ?? 8, keyText);
  return { ...found, groups };
}

/** An index source over an index held in memory (tests, benchmarks, the build). */
export function memorySource(index: { manifest: SearchManifest; shards: readonly Shard[]; typoShards: readonly TypoShard[]; documents: readonly SearchDocument[] }): IndexSource {
  return {
    manifest: async () => index.manifest,
    shard: async (n) => {
      const shard = index.shards[n];
      if (!shard) throw new Error(`search index: no shard ${n}`);
      return shard;
    },
    typoShard: async (n) => {
      const shard = index.typoShards[n];
      if (!shard) throw new Error(`search index: no typo shard ${n}`);
      return shard;
    },
    document: async (a) => {
      const doc = index.documents[a];
      if (!doc) throw new Error(`search index: no document ${a}`);
      return doc;
    },
  };
}
