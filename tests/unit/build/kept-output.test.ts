// Keeping the output folder between builds: trusted only when it holds exactly what the last build recorded, and
// pruned after a build of what that build left and this one did not write.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { listOutput, outputRecordPath, prepareOutput, pruneOutput } from '../../../src/lib/build/kept-output.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A cache folder and an output folder holding `files`, each written a minute ago (an earlier build). */
function setup(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'wirediff-kept-'));
  roots.push(root);
  const out = join(root, 'dist');
  const record = outputRecordPath(join(root, 'cache'));
  for (const [path, body] of Object.entries(files)) write(out, path, body, Date.now() / 1000 - 600);
  return { root, out, record };
}

/** Each write a second after the last, as builds seconds apart would be (a rewrite of the same size must show). */
let clock = Date.now() / 1000;
function write(out: string, path: string, body: string, time = (clock += 1)) {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), body);
  utimesSync(join(out, path), time, time);
}

/** One complete build on a folder: prepare, write `written` (now), prune keeping `pages`. */
function build(record: string, out: string, written: Record<string, string>, pages: string[] = []) {
  const prepared = prepareOutput(record, out);
  for (const [path, body] of Object.entries(written)) write(out, path, body);
  return { prepared, ...pruneOutput(record, out, prepared, new Set(pages)) };
}

describe('prepareOutput', () => {
  it('empties a folder no build recorded, but leaves a .git checkout in it alone', () => {
    const { out, record } = setup({ 'index.html': 'old', 'a/index.html': 'old', '.git/HEAD': 'ref' });
    expect(prepareOutput(record, out).kept).toBe(false);
    expect([...listOutput(out).keys()]).toEqual([]);
    expect(readFileSync(join(out, '.git/HEAD'), 'utf8')).toBe('ref');
  });

  it('keeps a folder that holds exactly what the last build recorded', () => {
    const { out, record } = setup({});
    build(record, out, { 'index.html': 'home', 'a/index.html': 'a' });
    const again = prepareOutput(record, out);
    expect(again.kept).toBe(true);
    expect(again.kept && [...again.previous.keys()].sort()).toEqual(['a/index.html', 'index.html']);
    expect(readFileSync(join(out, 'a/index.html'), 'utf8')).toBe('a');
  });

  it.each([
    ['a file changed since', (out: string) => write(out, 'a/index.html', 'edited by hand')],
    ['a file added since', (out: string) => write(out, 'b/index.html', 'stray')],
    ['a file removed since', (out: string) => rmSync(join(out, 'a/index.html'))],
  ])('empties the folder when %s', (_, change) => {
    const { out, record } = setup({});
    build(record, out, { 'index.html': 'home', 'a/index.html': 'a' });
    change(out);
    expect(prepareOutput(record, out).kept).toBe(false);
    expect([...listOutput(out).keys()]).toEqual([]);
  });

  it('never trusts a folder after a build that stopped half-way (the record is gone once a build starts)', () => {
    const { out, record } = setup({});
    build(record, out, { 'index.html': 'home' });
    expect(prepareOutput(record, out).kept).toBe(true);
    expect(existsSync(record)).toBe(false);
    expect(prepareOutput(record, out).kept).toBe(false);
  });

  it('keeps one record per cache folder: once another folder is built from the same cache, the first is not trusted', () => {
    // Astro's incremental manifest is one per cache folder too: trusting the first folder against it would keep
    // pages of the first build that the manifest no longer describes.
    const { root, out, record } = setup({});
    build(record, out, { 'index.html': 'home' });
    const other = join(root, 'other');
    expect(build(record, other, { 'index.html': 'home, edited' }).prepared.kept).toBe(false);
    expect(prepareOutput(record, out).kept).toBe(false);
    expect([...listOutput(out).keys()]).toEqual([]);
  });

  it('refuses an output folder that holds the project, deleting nothing', () => {
    const { root, out, record } = setup({ 'index.html': 'home' });
    const project = join(root, 'project');
    write(project, 'src/page.astro', 'source');
    expect(() => prepareOutput(record, project, project)).toThrow(/output folder holds the project/);
    expect(() => prepareOutput(record, root, project)).toThrow(/output folder holds the project/);
    expect(readFileSync(join(project, 'src/page.astro'), 'utf8')).toBe('source');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('home');
    // A folder beside or inside the project is fine.
    expect(prepareOutput(record, join(project, 'dist'), project).kept).toBe(false);
    expect(prepareOutput(record, out, project).kept).toBe(false);
  });
});

describe('pruneOutput', () => {
  it('removes what the last build left and this one neither rewrote nor kept as a page, and empty folders', () => {
    const { out, record } = setup({});
    build(record, out, { 'index.html': 'v1', 'a/index.html': 'a', 'gone/index.html': 'g', 'api/gone.json': '{}', '_astro/old.js': 'x' });
    // The next build rewrites the home page and a new script, keeps page a/ as it was, and no longer has gone/.
    const next = build(record, out, { 'index.html': 'v2', '_astro/new.js': 'y' }, ['a/index.html']);
    expect(next.prepared.kept).toBe(true);
    expect(next.pruned).toBe(3);
    expect([...listOutput(out).keys()].sort()).toEqual(['_astro/new.js', 'a/index.html', 'index.html']);
    expect(existsSync(join(out, 'gone'))).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('v2');
  });

  it('records the folder as pruned, so the next build keeps it', () => {
    const { out, record } = setup({});
    build(record, out, { 'index.html': 'v1', 'gone/index.html': 'g' });
    build(record, out, { 'index.html': 'v2' });
    expect(prepareOutput(record, out).kept).toBe(true);
  });

  it('prunes nothing after an emptied folder: everything in it was written by this build', () => {
    const { out, record } = setup({ 'stale.html': 'old' });
    const first = build(record, out, { 'index.html': 'home' });
    expect(first).toMatchObject({ pruned: 0, files: 1 });
    expect(existsSync(join(out, 'stale.html'))).toBe(false);
  });
});
