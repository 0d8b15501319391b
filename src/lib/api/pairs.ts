// The public JSON shapes of pairs (/api/pairs.json and /api/pairs/<left>--<right>.json), links added from routes.
import type { Alignment, PairSummary } from '../compare/types.ts';
import { pairJsonUrl, pairUrl } from '../routes.ts';

/** One row of `/api/pairs.json`: the engine's scores, plus the comparison page and alignment JSON of a variant. */
export function toPairJson(p: PairSummary) {
  return {
    left: p.left,
    right: p.right,
    similarity: p.similarity,
    variant: p.variant,
    left_kept: p.left_kept,
    right_from_left: p.right_from_left,
    shared_sentences: p.shared_sentences,
    url: p.variant ? pairUrl(p.left, p.right) : null,
    json: p.variant ? pairJsonUrl(p.left, p.right) : null,
  };
}

/** The alignment of a variant pair as served at its `json` path: the engine's alignment, unchanged. */
export function toAlignmentJson(a: Alignment): Alignment {
  return a;
}
