import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
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

/** Loads every gold case, aligning its two texts with the real pipeline and the seed corpus as context. */
export function loadGoldCases(): GoldCase[] {
  const corpus = loadCorpus();
  return readdirSync(root).sort().flatMap((name) => {
    let spec: { left_file: string; right_file: string; tuned: boolean; links: { left: string[]; right: string[] }[] };
    try {
      spec = JSON.parse(readFileSync(join(root, name, 'gold.json'), 'utf8'));
    } catch {
      return [];
    }
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
    return [{ name, tuned: spec.tuned, alignment, gold, predicted }];
  });
}

/** Link precision, recall and F1 of a predicted alignment against gold. */
export function linkScores(c: Pick<GoldCase, 'gold' | 'predicted'>): { precision: number; recall: number; f1: number } {
  const hits = [...c.predicted].filter((l) => c.gold.has(l)).length;
  const precision = c.predicted.size === 0 ? 0 : hits / c.predicted.size;
  const recall = c.gold.size === 0 ? 0 : hits / c.gold.size;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
