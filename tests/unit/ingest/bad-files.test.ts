// Bad article files in each format stop the build with one message naming the file, the line where there is one,
// and the reason, before anything is written to dist/ (issues #2, #8 and #11).
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFile } from '../../../src/lib/corpus/ingest-file.ts';
import { IngestError } from '../../../src/lib/ingest/errors.ts';
import { MAX_BYTES } from '../../../src/lib/ingest/formats/index.ts';
import { runBuildWith } from '../../support/build-site.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const over = (limit: number, unit: string) => utf8(unit.repeat(Math.ceil((limit + 10) / unit.length)));
const page = (body: string) => `<!doctype html><html><head><title>A page</title></head><body>${body}</body></html>`;

/** [file name, bytes, reason, line (null where the reason has no line)] */
const cases: [string, Uint8Array, RegExp, number | null][] = [
  ['empty.txt', new Uint8Array(), /empty/, null],
  ['whitespace-only.txt', utf8(' \n\n\t \n'), /no body text/, null],
  ['binary.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), /binary/, null],
  // "Café – Iran’s" as Windows-1252: 0xE9 and 0x92 are not valid UTF-8.
  ['windows-1252.txt', Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x49, 0x72, 0x61, 0x6e, 0x92, 0x73, 0x2e]), /not valid UTF-8/, null],
  ['title-only.txt', utf8('Trump seeks to revive Arab NATO to confront Iran\n'), /no body text/, null],
  ['too-large.txt', over(MAX_BYTES.text, 'Officials met in Riyadh on Sunday. '), /over the \d+-byte limit/, null],
  ['bad-front-matter.md', utf8('---\ntitle: Talks resume\npublished: next Tuesday\n---\n\nOfficials met in Riyadh on Sunday, diplomats said.\n'), /`published`: must be a date/, 3],
  ['broken-yaml.md', utf8('---\ntitle: Talks resume\nauthor: [Jane Doe\n---\n\nOfficials met in Riyadh on Sunday, diplomats said.\n'), /not valid YAML/, 3],
  ['no-main-content.html', utf8(page('<nav><a href="/">Home</a></nav><script>var x = 1;</script>')), /no main content/, null],
  ['too-large.html', over(MAX_BYTES.html, '<p>Officials met in Riyadh on Sunday.</p>'), /over the \d+-byte limit/, null],
];

describe('bad article files', () => {
  it.each(cases)('%s is refused with a reason and its line', (name, bytes, reason, line) => {
    const error = (() => {
      try {
        ingestFile(name, bytes);
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).file).toBe(name);
    expect((error as IngestError).reason).toMatch(reason);
    expect((error as IngestError).place?.line ?? null).toBe(line);
  });

  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  it.each(cases)('npm run build stops on %s with one message naming it, and writes no dist/', (name, bytes, reason, line) => {
    const run = runBuildWith({ [name]: bytes });
    roots.push(run.root);
    expect(run.status).not.toBe(0);
    expect(existsSync(run.dist)).toBe(false);
    const report = run.stderr.trim().split('\n');
    // vfile-reporter: the file, then "line:column  error  reason", then the count.
    expect(report[0]).toBe(join(run.root, 'content', 'articles', name));
    expect(report[1]).toMatch(reason);
    expect(report[1]).toMatch(line === null ? /^\s*error\b/ : new RegExp(`^${line}:\\d+\\s+error\\b`));
    expect(report.filter((l) => /error/.test(l))).toHaveLength(2);
    expect(report.at(-1)).toMatch(/1 error/);
  }, 60_000);
});
