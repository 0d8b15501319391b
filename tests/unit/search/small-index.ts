// A small index of our own sentences for the search module tests: tiny shards, so words spread over many files.
import { buildSearchIndex, type SearchIndex } from '../../../src/lib/search/build-index.ts';
import type { SearchTerm } from '../../../src/lib/search/data.ts';
import { memorySource, type IndexSource } from '../../../src/lib/search/source.ts';
import { search } from '../../../src/lib/search/engine.ts';
import { article } from '../present/make.ts';

/** Four articles: a name that can be mistyped, a term with two names, words that start others, a phrase. */
export const SMALL_ARTICLES = [
  article('a0', { paragraphs: ['Pompeo met the envoy in Cairo.', 'Egypt and Jordan signed the water pact.'] }),
  article('a1', { paragraphs: ['The Arab NATO plan stalled in Riyadh.', 'Egypt doubted the Middle East Strategic Alliance.'] }),
  article('a2', { paragraphs: ['Sanctions on Iran widened.', 'A nuclear deal was signed, the envoy said.'] }),
  article('a3', { paragraphs: ['The deal was nuclear in all but name.', 'Sanctioned banks appealed in Cairo.'] }),
];

/** A glossary term with two names besides its acronym. */
export const SMALL_TERMS: SearchTerm[] = [{ slug: 'mesa', name: 'MESA', aliases: ['Arab NATO', 'Middle East Strategic Alliance'] }];

/** The index round-tripped through JSON, as the browser receives it, with shards of about `shardBytes`. */
export function smallIndex(shardBytes = 300): SearchIndex {
  return JSON.parse(JSON.stringify(buildSearchIndex(SMALL_ARTICLES, SMALL_TERMS, { shardBytes }))) as SearchIndex;
}

/** A memory source over an index that records every file it is asked for ("shard 3", "typo 1", "doc 2"). */
export function countingSource(index: SearchIndex): { source: IndexSource; fetched: string[] } {
  const fetched: string[] = [];
  const inner = memorySource(index);
  return {
    fetched,
    source: {
      manifest: inner.manifest,
      shard: (n) => (fetched.push(`shard ${n}`), inner.shard(n)),
      typoShard: (n) => (fetched.push(`typo ${n}`), inner.typoShard(n)),
      document: (a) => (fetched.push(`doc ${a}`), inner.document(a)),
    },
  };
}

/** A memory source over an index of the given articles and terms, round-tripped through JSON as the browser gets it. */
export function sourceOf(articles: Parameters<typeof buildSearchIndex>[0], terms: SearchTerm[] = []): IndexSource {
  return memorySource(JSON.parse(JSON.stringify(buildSearchIndex(articles, terms))) as SearchIndex);
}

/** Each result of a search as its article id and the marked words of its first hit. */
export async function markedFirstHits(source: IndexSource, query: string): Promise<[string, string[] | undefined][]> {
  return (await search(source, query)).groups.map((g) => [g.article.id, g.hits[0]?.segments.filter((s) => s.mark).map((s) => s.text)]);
}
