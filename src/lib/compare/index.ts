// The comparison engine: which articles are copies of one story, and how each copy differs, for a whole corpus.
import type { Article } from '../schema/article.ts';
import type { Alignment, CorpusComparison, PairSummary } from './types.ts';
import { buildVocabulary, documentTerms, vocabularyFromTerms, type DocumentTerms, type TermBackground, type Vocabulary } from './vocabulary.ts';
import { candidatePairs } from './candidates.ts';
import { alignArticles, finishAlignment, flatSentences, scoreArticles, type FinishableArticle } from './pair.ts';
import { orientPair } from './orient.ts';
import { variantGroups } from './groups.ts';
import { groupGaps } from './group-gaps.ts';
import { MAX_ALIGN_CELLS } from './thresholds.ts';
import type { EntityTable } from '../text/entities.ts';

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

/** A corpus ready for its pairs to be aligned: term weights and the candidate pairs, oriented (left earlier). */
export interface PreparedComparison {
  vocabulary: Vocabulary;
  /** Candidate pairs as document indices, oriented: `left` is the earlier article (orientPair). */
  candidates: { left: number; right: number }[];
}

/**
 * Term weights and candidate pairs for a corpus in corpus order (sortArticles). `terms`, when given, are each
 * article's sentence terms (documentTerms, keyed with the same `entities`), so a build cache can skip tokenising
 * unchanged articles. `entities` are the corpus's entity rules (its term table), so names with several spellings
 * compare as one.
 */
export function prepareComparison(articles: readonly Article[], terms?: readonly DocumentTerms[], entities?: EntityTable): PreparedComparison {
  const vocabulary = vocabularyFromTerms(terms ?? articles.map((a) => documentTerms(flatSentences(a), entities)), undefined, entities);
  const index = new Map(articles.map((a, i) => [a.id, i]));
  const candidates = candidatePairs(vocabulary).map(([a, b]) => {
    const [left, right] = orientPair(articles[a] as Article, articles[b] as Article);
    return { left: index.get(left.id) as number, right: index.get(right.id) as number };
  });
  return { vocabulary, candidates };
}

/** One candidate pair compared: its scores, and its alignment when it is a variant. */
export interface PairResult {
  summary: PairSummary;
  alignment: Alignment | null;
}

/**
 * Compares one candidate pair (document indices, oriented): aligns the sentences, scores them, and only for a
 * variant computes the word diffs and typed changes (the costly part, which non-variants never show).
 */
export function comparePair(articles: readonly FinishableArticle[], vocabulary: Vocabulary, li: number, ri: number): PairResult {
  const left = articles[li] as FinishableArticle;
  const right = articles[ri] as FinishableArticle;
  const base = { left: left.id, right: right.id };
  if ((vocabulary.sentences[li]?.length ?? 0) * (vocabulary.sentences[ri]?.length ?? 0) > MAX_ALIGN_CELLS) {
    return { summary: { ...base, similarity: 0, variant: false, left_kept: 0, right_from_left: 0, shared_sentences: 0 }, alignment: null };
  }
  const score = scoreArticles(left, right, vocabulary, li, ri);
  return {
    summary: { ...base, similarity: score.similarity, variant: score.variant, left_kept: score.stats.left_kept, right_from_left: score.stats.right_from_left, shared_sentences: score.shared, ...(score.nearMiss ? { near_miss: true as const } : {}) },
    alignment: score.variant ? finishAlignment(left, right, score, vocabulary) : null,
  };
}

/** The corpus comparison from every candidate pair's result (any order): pairs sorted, variant alignments, groups. */
export function assembleComparison(articles: readonly Pick<Article, 'id' | 'published'>[], results: readonly PairResult[]): CorpusComparison {
  const pairs = results.map((r) => r.summary);
  pairs.sort((x, y) => x.left.localeCompare(y.left) || x.right.localeCompare(y.right));
  const alignments = new Map<string, Alignment>();
  for (const r of results) if (r.alignment) alignments.set(alignmentKey(r.summary.left, r.summary.right), r.alignment);
  return { pairs, alignments, groups: variantGroups(articles, pairs) };
}

/**
 * Compares a corpus: proposes candidate pairs from shared rare terms, aligns each candidate sentence by sentence,
 * keeps those whose alignment covers enough text as variants, groups variants into stories, and compares the pairs
 * inside small groups that no candidate covered (group-gaps.ts), until none is left. `articles` must be
 * in corpus order (sortArticles). `entities` are the corpus's entity rules (its term table), so names with several
 * spellings compare as one. This is the one-thread path; the build runs the same steps on worker threads with a
 * cache (src/lib/build/), with the same result.
 */
export function compareCorpus(
  articles: readonly Article[],
  onProgress?: (aligned: number, candidates: number) => void,
  entities?: EntityTable,
): CorpusComparison & { timings: ComparisonTimings } {
  const started = performance.now();
  const { vocabulary, candidates } = prepareComparison(articles, undefined, entities);
  const candidatesDone = performance.now();
  const results = candidates.map(({ left, right }, k) => {
    if (onProgress && (k % 1000 === 0 || k === candidates.length - 1)) onProgress(k + 1, candidates.length);
    return comparePair(articles, vocabulary, left, right);
  });
  let comparison = assembleComparison(articles, results);
  for (let gaps = groupGaps(articles, comparison.groups, comparison.pairs); gaps.length > 0; gaps = groupGaps(articles, comparison.groups, comparison.pairs)) {
    results.push(...gaps.map(({ left, right }) => comparePair(articles, vocabulary, left, right)));
    comparison = assembleComparison(articles, results);
  }
  const verifyDone = performance.now();
  return {
    ...comparison,
    // Verification aligns every candidate, so alignment time is the verification time; both are reported.
    timings: { candidates_ms: candidatesDone - started, verify_ms: verifyDone - candidatesDone, align_ms: verifyDone - candidatesDone },
  };
}

/** What alignPair needs of an article: its id and its sentences (an API entry or a parsed text will do). */
export type AlignableArticle = FinishableArticle;

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
  entities?: EntityTable,
): Alignment & { similarity: number; variant: boolean } {
  const others = context.filter((a) => a.id !== left.id && a.id !== right.id);
  const vocabulary = buildVocabulary([left, right, ...others].map(flatSentences), background, entities);
  return alignArticles(left, right, vocabulary, 0, 1);
}
