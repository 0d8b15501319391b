// Hand-made gold sentence alignments (tests/fixtures/compare/<case>/gold.json), aligned by the real engine and
// scored: shared by the gold test and the comparison benchmark.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'astro/zod';
import { ingestFile, loadCorpus } from '../../src/lib/corpus/load.ts';
import { alignPair } from '../../src/lib/compare/index.ts';
import { flatSentences } from '../../src/lib/compare/pair.ts';
import type { Alignment } from '../../src/lib/compare/types.ts';

/** One hand-made gold alignment from tests/fixtures/compare/<case>/gold.json. */
export interface GoldCase {
  name: string;
  tuned: boolean;
  alignment: Alignment;
  /** Gold sentence links as "leftIndex rightIndex". */
  gold: Set<string>;
  predicted: Set<string>;
}

const root = 'tests/fixtures/compare';

function linkSet(groups: readonly { left: number[]; right: number[] }[]): Set<string> {
  const out = new Set<string>();
  for (const g of groups) for (const i of g.left) for (const j of g.right) out.add(`${i} ${j}`);
  return out;
}

/** What a gold.json file holds: the two files, whether the engine was tuned on it, and the links by sentence text. */
const goldSpecSchema = z.object({
  note: z.string().optional(),
  left_file: z.string().min(1),
  right_file: z.string().min(1),
  tuned: z.boolean(),
  links: z.array(z.object({ left: z.array(z.string()).min(1), right: z.array(z.string()).min(1) })).min(1),
});

/** The gold case folders: every folder of tests/fixtures/compare is one case (adding a case is adding a folder). */
export function goldCaseNames(): string[] {
  return readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

/** Reads and validates one case's gold.json; a missing or malformed file throws, naming the file and the problem. */
function readGoldSpec(name: string): z.output<typeof goldSpecSchema> {
  const file = join(root, name, 'gold.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read gold alignment (${(error as Error).message})`);
  }
  const result = goldSpecSchema.safeParse(raw);
  if (!result.success) throw new Error(`${file}: not a gold alignment (${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')})`);
  return result.data;
}

/** Loads every gold case, aligning its two texts with the real pipeline and the seed corpus as context. */
export function loadGoldCases(): GoldCase[] {
  const corpus = loadCorpus();
  return goldCaseNames().map((name) => {
    const spec = readGoldSpec(name);
    const left = ingestFile(basename(spec.left_file), readFileSync(spec.left_file));
    const right = ingestFile(`gold-${name}-${basename(spec.right_file)}`, readFileSync(spec.right_file));
    const ls = flatSentences(left);
    const rs = flatSentences(right);
    const index = (list: string[], text: string, side: string) => {
      const i = list.indexOf(text);
      if (i < 0) throw new Error(`${name}: gold ${side} sentence not found after parsing: ${text}`);
      return i;
    };
    const gold = linkSet(spec.links.map((l) => ({ left: l.left.map((t) => index(ls, t, 'left')), right: l.right.map((t) => index(rs, t, 'right')) })));
    const alignment = alignPair(left, right, corpus);
    const predicted = linkSet(alignment.rows.filter((r) => r.left.length > 0 && r.right.length > 0).map((r) => ({ left: r.left_index, right: r.right_index })));
    return { name, tuned: spec.tuned, alignment, gold, predicted };
  });
}

/** Link precision, recall and F1 of a predicted alignment against gold. */
export function linkScores(c: Pick<GoldCase, 'gold' | 'predicted'>): { precision: number; recall: number; f1: number } {
  const hits = [...c.predicted].filter((l) => c.gold.has(l)).length;
  const precision = c.predicted.size === 0 ? 0 : hits / c.predicted.size;
  const recall = c.gold.size === 0 ? 0 : hits / c.gold.size;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
