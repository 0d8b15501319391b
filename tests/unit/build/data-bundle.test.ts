// The data bundle: written whole or not at all, unpacked under the output folder only when made from the stamp
// given, and never outside that folder.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDataBundle, dataBundlePath, unpackDataBundle, writeDataBundle } from '../../../src/lib/build/data-bundle.ts';

const made: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'wirediff-bundle-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('writeDataBundle and unpackDataBundle', () => {
  it('carries every file, byte for byte, into the output folder', () => {
    const dir = scratch();
    const bundle = dataBundlePath(dir);
    const files = [
      { path: 'api/articles.json', body: '[{"id":"a"}]' },
      { path: 'api/articles/a.json', body: '{"title":"Ünïcode — “quotes”\\n"}' },
      { path: 'search/docs/0.json', body: '' },
      { path: 'x.json', body: 'line one\nline two\n' },
    ];
    expect(writeDataBundle(bundle, 'stamp-1', files)).toEqual({ files: 4, bytes: files.reduce((n, f) => n + Buffer.byteLength(f.body), 0) });
    const out = join(dir, 'dist');
    expect(unpackDataBundle(bundle, out, 'stamp-1')).toEqual({ paths: files.map((f) => f.path), written: 4 });
    for (const f of files) expect(readFileSync(join(out, f.path), 'utf8')).toBe(f.body);
  });

  it('leaves a file that already holds the same bytes, and rewrites one that differs by a byte or is missing', () => {
    const dir = scratch();
    const bundle = dataBundlePath(dir);
    const out = join(dir, 'dist');
    const files = [
      { path: 'api/a.json', body: '{"v":1}' },
      { path: 'api/b.json', body: '{"v":2}' },
      { path: 'api/c.json', body: '{"v":3}' },
    ];
    writeDataBundle(bundle, 's', files);
    unpackDataBundle(bundle, out, 's');
    const old = new Date(2000, 0, 1);
    for (const f of files) utimesSync(join(out, f.path), old, old);
    writeFileSync(join(out, 'api/b.json'), '{"v":9}'); // same size, other bytes
    rmSync(join(out, 'api/c.json'));
    expect(unpackDataBundle(bundle, out, 's')).toEqual({ paths: files.map((f) => f.path), written: 2 });
    expect(statSync(join(out, 'api/a.json')).mtime).toEqual(old);
    for (const f of files) expect(readFileSync(join(out, f.path), 'utf8')).toBe(f.body);
    writeDataBundle(bundle, 't', [{ path: 'api/a.json', body: '{"v":10}' }]);
    expect(unpackDataBundle(bundle, out, 't').written).toBe(1);
    expect(readFileSync(join(out, 'api/a.json'), 'utf8')).toBe('{"v":10}');
  });

  it('refuses a bundle made from other content, a missing one and a damaged one, naming the file', () => {
    const dir = scratch();
    const bundle = dataBundlePath(dir);
    writeDataBundle(bundle, 'old', [{ path: 'a.json', body: '{}' }]);
    expect(() => unpackDataBundle(bundle, join(dir, 'dist'), 'new')).toThrow(/data-files\.bundle: the data files were written for other content/);
    expect(() => checkDataBundle(bundle, 'new')).toThrow(/written for other content/);
    expect(() => checkDataBundle(bundle, 'old')).not.toThrow();
    expect(() => checkDataBundle(join(dir, 'none.bundle'), 'old')).toThrow(/no data files/);
    expect(existsSync(join(dir, 'dist', 'a.json'))).toBe(false);
    expect(() => unpackDataBundle(join(dir, 'none.bundle'), join(dir, 'dist'), 'new')).toThrow(/none\.bundle: no data files.*npm run build/);
    writeFileSync(bundle, `${readFileSync(bundle, 'utf8').split('\n')[0]}\nabc a.json\n{}\n`);
    expect(() => unpackDataBundle(bundle, join(dir, 'dist'), 'old')).toThrow(/damaged at byte/);
    writeFileSync(bundle, `${readFileSync(bundle, 'utf8').split('\n')[0]}\n99 a.json\n{}\n`);
    expect(() => unpackDataBundle(bundle, join(dir, 'dist'), 'old')).toThrow(/cut short in a\.json/);
    // A body one byte longer than its count: the byte after it is not the line end.
    writeFileSync(bundle, `${readFileSync(bundle, 'utf8').split('\n')[0]}\n2 a.json\n{}}\n`);
    expect(() => unpackDataBundle(bundle, join(dir, 'dist'), 'old')).toThrow(/cut short in a\.json/);
  });

  it('never writes outside the output folder, and leaves no half-written bundle behind', () => {
    const dir = scratch();
    const bundle = dataBundlePath(dir);
    for (const path of ['../evil.json', '/etc/evil.json', 'a/../../evil.json', 'a//b.json', 'a\\b.json', '']) {
      expect(() => writeDataBundle(bundle, 's', [{ path, body: '{}' }])).toThrow(/not a plain relative path/);
    }
    expect(existsSync(bundle)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    // A body that fails to be made half-way leaves the previous bundle as it was, and no temporary file.
    writeDataBundle(bundle, 'before', [{ path: 'a.json', body: '1' }]);
    const failing = function* () {
      yield { path: 'b.json', body: '2' };
      throw new Error('no body');
    };
    expect(() => writeDataBundle(bundle, 'after', failing())).toThrow('no body');
    expect(readdirSync(dir)).toEqual(['data-files.bundle']);
    expect(() => checkDataBundle(bundle, 'before')).not.toThrow();
    // A bundle edited by hand to escape is refused when read, too.
    writeDataBundle(bundle, 's', [{ path: 'ok.json', body: '{}' }]);
    writeFileSync(bundle, readFileSync(bundle, 'utf8').replace('ok.json', '../x.json'));
    expect(() => unpackDataBundle(bundle, join(dir, 'dist'), 's')).toThrow(/damaged/);
    expect(existsSync(join(dir, 'x.json'))).toBe(false);
  });
});
