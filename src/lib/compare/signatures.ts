// Signature keys of a text for finding its copies without any corpus statistics: the rare-term features the build's
// candidate generation uses (content terms and adjacent term pairs), hashed, and a fixed share of them kept by their
// hash. The same rule runs on every article at build time and on a checked text in the browser or on the command
// line, so two copies of one story keep the same keys wherever they are computed, and a check needs no vocabulary.
import { sentenceTerms } from './normalise.ts';
import type { EntityTable } from '../text/entities.ts';
import { SIGNATURE_SAMPLE } from './thresholds.ts';

/**
 * 32-bit hash of a feature key: FNV-1a over its UTF-16 code units, then Murmur3's finaliser so that the low bits
 * (sampling) and the high bits (sharding) are independent. Pure integer arithmetic: identical in Node and browsers.
 */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The distinct features of a text: each content term's key and each adjacent pair of terms in a sentence. */
export function featureKeys(sentences: readonly string[], entities?: EntityTable): Set<string> {
  const out = new Set<string>();
  for (const sentence of sentences) {
    const keys = sentenceTerms(sentence, entities).map((t) => t.key);
    keys.forEach((key, i) => {
      out.add(key);
      if (i > 0) out.add(`${keys[i - 1]} ${key}`);
    });
  }
  return out;
}

/** True for a feature hash a signature keeps: one in `sample`, chosen by the hash's low bits. */
export function isSampled(hash: number, sample = SIGNATURE_SAMPLE): boolean {
  return hash % sample === 0;
}

/** How a signature is taken: the sampling rate (from the index being queried), the most keys kept, the entity rules. */
export interface SignatureOptions {
  sample?: number;
  max?: number;
  entities?: EntityTable | undefined;
}

/**
 * The signature of a text: the hashes of its sampled features, ascending. An indexed article keeps them all; a
 * checked text keeps only the `max` smallest, so a check's lookups are bounded whatever is pasted (the smallest
 * hashes are a consistent choice: a long text and its copy still meet on the keys they share below the cut).
 */
export function signatureHashes(sentences: readonly string[], { sample = SIGNATURE_SAMPLE, max = Infinity, entities }: SignatureOptions = {}): number[] {
  const hashes = new Set<number>();
  for (const key of featureKeys(sentences, entities)) {
    const h = keyHash(key);
    if (isSampled(h, sample)) hashes.add(h);
  }
  return [...hashes].sort((a, b) => a - b).slice(0, max);
}

/** The shard (0 … shards−1) a hash's postings live in: its high bits, independent of the sampling bits. */
export function shardOf(hash: number, shards: number): number {
  return Math.min(shards - 1, Math.floor((hash / 2 ** 32) * shards));
}
