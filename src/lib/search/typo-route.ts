// A second route for typos in the first letters, which send a word to the wrong shard: keys listed under their
// signatures (the word, and the word without its first or without its second letter), in shards of their own.
import { indexOfKey } from './shards.ts';

/** Words shorter than this get no signatures: dropping a letter of a short word makes too many others. */
export const TYPO_MIN_LENGTH = 4;

/** One typo shard: sorted signatures, and for each the keys (space-separated) some written form of which has it. */
export interface TypoShard {
  signatures: string[];
  keys: string[];
}

/**
 * The signatures of a word: itself, without its first letter, without its second. Two words sharing one are one
 * slip apart in their first two letters (a letter changed, dropped, added or swapped with its neighbour), the
 * slips that move a word to another shard.
 */
export function typoSignatures(word: string): string[] {
  if (word.length < TYPO_MIN_LENGTH) return [];
  return [...new Set([word, word.slice(1), `${word[0]}${word.slice(2)}`])];
}

/**
 * A word with each pair of neighbouring letters after the first swapped: a swap deep in a word can still move it to
 * another shard (a shard's range may end at "wedn"), and a word is listed under itself, so these find it
 * ("Wedensday" → Wednesday). The first two letters swapped are one of `typoSignatures`' slips already; the variants
 * keep the first letter, so they route to the typo shards near the word's own.
 */
export function swapVariants(word: string): string[] {
  if (word.length < TYPO_MIN_LENGTH) return [];
  const variants = new Set<string>();
  for (let i = 1; i + 1 < word.length; i += 1) {
    if (word[i] !== word[i + 1]) variants.add(`${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`);
  }
  return [...variants];
}

/** The keys listed under a signature in a typo shard, if any. */
export function keysUnder(shard: TypoShard, signature: string): string[] {
  const at = indexOfKey(shard.signatures, signature);
  return at < 0 ? [] : (shard.keys[at] as string).split(' ');
}
