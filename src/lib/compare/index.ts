// The comparison engine: which articles are copies of one story, and how each copy differs, for a whole corpus.
import type { Article } from '../schema/article.ts';
import type { Alignment, CorpusComparison, PairSummary } from './types.ts';
import { buildVocabulary } from './vocabulary.ts';
import { candidatePairs } from './candidates.ts';
import { alignArticles, flatSentences } from './pair.ts';
import { orientPair } from './orient.ts';
import { variantGroups } from './groups.ts';
import { MAX_ALIGN_CELLS } from './thresholds.ts';
import type { EntityTable } from '../text/entities.ts';

export type * from './types.ts';

/** The key of an oriented pair in `CorpusComparison.alignments` (a map key, not a URL: routes builds those). */
export function alignmentKey(left: string, right: string): string {
  return `${left}\n${right}`;
}

/** Time spent in each stage of a corpus comparison, in milliseconds. */
export interface ComparisonTimings {
  candidates_ms: number;
  verify_ms: number;
  align_ms: number;
}

/**
 * Compares a corpus: proposes candidate pairs from shared rare terms, aligns each candidate sentence by sentence,
 * keeps those whose alignment covers enough text as variants, and groups variants into stories. `articles` must be
 * in corpus order (sortArticles); the site computes this once per build (src/lib/site.ts). `entities` are the
 * corpus's entity rules (its term table), so names with several spellings compare as one.
 */
export function compareCorpus(
  articles: readonly Article[],
  onProgress?: (aligned: number, candidates: number) => void,
  entities?: EntityTable,
): CorpusComparison & { timings: ComparisonTimings } {
  const started = performance.now();
  const vocabulary = buildVocabulary(articles.map(flatSentences), entities);
  const candidates = candidatePairs(vocabulary);
  const candidatesDone = performance.now();
  const index = new Map(articles.map((a, i) => [a.id, i]));
  const pairs: PairSummary[] = [];
  const alignments = new Map<string, Alignment>();
  for (const [k, [a, b]] of candidates.entries()) {
    if (onProgress && (k % 1000 === 0 || k === candidates.length - 1)) onProgress(k + 1, candidates.length);
    const [left, right] = orientPair(articles[a] as Article, articles[b] as Article);
    const li = index.get(left.id) as number;
    const ri = index.get(right.id) as number;
    if ((vocabulary.sentences[li]?.length ?? 0) * (vocabulary.sentences[ri]?.length ?? 0) > MAX_ALIGN_CELLS) {
      pairs.push({ left: left.id, right: right.id, similarity: 0, variant: false, left_kept: 0, right_from_left: 0 });
      continue;
    }
    const { similarity, variant, ...alignment } = alignArticles(left, right, vocabulary, li, ri);
    pairs.push({
      left: left.id,
      right: right.id,
      similarity,
      variant,
      left_kept: alignment.stats.left_kept,
      right_from_left: alignment.stats.right_from_left,
    });
    if (variant) alignments.set(alignmentKey(left.id, right.id), alignment);
  }
  const verifyDone = performance.now();
  pairs.sort((x, y) => x.left.localeCompare(y.left) || x.right.localeCompare(y.right));
  return {
    pairs,
    alignments,
    groups: variantGroups(articles, pairs),
    // Verification aligns every candidate, so alignment time is the verification time; both are reported.
    timings: { candidates_ms: candidatesDone - started, verify_ms: verifyDone - candidatesDone, align_ms: verifyDone - candidatesDone },
  };
}

/**
 * Aligns two articles on their own, with term weights taken from a surrounding corpus (the two articles are
 * added to it). For tests, benchmarks and tools that compare texts outside the built corpus.
 */
export function alignPair(left: Article, right: Article, context: readonly Article[] = [], entities?: EntityTable): Alignment & { similarity: number; variant: boolean } {
  const others = context.filter((a) => a.id !== left.id && a.id !== right.id);
  const vocabulary = buildVocabulary([left, right, ...others].map(flatSentences), entities);
  return alignArticles(left, right, vocabulary, 0, 1);
}
