// Quoted phrases: the shards say which records hold all the words; only the text says whether they follow each other.
import { findAliasRuns, patternsByFirstKey, type AliasPattern, type KeyText } from './aliases.ts';
import { keyedRecord } from './keyed-records.ts';
import { articleOf, paragraphOf } from './postings.ts';
import { rankGroups } from './rank.ts';
import type { IndexSource } from './source.ts';
import type { Unit } from './units.ts';

/**
 * With quoted phrases, candidate articles are read this many at a time, in rank order, to check that the words
 * really follow each other, until a page of them is confirmed or PHRASE_CHECK_LIMIT are read.
 */
export const PHRASE_BATCH = 10;
export const PHRASE_CHECK_LIMIT = 30;

/**
 * Drops phrase matches the text does not confirm (the words are there but not in a row), reading candidates' text
 * in rank order, a batch at a time, until a page of articles is confirmed or PHRASE_CHECK_LIMIT articles are read.
 * Returns how many candidate articles were left unread (and so are not counted).
 */
export async function checkPhrases(source: IndexSource, units: Unit[], keyText: KeyText): Promise<number> {
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
