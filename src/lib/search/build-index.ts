// Building the sharded search index at build time: every record keyed by the shared word rules, postings per key,
// term mentions per term, cut into shards by key range with a small manifest.
import type { Article } from '../schema/article.ts';
import { textKeys } from '../text/keys.ts';
import { aliasPattern, findAliasRuns, patternsByFirstKey, withParts, type AliasPattern, type KeyText } from './aliases.ts';
import { normalCaseKey } from './capitals.ts';
import { hyphenCompounds } from './compounds.ts';
import { recordTexts, searchDocument, type SearchDocument, type SearchManifest, type SearchTerm, type Shard, type ShardTerm } from './data.ts';
import { encodePostings, recordId } from './postings.ts';
import { compareKeys, planShards, shardOf } from './shards.ts';
import { typoSignatures, type TypoShard } from './typo-route.ts';
import { storyOrder } from './packs.ts';

/** Everything the build writes for search: the manifest, the shards and the article documents (in packs). */
export interface SearchIndex {
  manifest: SearchManifest;
  shards: Shard[];
  typoShards: TypoShard[];
  /** One per article, in index order (see `storyOrder`); the build writes them cut into `manifest.packs`. */
  documents: SearchDocument[];
}

/** How to build the index; the defaults are what the site uses. */
export interface SearchIndexOptions {
  /** The word rules: `textKeys`, or the same seam given a corpus's entity table. */
  keyText?: KeyText;
  /**
   * About this many bytes of JSON per shard (gzip makes it about a third). Measured with scripts/bench-search.ts:
   * smaller shards cost more requests while typing, larger ones more bytes for the first query.
   */
  shardBytes?: number;
  /** Variant groups (article ids): each group's documents sit side by side and travel in the same packs. */
  groups?: readonly (readonly string[])[];
}

/** The default shard size in bytes of JSON. */
export const SHARD_BYTES = 24_000;

/** At most this many written forms are kept per key (a stem may gather many words; a few make typos findable). */
export const MAX_FORMS = 6;

/** A term's aliases, its name included: typing the name finds it as typing an alias does. */
export function termAliases(term: SearchTerm): string[] {
  return [...new Set([term.name, ...term.aliases])];
}

/** A short stable hash of a text (FNV-1a, 32 bits), for telling one build's files from another's. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * Builds the search index of articles (given in the site's order) with the terms' aliases. Articles are numbered in
 * story order: site order, with each variant group's versions together (ties in ranking follow this order).
 */
export function buildSearchIndex(articles: readonly Article[], terms: readonly SearchTerm[], options: SearchIndexOptions = {}): SearchIndex {
  const keyText = options.keyText ?? textKeys;
  const story = storyOrder(articles.map((a) => a.id), options.groups ?? []);
  const documents = story.order.map((i) => searchDocument(articles[i] as Article));
  const patterns: { term: number; pattern: AliasPattern }[] = terms.flatMap((t, term) => termAliases(t).map((a) => ({ term, pattern: aliasPattern(a, keyText) })));
  const termOfAlias = new Map(patterns.map((p) => [p.pattern, p.term]));
  const byFirstKey = patternsByFirstKey(patterns.map((p) => p.pattern));

  const postings = new Map<string, number[]>();
  const forms = new Map<string, Set<string>>();
  /** Keys some text writes as they are: beside other forms, the key is then listed as a form too (see Shard.forms). */
  const written = new Set<string>();
  const termPostings: number[][] = terms.map(() => []);
  documents.forEach((doc, article) => {
    recordTexts(doc).forEach((text, paragraph) => {
      const record = recordId(article, paragraph);
      const words = keyText(text);
      // A hyphenated compound is also indexed as its closed form, so either spelling finds both.
      const closed = hyphenCompounds(text, words, keyText).map((c) => ({ ...c, word: c.parts.map((p) => p.word).join('') }));
      const keyed = [...words.flatMap(withParts), ...closed];
      const normal = keyed.flatMap((w) => normalCaseKey(w, keyText) ?? []);
      for (const key of new Set([...keyed.map((w) => w.key), ...normal])) {
        const list = postings.get(key);
        if (list) list.push(record);
        else postings.set(key, [record]);
      }
      for (const w of keyed) {
        const form = w.word.toLowerCase();
        if (form === w.key) written.add(w.key);
        if (form === w.key || !/^[\p{L}\p{N}]+$/u.test(form)) continue;
        const set = forms.get(w.key) ?? new Set();
        if (set.size < MAX_FORMS) forms.set(w.key, set.add(form));
      }
      for (const run of findAliasRuns(words, byFirstKey)) {
        const list = termPostings[termOfAlias.get(run.pattern) as number] as number[];
        if (list.at(-1) !== record) list.push(record);
      }
    });
  });

  // A term travels in the shard of each of its aliases' first keys, so whichever name is typed, one file has it all.
  const termEntries = terms.flatMap((t, i) => {
    const list = termPostings[i] as number[];
    if (list.length === 0) return [];
    const entry: ShardTerm = { slug: t.slug, name: t.name, aliases: termAliases(t), postings: encodePostings(list) };
    const firstKeys = new Set(patterns.filter((p) => p.term === i).flatMap((p) => p.pattern.keys.slice(0, 1)));
    return [...firstKeys].map((key) => ({ key, entry }));
  });

  const encoded = new Map([...postings].map(([key, list]) => [key, encodePostings(list)]));
  const formText = (key: string) => {
    const list = [...(forms.get(key) ?? [])];
    return (list.length > 0 && written.has(key) ? [key, ...list] : list).sort().join(' ');
  };
  const sizes = new Map([...encoded].map(([key, code]) => [key, key.length + formText(key).length + JSON.stringify(code).length + 9]));
  for (const { key, entry } of termEntries) sizes.set(key, (sizes.get(key) ?? 0) + JSON.stringify(entry).length);
  const boundaries = planShards([...sizes].map(([key, bytes]) => ({ key, bytes })), options.shardBytes ?? SHARD_BYTES);

  const shards: Shard[] = Array.from({ length: boundaries.length + 1 }, () => ({ keys: [], postings: [], forms: [], terms: [] }));
  for (const key of [...encoded.keys()].sort(compareKeys)) {
    const shard = shards[shardOf(boundaries, key)] as Shard;
    shard.keys.push(key);
    shard.postings.push(encoded.get(key) as number[]);
    shard.forms.push(formText(key));
  }
  for (const { key, entry } of termEntries) {
    const shard = shards[shardOf(boundaries, key)] as Shard;
    if (!shard.terms.includes(entry)) shard.terms.push(entry);
  }
  const typos = buildTypoShards(shards, options.shardBytes ?? SHARD_BYTES);
  const version = hash(JSON.stringify([boundaries, shards, documents.map((d) => d.id), story.packs]));
  return { manifest: { version, articles: documents.length, boundaries, typoBoundaries: typos.boundaries, packs: story.packs }, shards, typoShards: typos.shards, documents };
}

/** Lists every key under the typo signatures of itself and of its written forms, cut into shards by signature. */
function buildTypoShards(shards: readonly Shard[], shardBytes: number): { boundaries: string[]; shards: TypoShard[] } {
  const bySignature = new Map<string, Set<string>>();
  for (const shard of shards) {
    shard.keys.forEach((key, i) => {
      for (const word of [key, ...(shard.forms[i] ?? '').split(' ')]) {
        for (const signature of typoSignatures(word)) bySignature.set(signature, (bySignature.get(signature) ?? new Set()).add(key));
      }
    });
  }
  const entries = [...bySignature].map(([signature, keys]) => ({ signature, keys: [...keys].sort(compareKeys).join(' ') }));
  const boundaries = planShards(entries.map((e) => ({ key: e.signature, bytes: e.signature.length + e.keys.length + 6 })), shardBytes);
  const typoShards: TypoShard[] = Array.from({ length: boundaries.length + 1 }, () => ({ signatures: [], keys: [] }));
  for (const e of entries.sort((a, b) => compareKeys(a.signature, b.signature))) {
    const shard = typoShards[shardOf(boundaries, e.signature)] as TypoShard;
    shard.signatures.push(e.signature);
    shard.keys.push(e.keys);
  }
  return { boundaries, shards: typoShards };
}
