// A word that matched nothing, even approximately, in its own shard: a slip in its first letters sent it to another
// shard. Its typo signatures name the keys one such slip away (typo-route.ts); Fuse.js ranks those.
import type { SearchManifest, Shard } from './data.ts';
import { fuzzyKeys } from './fuzzy.ts';
import { addRecords, QUALITY, recordsOf } from './records.ts';
import { indexOfKey, shardOf } from './shards.ts';
import type { IndexSource } from './source.ts';
import { keysUnder, swapVariants, typoSignatures, type TypoShard } from './typo-route.ts';
import type { Unit } from './units.ts';

/** Keys one slip in the first two letters or one swap away from a word, from the typo shards its signatures route to. */
async function keysNear(source: IndexSource, manifest: SearchManifest, key: string, typed: string): Promise<string[]> {
  const signatures = [...new Set([...typoSignatures(key), ...typoSignatures(typed.toLowerCase()), ...swapVariants(typed.toLowerCase())])];
  const routes = [...new Set(signatures.map((s) => shardOf(manifest.typoBoundaries, s)))];
  const typoShards = new Map(await Promise.all(routes.map(async (n) => [n, await source.typoShard(n)] as const)));
  const near = new Set(signatures.flatMap((s) => keysUnder(typoShards.get(shardOf(manifest.typoBoundaries, s)) as TypoShard, s)));
  near.delete(key);
  return [...near].sort();
}

/** Fills the units still needing rescue with the keys Fuse.js finds among those their typo signatures name. */
export async function rescueTypos(source: IndexSource, manifest: SearchManifest, units: readonly Unit[]): Promise<void> {
  await Promise.all(
    units.map(async (unit) => {
      const word = unit.rescue;
      if (!word) return;
      const keys = await keysNear(source, manifest, word.key, word.word);
      // Fuse compares the word with the candidates' keys and written forms, read from the candidates' own shards.
      const shardOfKey = (k: string) => shardOf(manifest.boundaries, k);
      const shards = new Map(await Promise.all([...new Set(keys.map(shardOfKey))].map(async (n) => [n, await source.shard(n)] as const)));
      const forms = keys.map((k) => {
        const shard = shards.get(shardOfKey(k)) as Shard;
        return shard.forms[indexOfKey(shard.keys, k)] ?? '';
      });
      for (const { key, score } of fuzzyKeys({ keys, forms }, word.word, word.key)) {
        (unit.matcher.keys as Map<string, boolean>).set(key, true);
        unit.part.approximate.push(key);
        addRecords(unit.records, recordsOf(shards.get(shardOfKey(key)) as Shard, key), QUALITY.approximate + score);
      }
    }),
  );
}
