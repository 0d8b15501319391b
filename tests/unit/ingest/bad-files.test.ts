// Bad article files stop the build with one message naming the file and the reason (issues #2 and #8).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFile } from '../../../src/lib/corpus/load.ts';
import { IngestError } from '../../../src/lib/ingest/errors.ts';
import { MAX_FILE_BYTES } from '../../../src/lib/ingest/decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const cases: [string, Uint8Array, RegExp][] = [
  ['empty', new Uint8Array(), /empty/],
  ['whitespace-only', utf8(' \n\n\t \n'), /no body text/],
  ['binary', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), /binary/],
  // "Café – Iran’s" as Windows-1252: 0xE9 and 0x92 are not valid UTF-8.
  ['windows-1252', Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x49, 0x72, 0x61, 0x6e, 0x92, 0x73, 0x2e]), /not valid UTF-8/],
  ['title-only', utf8('Trump seeks to revive Arab NATO to confront Iran\n'), /no body text/],
  ['too-large', utf8(`${'Officials met in Riyadh on Sunday. '.repeat(Math.ceil((MAX_FILE_BYTES + 10) / 35))}`), /over the \d+-byte limit/],
];

describe('bad article files', () => {
  it.each(cases)('%s is refused with a reason', (name, bytes, reason) => {
    const error = (() => {
      try {
        ingestFile(`${name}.txt`, bytes);
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).file).toBe(`${name}.txt`);
    expect((error as IngestError).reason).toMatch(reason);
  });

  it.each(cases.filter(([name]) => name !== 'too-large'))('the ingest script stops on %s with one line naming the file', (name, bytes, reason) => {
    const root = mkdtempSync(join(tmpdir(), 'wirediff-bad-'));
    try {
      mkdirSync(join(root, 'articles'));
      writeFileSync(join(root, 'articles', 'good.txt'), 'Officials met in Riyadh on Sunday, diplomats said.\n');
      writeFileSync(join(root, 'articles', `${name}.txt`), bytes);
      const run = spawnSync('node_modules/.bin/node', ['scripts/ingest.ts'], { env: { ...process.env, WIREDIFF_CONTENT: root }, encoding: 'utf8' });
      expect(run.status).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(join(root, 'articles', `${name}.txt`));
      expect(lines[0]).toMatch(reason);
      expect(run.stdout).toBe('');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('the build script parses everything before Astro writes any output', () => {
    const pkg = JSON.parse(new TextDecoder().decode(spawnSync('cat', ['package.json']).stdout));
    expect(pkg.scripts.build).toBe('node scripts/build.ts');
    const root = mkdtempSync(join(tmpdir(), 'wirediff-bad-build-'));
    try {
      mkdirSync(join(root, 'articles'));
      writeFileSync(join(root, 'articles', 'good.txt'), 'Officials met in Riyadh on Sunday, diplomats said.\n');
      writeFileSync(join(root, 'articles', 'empty.txt'), '');
      const env = { ...process.env, WIREDIFF_CONTENT: root, WIREDIFF_CACHE_DIR: join(root, 'cache') };
      const run = spawnSync('node_modules/.bin/node', ['scripts/build.ts', '--outDir', join(root, 'dist')], { env, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^wirediff: cannot build: .*empty\.txt: .*empty/)]);
      expect(existsSync(join(root, 'dist'))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
