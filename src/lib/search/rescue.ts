// A word that matched nothing in its own shard, or only words FAR_EDITS away: a slip in its first letters may have
// sent it to another shard. Its typo signatures name the keys one such slip away (typo-route.ts); Fuse.js ranks those.
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
      const found = fuzzyKeys({ keys, forms }, word.word, word.key).filter((f) => !unit.part.approximate.includes(f.key));
      const fewest = Math.min(...found.map((f) => f.edits));
      if (!(fewest <= unit.approximateEdits)) return;
      // Nearer than the words found in the word's own shard: those give way, as fewer edits win there too.
      if (fewest < unit.approximateEdits) {
        unit.records.clear();
        (unit.matcher.keys as Map<string, boolean>).clear();
        unit.part.approximate.length = 0;
        unit.approximateEdits = fewest;
      }
      for (const { key, score } of found.filter((f) => f.edits === fewest)) {
        (unit.matcher.keys as Map<string, boolean>).set(key, true);
        unit.part.approximate.push(key);
        addRecords(unit.records, recordsOf(shards.get(shardOfKey(key)) as Shard, key), QUALITY.approximate + score);
      }
    }),
  );
}
