// The build cache's storage: where it lives, how its keys are made, and packs of records on disk. Node-only: the
// cache serves the build, never the browser.
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, globSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The cache folder: WIREDIFF_CACHE_DIR when set (benchmarks, tests), else under node_modules so `npm ci` clears it. */
export function cacheDir(): string {
  return process.env.WIREDIFF_CACHE_DIR ?? join('node_modules', '.cache', 'wirediff');
}

/** A hex SHA-256 of the parts, each length-prefixed so ("ab", "c") and ("a", "bc") differ. */
export function digest(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** Source folders whose code decides a parsed entry (the ingest pipeline and what it builds on). */
export const INGEST_CODE = ['src/lib/ingest', 'src/lib/corpus', 'src/lib/schema', 'src/lib/text'];
/** Source folders whose code decides a pair's alignment (the engine and the tokenizer under it). */
export const ENGINE_CODE = ['src/lib/compare', 'src/lib/text', 'src/lib/schema'];

const versions = new Map<string, string>();

/**
 * The version of the code in these folders: a hash of every file in them and of package-lock.json (the libraries
 * they call), so any edit to the code or a dependency invalidates what that code computed. No hand-bumped number
 * to forget. Folders are read relative to the working directory, where every build runs; when none is found the
 * version is unique to this process, so nothing stale can be reused.
 */
export function codeVersion(folders: readonly string[], root = process.cwd()): string {
  const id = `${root}\n${folders.join('\n')}`;
  const known = versions.get(id);
  if (known) return known;
  const files = folders.flatMap((f) => globSync(`${f}/**/*`, { cwd: root, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))).sort();
  const lock = join(root, 'package-lock.json');
  const parts = files.length === 0 ? [`no source found ${process.pid} ${Date.now()} ${Math.random()}`] : [...files, ...(existsSync(lock) ? [lock] : [])].flatMap((f) => [f.slice(root.length), readFileSync(f)]);
  const version = digest(...parts);
  versions.set(id, version);
  return version;
}

/** Writes a file through a temporary one renamed into place, so an interrupted write leaves the previous file whole. */
export function writeWhole(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

/**
 * A pack of cache records on disk: one JSON record per line, keyed. Records are kept as raw lines and parsed only
 * when used. Saving appends the records this build added or changed, and rewrites the pack with only the records
 * this build used once more than a quarter of its lines are dead (unused or superseded), so the pack never grows
 * far past what the corpus needs; a rewrite goes to a temporary file renamed into place, so an interrupted build
 * leaves the previous pack whole. Appending matters at scale: the packs of 10,000 articles are 150 MB, which every
 * warm build rewrote to add a few records.
 */
export class Pack<T> {
  readonly #file: string;
  readonly #lines = new Map<string, string>();
  readonly #used = new Map<string, string>();
  /** Lines in the file as read, superseded ones included: what an append leaves behind. */
  #stored = 0;
  /** False when the file's last line has no newline (an append cut short): it was dropped, and the pack is rewritten. */
  #whole = true;
  hits = 0;
  misses = 0;

  constructor(file: string) {
    this.#file = file;
    if (!existsSync(file)) return;
    const lines = readFileSync(file, 'utf8').split('\n');
    if (lines.pop() !== '') this.#whole = false;
    for (const line of lines) {
      const tab = line.indexOf('\t');
      if (tab <= 0) continue;
      this.#lines.set(line.slice(0, tab), line.slice(tab + 1));
      this.#stored += 1;
    }
  }

  /** The record under this key, if the pack has it (counted as a hit or a miss). */
  get(key: string): T | undefined {
    const line = this.#used.get(key) ?? this.#lines.get(key);
    if (line === undefined) {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    this.#used.set(key, line);
    return JSON.parse(line) as T;
  }

  /** Stores a record under a key for this build and the next. */
  set(key: string, value: T): void {
    this.#used.set(key, JSON.stringify(value));
  }

  /** Keeps the records used or set in this build: appended when few lines would be dead, else rewritten. */
  save(): void {
    const fresh = [...this.#used].filter(([key, line]) => this.#lines.get(key) !== line);
    const dead = this.#stored + fresh.length - this.#used.size;
    const lines = (records: [string, string][]) => records.map(([k, v]) => `${k}\t${v}\n`).join('');
    // Appended while dead lines stay at most a quarter of all: dead ≤ (dead + used) / 4.
    if (this.#whole && existsSync(this.#file) && dead * 3 <= this.#used.size) {
      if (fresh.length > 0) appendFileSync(this.#file, lines(fresh));
      this.#stored += fresh.length;
    } else {
      writeWhole(this.#file, lines([...this.#used]));
      this.#lines.clear();
      this.#stored = this.#used.size;
      this.#whole = true;
    }
    // The file now holds every record used, as #lines records for the next save.
    for (const [key, line] of this.#used) this.#lines.set(key, line);
  }
}
