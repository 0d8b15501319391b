// Sentence-boundary case files (issue #11): the peer segmenters' public cases, read from the shared benchmarks folder
// beside the project and scored the way their README says (whitespace runs collapsed on both sides).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One case of a sentence-boundary file: the text, the expected sentences, and the flags the README describes. */
export interface SegmentCase {
  id: string;
  text: string;
  expected: string[];
  lossless?: boolean;
  has_newline?: boolean;
}

/** The outcome of one case under one splitter. */
export interface CaseResult {
  case: SegmentCase;
  actual: string[];
  pass: boolean;
}

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared benchmarks folder: $WIREDIFF_SHARED, else `../shared` beside the repo, else /work/shared. */
export function sharedDir(): string {
  const candidates = [process.env.WIREDIFF_SHARED, join(repo, '..', 'shared'), '/work/shared'].filter((d): d is string => Boolean(d));
  return candidates.find((d) => existsSync(d)) ?? candidates[0]!;
}

/** The default case files: the 52 Golden Rules and the extended English cases. */
export function defaultCaseFiles(): string[] {
  const dir = join(sharedDir(), 'benchmarks', 'sentence-boundaries');
  return ['golden-rules-en.json', 'extended-en.json'].map((f) => join(dir, f));
}

/** Reads one case file (a JSON array of `{ id, text, expected }`). */
export function readCases(file: string): SegmentCase[] {
  const cases = JSON.parse(readFileSync(file, 'utf8')) as SegmentCase[];
  if (!Array.isArray(cases)) throw new Error(`${file}: not a JSON array of cases`);
  return cases;
}

/** Whitespace runs collapsed and ends trimmed, as the case files are compared. */
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Runs a splitter over the cases; a case passes when the non-empty normalised sentences equal the expected ones. */
export function scoreCases(cases: SegmentCase[], split: (text: string) => string[]): CaseResult[] {
  return cases.map((c) => {
    const actual = split(c.text).map(normalise).filter(Boolean);
    const expected = c.expected.map(normalise).filter(Boolean);
    return { case: c, actual, pass: actual.length === expected.length && actual.every((s, i) => s === expected[i]) };
  });
}

/** True for the cases a lossless splitter can meet on one line: not rewritten upstream and without line breaks. */
export const losslessSingleLine = (c: SegmentCase) => c.lossless !== false && !c.has_newline;
