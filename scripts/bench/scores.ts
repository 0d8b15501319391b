// Precision and recall of variant detection, over the pairs placed in one group.
import { idFromFileName } from '../../src/lib/ingest/id.ts';

const key = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/** Every pair inside each group. */
function pairsWithin(groups: readonly string[][]): Set<string> {
  const out = new Set<string>();
  for (const ids of groups) for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) out.add(key(ids[i] as string, ids[j] as string));
  return out;
}

/**
 * Precision and recall of the engine's variant groups against the known groups (file names), counted over pairs
 * of articles placed in one group: the site presents stories as groups, and a copy of a copy belongs to the story
 * even when the two were rewritten too differently to be linked directly.
 */
export function detectionScores(
  predictedGroups: readonly string[][],
  knownGroups: readonly string[][],
): { precision: number; recall: number; predicted: number; truth: number } {
  const truth = pairsWithin(knownGroups.map((g) => g.map(idFromFileName)));
  const predicted = pairsWithin(predictedGroups);
  const hits = [...predicted].filter((k) => truth.has(k)).length;
  return {
    precision: predicted.size === 0 ? (truth.size === 0 ? 1 : 0) : hits / predicted.size,
    recall: truth.size === 0 ? 1 : hits / truth.size,
    predicted: predicted.size,
    truth: truth.size,
  };
}
