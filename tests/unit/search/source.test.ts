// Index sources: the memory source hands out the files it holds and names the one it lacks.
import { describe, expect, it } from 'vitest';
import { memorySource } from '../../../src/lib/search/source.ts';
import { smallIndex } from './small-index.ts';

describe('memorySource', () => {
  const index = smallIndex();
  const source = memorySource(index);

  it('returns the manifest, shards, typo shards and documents it holds', async () => {
    expect(await source.manifest()).toBe(index.manifest);
    expect(await source.shard(1)).toBe(index.shards[1]);
    expect(await source.typoShard(0)).toBe(index.typoShards[0]);
    expect((await source.document(2)).id).toBe('a2');
  });

  it('names the file it does not have', async () => {
    await expect(source.shard(index.shards.length)).rejects.toThrow(`no shard ${index.shards.length}`);
    await expect(source.typoShard(999)).rejects.toThrow('no typo shard 999');
    await expect(source.document(4)).rejects.toThrow('no document 4');
  });
});
