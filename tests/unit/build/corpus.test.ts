// The entry cache: an unchanged file is read from the cache, a changed file, changed metadata or new ingest code is
// parsed again, and what comes back is exactly what parsing gives.
import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../temp-dir.ts';
import { cachedIngest, loadCorpusCached } from '../../../src/lib/build/corpus.ts';
import { Pack } from '../../../src/lib/build/cache.ts';
import { ingestFile, loadCorpus } from '../../../src/lib/corpus/load.ts';

/** A copy of the project's content folder, and a cache folder, in a temp dir. */
function fixture() {
  const root = tempDir('wirediff-entries-');
  cpSync('content', join(root, 'content'), { recursive: true });
  return { location: { articlesDir: join(root, 'content/articles'), metadataFile: join(root, 'content/metadata.yaml') }, cache: join(root, 'cache') };
}

describe('loadCorpusCached', () => {
  it('parses every file once, then reads them all from the cache, giving the same entries as loadCorpus', () => {
    const { location, cache } = fixture();
    const cold = loadCorpusCached(location, undefined, cache);
    expect(cold.stats).toEqual({ reused: 0, parsed: 5 });
    const warm = loadCorpusCached(location, undefined, cache);
    expect(warm.stats).toEqual({ reused: 5, parsed: 0 });
    expect(warm.articles).toEqual(loadCorpus(location));
    expect(JSON.stringify(warm.articles)).toBe(JSON.stringify(cold.articles));
  });

  it('parses again the file whose bytes changed, and the one whose curated metadata changed', () => {
    const { location, cache } = fixture();
    loadCorpusCached(location, undefined, cache);
    const file = join(location.articlesDir, '002_7d675eac96b8c948.txt');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n\nA closing paragraph added by an editor, long enough to count as body text here.\n`);
    const edited = loadCorpusCached(location, undefined, cache);
    expect(edited.stats).toEqual({ reused: 4, parsed: 1 });
    expect(edited.articles.find((a) => a.source_file === '002_7d675eac96b8c948.txt')?.paragraphs.at(-1)).toMatch(/closing paragraph added/);
    const yaml = readFileSync(location.metadataFile, 'utf8');
    writeFileSync(location.metadataFile, `# a comment changes no article's metadata\n${yaml}`);
    expect(loadCorpusCached(location, undefined, cache).stats).toEqual({ reused: 5, parsed: 0 });
    writeFileSync(location.metadataFile, yaml.replace(/(000_c608498fdd6010fe\.txt:\n(?: .*\n)*?  kind: )rewrite/, '$1report'));
    const recurated = loadCorpusCached(location, undefined, cache);
    expect(recurated.stats).toEqual({ reused: 4, parsed: 1 });
    expect(recurated.articles.find((a) => a.source_file === '000_c608498fdd6010fe.txt')?.kind).toBe('report');
  });
});

describe('cachedIngest', () => {
  it('keys entries on the ingest code version: another version parses again', () => {
    const pack = new Pack<Parameters<typeof cachedIngest>[0] extends Pack<infer T> ? T : never>(join(tempDir('wirediff-pack-'), 'e.ndjson'));
    const bytes = readFileSync('content/articles/000_c608498fdd6010fe.txt');
    const v1 = cachedIngest(pack, 'v1');
    v1('000_c608498fdd6010fe.txt', bytes, undefined, 'x');
    v1('000_c608498fdd6010fe.txt', bytes, undefined, 'x');
    expect([pack.hits, pack.misses]).toEqual([1, 1]);
    cachedIngest(pack, 'v2')('000_c608498fdd6010fe.txt', bytes, undefined, 'x');
    expect([pack.hits, pack.misses]).toEqual([1, 2]);
    cachedIngest(pack, 'v1')('000_c608498fdd6010fe.txt', bytes, { outlet: 'Another outlet' }, 'x');
    expect([pack.hits, pack.misses]).toEqual([1, 3]);
    expect(cachedIngest(pack, 'v1')('000_c608498fdd6010fe.txt', bytes, undefined, 'x')).toEqual(ingestFile('000_c608498fdd6010fe.txt', bytes));
  });

  it('replays a cached file\'s warnings, so a warm build reports what a cold one did', () => {
    const pack = new Pack<Parameters<typeof cachedIngest>[0] extends Pack<infer T> ? T : never>(join(tempDir('wirediff-pack-'), 'e.ndjson'));
    const bytes = new TextEncoder().encode('---\ntitle: Talks resume\nmood: hopeful\n---\n\nOfficials met in Riyadh on Sunday, diplomats said.\n');
    const seen: string[][] = [];
    const warnings = (file: { messages: { reason: string; place?: unknown }[] }) => seen.push(file.messages.map((m) => `${JSON.stringify(m.place)} ${m.reason}`));
    const ingest = cachedIngest(pack, 'v1');
    ingest('talks.md', bytes, undefined, 'talks.md', warnings);
    ingest('talks.md', bytes, undefined, 'talks.md', warnings);
    expect([pack.hits, pack.misses]).toEqual([1, 1]);
    expect(seen[0]?.length).toBe(1);
    expect(seen[0]?.[0]).toMatch(/mood/);
    expect(seen[1]).toEqual(seen[0]);
  });
});
