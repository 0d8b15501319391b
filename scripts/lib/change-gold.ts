// Hand-made typed-change gold (tests/fixtures/changes/<case>/gold.json) against the engine's change list for the same
// pair, aligned by the real pipeline with the seed corpus as context and the site's term table as entity rules:
// shared by the change gold test and `npm run bench:compare`.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'astro/zod';
import { ingestFile, loadCorpus } from '../../src/lib/corpus/load.ts';
import { loadGlossary } from '../../src/lib/corpus/glossary.ts';
import { alignPair } from '../../src/lib/compare/index.ts';
import { GENERIC_CHANGE_TYPES, type Alignment, type ChangeType } from '../../src/lib/compare/types.ts';
import { buildTermTable } from '../../src/lib/terms/table.ts';
import { quantities } from '../../src/lib/text/quantities.ts';

const root = 'tests/fixtures/changes';

/**
 * The cases the change rules were tuned on (their engine output was read while writing the rules). The others are
 * held out: their gold was read once for its conventions, their output only scored. blind-003-outlet,
 * blind-004-backtranslation, html-004 and md-003 were held out until their misses and extras were read to write the
 * split-sentence, attribution, metonym and acronym rules (issue #12): they are tuned cases now. The fresh-* cases
 * were scored blind once, then their misses and extras were read once and two general date rules written (dates
 * that cannot contradict, decades and parts of a month); no rule was shaped to them beyond that, so they stay
 * unlisted here and are reported apart in the README.
 */
export const TUNED_CHANGE_CASES: readonly string[] = [
  'seed-000-001',
  'rewrite-004',
  'blind-002-outlet',
  'blind-004-outlet',
  'blind-003-outlet',
  'blind-004-backtranslation',
  'html-004',
  'md-003',
];

const changeSchema = z.object({
  type: z.string(),
  left: z.string().nullable(),
  right: z.string().nullable(),
  optional: z.boolean().optional(),
});
const specSchema = z.object({ left_file: z.string().min(1), right_file: z.string().min(1), changes: z.array(changeSchema) });

/** One expected or listed change: its type and the text of each side (null when the side has none). */
export interface ScoredChange {
  type: ChangeType | string;
  left: string | null;
  right: string | null;
  optional?: boolean;
}

/** A change gold case: the gold list and the engine's alignment of the same two files. */
export interface ChangeCase {
  name: string;
  tuned: boolean;
  /** False when the right file's format is not parsed (its markup reached the body): its scores mean nothing yet. */
  parsed: boolean;
  gold: ScoredChange[];
  alignment: Alignment;
}

/** The case folders of tests/fixtures/changes (adding a case is adding a folder). */
export function changeCaseNames(): string[] {
  return readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

/** Loads every case: both files ingested and aligned as the site would, with the seed corpus and glossary. */
export function loadChangeCases(): ChangeCase[] {
  const corpus = loadCorpus();
  const glossary = loadGlossary();
  return changeCaseNames().map((name) => {
    const file = join(root, name, 'gold.json');
    const spec = specSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    const left = ingestFile(basename(spec.left_file), readFileSync(spec.left_file));
    const right = ingestFile(`gold-${name}-${basename(spec.right_file)}`, readFileSync(spec.right_file));
    const table = buildTermTable([left, right, ...corpus.filter((a) => a.id !== left.id && a.id !== right.id)], glossary);
    const parsed = !right.paragraphs.some((p) => /<\/?[a-z][a-z0-9]*[\s>]|^---$|^#{1,6}\s/mu.test(p));
    return { name, tuned: TUNED_CHANGE_CASES.includes(name), parsed, gold: spec.changes, alignment: alignPair(left, right, corpus, undefined, table.entities) };
  });
}

/** The words of a change text, lower case, quotation marks and punctuation ignored, no-break spaces as spaces. */
function bag(text: string): string[] {
  return text.toLowerCase().replace(/[’']/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
}

/** How well one side's listed text matches the gold text (0–1): Dice over words, or containment of the shorter. */
function textMatch(gold: string, listed: string): number {
  const g = bag(gold);
  const l = bag(listed);
  if (g.length === 0 || l.length === 0) return 0;
  const rest = [...l];
  let shared = 0;
  for (const w of g) {
    const i = rest.indexOf(w);
    if (i >= 0) {
      shared += 1;
      rest.splice(i, 1);
    }
  }
  const dice = (2 * shared) / (g.length + l.length);
  const contained = shared / Math.min(g.length, l.length);
  const comparable = Math.min(g.length, l.length) / Math.max(g.length, l.length) >= 0.25;
  return dice >= 0.5 ? dice : contained >= 0.8 && comparable ? contained * 0.9 : 0;
}

/**
 * How well a listed change matches a gold change: same type, and each side the gold gives text for is matched by
 * the listed text of that side (a side the gold leaves empty is not checked). 0 when they do not match.
 */
export function changeMatch(gold: ScoredChange, listed: ScoredChange): number {
  if (gold.type !== listed.type) return 0;
  // Dates and figures are compared as values, as the gold's conventions say: "three of the sources" lists "three".
  if (gold.type === 'number-changed' || gold.type === 'date-changed') {
    const values = (text: string | null) => (text === null ? '' : quantities(text).map((q) => q.value).sort().join(' '));
    const sides = (['left', 'right'] as const).filter((side) => gold[side] !== null);
    if (sides.length > 0 && sides.every((side) => values(gold[side]) !== '' && values(gold[side]) === values(listed[side]))) return 1;
  }
  const sides = (['left', 'right'] as const).filter((s) => gold[s] !== null);
  if (sides.length === 0) return 0;
  let total = 0;
  for (const s of sides) {
    const l = listed[s];
    if (l === null) return 0;
    const m = textMatch(gold[s] as string, l);
    if (m === 0) return 0;
    total += m;
  }
  return total / sides.length;
}

/** Counts and lists for precision and recall: matches are one to one, best first; optional gold counts neither way. */
export interface ChangeScores {
  precision: number;
  recall: number;
  /** Scored gold changes found, scored gold changes, and listed changes that count (optional matches excluded). */
  hits: number;
  required: number;
  listed: number;
  missed: ScoredChange[];
  extra: ScoredChange[];
  /** Listed changes of a generic type (a row's wording, form, sentence breaks, a crosshead), left out of the scores. */
  generic: number;
}

/**
 * Scores a listed change list against gold. Generic changes (GENERIC_CHANGE_TYPES) are left out: they say only where
 * a row differs, which the gold does not list (rewordings, crossheads outside the body), not a typed change.
 */
export function changeScores(gold: readonly ScoredChange[], all: readonly ScoredChange[]): ChangeScores {
  const listed = all.filter((c) => !GENERIC_CHANGE_TYPES.has(c.type as ChangeType));
  const pairs: { g: number; l: number; score: number }[] = [];
  gold.forEach((g, gi) => listed.forEach((l, li) => {
    const score = changeMatch(g, l);
    if (score > 0) pairs.push({ g: gi, l: li, score });
  }));
  pairs.sort((a, b) => b.score - a.score || a.g - b.g || a.l - b.l);
  const goldUsed = new Set<number>();
  const listedUsed = new Set<number>();
  let hits = 0;
  let optionalHits = 0;
  for (const p of pairs) {
    if (goldUsed.has(p.g) || listedUsed.has(p.l)) continue;
    goldUsed.add(p.g);
    listedUsed.add(p.l);
    if (gold[p.g]?.optional) optionalHits += 1;
    else hits += 1;
  }
  const required = gold.filter((g) => !g.optional).length;
  const counted = listed.length - optionalHits;
  return {
    precision: counted === 0 ? 1 : hits / counted,
    recall: required === 0 ? 1 : hits / required,
    hits,
    required,
    listed: counted,
    missed: gold.filter((g, i) => !g.optional && !goldUsed.has(i)),
    extra: listed.filter((_l, i) => !listedUsed.has(i)),
    generic: all.length - listed.length,
  };
}
