// The site's data files (JSON API, search and check indexes) go from the prepare step to dist/ in one bundle file,
// not through Astro's page pipeline: Astro spends one to two milliseconds of file work per route (measured: 2,300
// JSON files took 4 s of a 21 s build at 1,000 articles), and these files need no rendering. scripts/ingest.ts
// writes the bundle with a stamp of what it was made from (content-stamp.ts); the wirediff-data-files integration
// checks it when `astro build` starts and unpacks it when it ends.
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { cacheDir } from './cache.ts';

/** One file the site serves besides its pages: where it goes under dist/ and what it holds. */
export interface DataFile {
  /** Path under dist/, with `/` separators and no leading one ("api/articles.json"). */
  path: string;
  body: string;
}

const MAGIC = 'wirediff-data-files 1';

/** Where the bundle lives: in the build cache, so `npm ci` clears it with the rest. */
export function dataBundlePath(dir = cacheDir()): string {
  return join(dir, 'data-files.bundle');
}

/**
 * Writes the bundle: a header line with the stamp, then each file as a line `<bytes> <path>` and its body. Written
 * to a temporary name and renamed, so an interrupted build leaves the previous bundle whole.
 */
export function writeDataBundle(file: string, stamp: string, files: Iterable<DataFile>): { files: number; bytes: number } {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  let count = 0;
  let bytes = 0;
  try {
    writeSync(fd, `${MAGIC} ${stamp}\n`);
    for (const f of files) {
      if (!isSafePath(f.path)) throw new Error(`data file path ${JSON.stringify(f.path)} is not a plain relative path`);
      const body = Buffer.from(f.body);
      writeSync(fd, `${body.length} ${f.path}\n`);
      writeSync(fd, body);
      writeSync(fd, '\n');
      count += 1;
      bytes += body.length;
    }
    closeSync(fd);
  } catch (error) {
    // A failed write leaves nothing behind: the previous bundle stays whole and no temporary file is left over.
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  renameSync(temporary, file);
  return { files: count, bytes };
}

/** A relative path inside the output folder: no leading slash, no `..`, no empty or dot segments, no backslash. */
function isSafePath(path: string): boolean {
  return path.length > 0 && !path.includes('\\') && path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

/** Reads a line (up to `\n`) at a position, returning it and where the next byte is. */
function readLine(fd: number, position: number): { line: string; next: number } | null {
  const chunk = Buffer.alloc(4096);
  let text = '';
  let at = position;
  for (;;) {
    const n = readSync(fd, chunk, 0, chunk.length, at);
    if (n === 0) return text === '' ? null : { line: text, next: at };
    const end = chunk.subarray(0, n).indexOf(10);
    if (end >= 0) return { line: text + chunk.subarray(0, end).toString(), next: at + end + 1 };
    text += chunk.subarray(0, n).toString();
    at += n;
  }
}

/** Opens the bundle and checks that it was made from `stamp`, returning the open file and where its files start. */
function openChecked(file: string, stamp: string): { fd: number; start: number } {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    throw new Error(`${file}: no data files to add to the site; run \`npm run build\` (scripts/ingest.ts writes them before astro build)`);
  }
  const header = readLine(fd, 0);
  if (!header || header.line !== `${MAGIC} ${stamp}`) {
    closeSync(fd);
    throw new Error(`${file}: the data files were written for other content or code; run \`npm run build\` (scripts/ingest.ts writes them before astro build)`);
  }
  return { fd, start: header.next };
}

/** Throws, naming the file, unless the bundle exists and was made from `stamp`: checked before any page is written. */
export function checkDataBundle(file: string, stamp: string): void {
  closeSync(openChecked(file, stamp).fd);
}

/** What unpacking did: every path the bundle holds (relative to the output folder), and how many were written. */
export interface Unpacked {
  paths: string[];
  written: number;
}

/** True when `target` already holds exactly `body` (a rebuild into a kept folder: most data files did not change). */
function holds(target: string, body: Buffer): boolean {
  if (statSync(target, { throwIfNoEntry: false })?.size !== body.length) return false;
  return readFileSync(target).equals(body);
}

/**
 * Writes every file of the bundle under `outDir`, after checking that it was made from `stamp` (the content and
 * code as they are now). A file already there with the same bytes is left alone: reading it costs less than writing
 * it (at 10,000 articles, rewriting 114 MB took 9 s of a rebuild). Reads one file at a time, so memory does not grow
 * with the corpus.
 */
export function unpackDataBundle(file: string, outDir: string, stamp: string): Unpacked {
  const { fd, start } = openChecked(file, stamp);
  const root = resolve(outDir);
  const made = new Set<string>();
  const paths: string[] = [];
  let written = 0;
  try {
    let position = start;
    for (let entry = readLine(fd, position); entry; entry = readLine(fd, position)) {
      const space = entry.line.indexOf(' ');
      const size = Number(entry.line.slice(0, space));
      const path = entry.line.slice(space + 1);
      if (space < 1 || !Number.isInteger(size) || size < 0 || !isSafePath(path)) throw new Error(`${file}: damaged at byte ${position}`);
      const body = Buffer.alloc(size);
      const end = Buffer.alloc(1);
      if (readSync(fd, body, 0, size, entry.next) !== size || readSync(fd, end, 0, 1, entry.next + size) !== 1 || end[0] !== 10) {
        throw new Error(`${file}: cut short in ${path}`);
      }
      const target = join(root, ...path.split('/'));
      const folder = dirname(target);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      if (!holds(target, body)) {
        writeFileSync(target, body);
        written += 1;
      }
      paths.push(path);
      position = entry.next + size + 1;
    }
  } finally {
    closeSync(fd);
  }
  return { paths, written };
}
