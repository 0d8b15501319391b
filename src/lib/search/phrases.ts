// Quoted phrases: the shards say which records hold all the words; only the text says whether they follow each other.
import { findPhraseRuns, type AliasPattern, type KeyText } from './aliases.ts';
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
/** Articles read at each request to check the phrase further ("Check the phrase in 200 more articles"). */
export const PHRASE_READ_MORE = 200;

/**
 * Drops phrase matches the text does not confirm (the words are there but not in a row), reading candidates' text
 * in rank order, a batch at a time. By default it stops once a page of articles is confirmed or PHRASE_CHECK_LIMIT
 * articles are read; given `read` (a reader asked to check further), it reads that many, however many it confirms.
 * Returns how many candidate articles were read, and how many were left unread (and so are not counted).
 */
export async function checkPhrases(source: IndexSource, units: Unit[], keyText: KeyText, read?: number): Promise<{ read: number; unread: number }> {
  const phrases = units.filter((u) => u.phrase);
  if (phrases.length === 0) return { read: 0, unread: 0 };
  const candidates = rankGroups(units.map((u) => u.records)).map((g) => g.article);
  const limit = read ?? PHRASE_CHECK_LIMIT;
  const enough = read === undefined ? PHRASE_BATCH : Infinity;
  let done = 0;
  let confirmed = 0;
  while (done < candidates.length && done < limit && confirmed < enough) {
    const batch = candidates.slice(done, Math.min(done + PHRASE_BATCH, limit));
    const docs = new Map(await Promise.all(batch.map(async (a) => [a, await source.document(a)] as const)));
    for (const unit of phrases) {
      for (const record of [...unit.records.keys()]) {
        const doc = docs.get(articleOf(record));
        if (doc && findPhraseRuns(keyedRecord(doc, paragraphOf(record), keyText).words, unit.phrase as AliasPattern).length === 0) unit.records.delete(record);
      }
    }
    confirmed += batch.filter((a) => phrases.every((u) => [...u.records.keys()].some((r) => articleOf(r) === a))).length;
    done += batch.length;
  }
  // Articles never read cannot be counted as matches.
  const unread = new Set(candidates.slice(done));
  for (const unit of phrases) for (const record of [...unit.records.keys()]) if (unread.has(articleOf(record))) unit.records.delete(record);
  return { read: done, unread: unread.size };
}
