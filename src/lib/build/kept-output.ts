// Keeping the last build's output folder between builds. Astro empties the folder before a build, and its incremental
// build then copies every unchanged page back from its cache: at 10,000 articles, emptying and copying 43,000 files
// took ~30 s of a ~55 s rebuild. Kept, unchanged pages stay where they are. That is safe only while the folder holds
// exactly what the last build wrote, so the build records its files (path, size, modification time), the next one
// checks the folder against that record before trusting it, and afterwards removes whatever the last build left that
// this one neither wrote nor kept as a page.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { writeWhole } from './cache.ts';

/** A folder's files: path relative to it (with "/") → size and modification time. */
export type OutputListing = Map<string, string>;

/**
 * The file in `cacheDir` recording what the last complete build wrote, and where. One per cache folder, like
 * Astro's incremental-build manifest beside it: a build into another folder replaces it, so a folder built before
 * that is never trusted against a manifest that has moved on since.
 */
export function outputRecordPath(cacheDir: string): string {
  return join(cacheDir, 'output-record.json');
}

/** Left in place when the folder is emptied and never listed, as Astro does (a deploy branch checked out in dist/). */
const UNTOUCHED = '.git';

/** Every file under `dir` (none when it does not exist), with the size and modification time that reveal a change. */
export function listOutput(dir: string): OutputListing {
  const listing: OutputListing = new Map();
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (prefix === '' && entry.name === UNTOUCHED) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path, `${prefix}${entry.name}/`);
      else if (entry.isFile()) {
        const stat = statSync(path);
        listing.set(`${prefix}${entry.name}`, `${stat.size}:${stat.mtimeMs}`);
      }
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return listing;
}

function readRecord(record: string, outDir: string): OutputListing | null {
  try {
    const data = JSON.parse(readFileSync(record, 'utf8')) as { outDir?: unknown; files?: unknown };
    if (data.outDir !== resolve(outDir) || typeof data.files !== 'object' || data.files === null) return null;
    return new Map(Object.entries(data.files as Record<string, string>));
  } catch {
    return null;
  }
}

function sameListing(a: OutputListing, b: OutputListing): boolean {
  if (a.size !== b.size) return false;
  for (const [path, signature] of a) if (b.get(path) !== signature) return false;
  return true;
}

/** How a build found its output folder: kept (with the last build's listing) or emptied. */
export type PreparedOutput = { kept: true; previous: OutputListing } | { kept: false; previous: null };

/**
 * Readies `outDir` for a build: kept when it holds exactly the files the last build recorded, otherwise emptied.
 * The record is deleted either way, so a folder left by a build that stopped half-way is never trusted. Refuses an
 * output folder that holds `project` (the project's root): emptying it would delete the project, and Astro checks
 * that only after this runs.
 */
export function prepareOutput(record: string, outDir: string, project?: string): PreparedOutput {
  const out = resolve(outDir);
  if (project !== undefined && `${resolve(project)}${sep}`.startsWith(`${out === sep ? '' : out}${sep}`)) {
    throw new Error(`${out}: the output folder holds the project (${resolve(project)}); choose a folder inside it, such as dist/`);
  }
  const previous = readRecord(record, outDir);
  rmSync(record, { force: true });
  if (previous && sameListing(previous, listOutput(outDir))) return { kept: true, previous };
  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(outDir)) if (name !== UNTOUCHED) rmSync(join(outDir, name), { recursive: true, force: true });
  return { kept: false, previous: null };
}

/** Removes folders left empty under `dir` (not `dir` itself). */
function removeEmptyFolders(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === UNTOUCHED) continue;
    const path = join(dir, entry.name);
    removeEmptyFolders(path);
    if (readdirSync(path).length === 0) rmSync(path, { recursive: true });
  }
}

/**
 * After a complete build: deletes every file the last build left that this build neither rewrote (same size and
 * time as recorded) nor kept as one of its pages (`kept`, paths relative to `outDir`), then records the folder.
 * Returns how many files were deleted and how many remain.
 */
export function pruneOutput(record: string, outDir: string, prepared: PreparedOutput, kept: ReadonlySet<string>): { pruned: number; files: number } {
  let pruned = 0;
  const now = listOutput(outDir);
  if (prepared.kept) {
    for (const [path, signature] of now) {
      if (kept.has(path) || prepared.previous.get(path) !== signature) continue;
      rmSync(join(outDir, path));
      now.delete(path);
      pruned += 1;
    }
    if (pruned > 0) removeEmptyFolders(outDir);
  }
  writeWhole(record, JSON.stringify({ outDir: resolve(outDir), files: Object.fromEntries(now) }));
  return { pruned, files: now.size };
}
