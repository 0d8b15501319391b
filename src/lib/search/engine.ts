// Searching the sharded index, in the browser and in Node: fetch the shards the query's keys route to, find each
// part of the query (units.ts), rescue mistyped first letters (rescue.ts), confirm quoted phrases (phrases.ts), rank
// articles holding every part (rank.ts), then describe the shown ones with snippets (describe.ts).
import { textKeys } from '../text/keys.ts';
import type { KeyText } from './aliases.ts';
import type { Shard } from './data.ts';
import { describe } from './describe.ts';
import { checkPhrases } from './phrases.ts';
import { parseQuery } from './query.ts';
import { rankGroups } from './rank.ts';
import { rescueTypos } from './rescue.ts';
import type { SearchOptions, SearchPlan, SearchResult } from './result.ts';
import type { IndexSource } from './source.ts';
import { findUnits, shardsForQuery } from './units.ts';

export { describe } from './describe.ts';
export { PHRASE_BATCH, PHRASE_CHECK_LIMIT, PHRASE_READ_MORE } from './phrases.ts';
export { QUALITY } from './records.ts';
export type { Hit, QueryPart, ResultGroup, SearchArticle, SearchOptions, SearchPlan, SearchResult } from './result.ts';
export { memorySource, type IndexSource } from './source.ts';
export { shardsForQuery, WORD_START_MAX_KEYS } from './units.ts';

/**
 * Understands a query and ranks the articles holding every part of it, fetching only the shards it needs. A quoted
 * phrase is checked in the text of its first candidates; `phraseRead` asks for that many to be read (see phrases.ts).
 */
export async function plan(source: IndexSource, raw: string, keyText: KeyText = textKeys, phraseRead?: number): Promise<SearchPlan> {
  const query = parseQuery(raw, keyText);
  const empty: SearchPlan = { parts: [], matchers: [], ranked: [], hitCount: 0, meetingCount: 0, checked: 0, unchecked: 0 };
  if (query.words.length === 0 && query.phrases.every((p) => p.words.length === 0)) return empty;
  const manifest = await source.manifest();
  const needed = shardsForQuery(query, manifest.boundaries);
  const fetched = await Promise.all(needed.map((n) => source.shard(n)));
  const shards = new Map(needed.map((n, i) => [n, fetched[i] as Shard]));
  const units = findUnits(query, manifest.boundaries, shards, keyText);
  await rescueTypos(source, manifest, units);
  const phrase = await checkPhrases(source, units, keyText, phraseRead);
  const ranked = rankGroups(units.map((u) => u.records));
  return {
    parts: units.map((u) => u.part),
    matchers: units.map((u) => u.matcher),
    ranked,
    hitCount: ranked.reduce((n, g) => n + g.hits.length, 0),
    meetingCount: ranked.reduce((n, g) => n + g.meeting, 0),
    checked: phrase.read,
    unchecked: phrase.unread,
  };
}

/** Searches: the plan plus the first `groups` result groups described. */
export async function search(source: IndexSource, raw: string, options: SearchOptions = {}): Promise<SearchResult> {
  const keyText = options.keyText ?? textKeys;
  const found = await plan(source, raw, keyText);
  const groups = await describe(source, found, found.ranked.slice(0, options.groups ?? 10), options.hits ?? 8, keyText);
  return { ...found, groups };
}

