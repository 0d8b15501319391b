import { idFromFileName } from '../../src/lib/ingest/id.ts';

/** Pairwise precision and recall of predicted variant pairs against known groups of file names. */
export function detectionScores(
  pairs: readonly { left: string; right: string; variant: boolean }[],
  groups: readonly string[][],
): { precision: number; recall: number; predicted: number; truth: number } {
  const key = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
  const truth = new Set<string>();
  for (const group of groups) {
    const ids = group.map(idFromFileName);
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) truth.add(key(ids[i] as string, ids[j] as string));
  }
  const predicted = pairs.filter((p) => p.variant).map((p) => key(p.left, p.right));
  const hits = predicted.filter((k) => truth.has(k)).length;
  return {
    precision: predicted.length === 0 ? (truth.size === 0 ? 1 : 0) : hits / predicted.length,
    recall: truth.size === 0 ? 1 : hits / truth.size,
    predicted: predicted.length,
    truth: truth.size,
  };
}
