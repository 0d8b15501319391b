// The comparison engine: which articles are copies of one story, and how each copy differs, for a whole corpus.
import type { Article } from '../schema/article.ts';
import type { Alignment, CorpusComparison, PairSummary } from './types.ts';
import { buildVocabulary, type TermBackground } from './vocabulary.ts';
import { candidatePairs } from './candidates.ts';
import { alignArticles, canAlign, flatSentences } from './pair.ts';
import { orientPair } from './orient.ts';
import { variantGroups } from './groups.ts';

export type * from './types.ts';
export { canAlign } from './pair.ts';

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
 * in corpus order (sortArticles); the site computes this once per build (src/lib/site.ts).
 */
export function compareCorpus(
  articles: readonly Article[],
  onProgress?: (aligned: number, candidates: number) => void,
): CorpusComparison & { timings: ComparisonTimings } {
  const started = performance.now();
  const vocabulary = buildVocabulary(articles.map(flatSentences));
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
    if (!canAlign(left, right)) {
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

/** What alignPair needs of an article: its id and its sentences (an API entry or a parsed text will do). */
export type AlignableArticle = Pick<Article, 'id' | 'sentences'>;

/**
 * Aligns two articles on their own, with term weights taken from a surrounding corpus (the two articles are
 * added to it, replacing entries with their ids) and, when given, a larger corpus's counts of common terms. For the
 * command line, the browser's /compare/ page, tests and benchmarks: texts outside the built corpus's pairs.
 */
export function alignPair(
  left: AlignableArticle,
  right: AlignableArticle,
  context: readonly AlignableArticle[] = [],
  background?: TermBackground,
): Alignment & { similarity: number; variant: boolean } {
  const others = context.filter((a) => a.id !== left.id && a.id !== right.id);
  const vocabulary = buildVocabulary([left, right, ...others].map(flatSentences), background);
  return alignArticles(left, right, vocabulary, 0, 1);
}
