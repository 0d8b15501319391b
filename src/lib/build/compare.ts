// The build's corpus comparison: the engine's own steps (prepareComparison, comparePair, assembleComparison), with
// each article's terms and each pair's result cached, and the pairs left to compare spread over worker threads.
// Identical to compareCorpus by construction; tests hold it (warm = cold, parallel = serial).
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Article } from '../schema/article.ts';
import type { Term } from '../compare/normalise.ts';
import { groupGaps } from '../compare/group-gaps.ts';
import { assembleComparison, prepareComparison, type ComparisonTimings, type CorpusComparison, type PairResult } from '../compare/index.ts';
import { flatSentences } from '../compare/pair.ts';
import { documentTerms, type Vocabulary } from '../compare/vocabulary.ts';
import { buildEntityTable, type EntityNames, type EntityTable } from '../text/entities.ts';
import { cacheDir, codeVersion, digest, ENGINE_CODE, Pack, writeWhole } from './cache.ts';
import { computePair, packCorpus, pairDocs, type PackableArticle, type PackedCorpus } from './pair-task.ts';

/** A cached pair: its result and what it was computed from (its two documents' weight digests). */
interface PairRecord extends PairResult {
  weights: string;
}

/** Stages of the comparison that report progress. */
export type CompareStage = 'terms' | 'candidates' | 'align';

/** Options of a build comparison. */
export interface BuildCompareOptions {
  /** Cache folder (default cacheDir()); null for no cache at all. */
  dir?: string | null;
  /** Worker threads for the pairs to align (default os.availableParallelism()); 1 or fewer aligns in this thread. */
  workers?: number;
  /** Fewer pairs to align than this are aligned in this thread (default MIN_PARALLEL); tests lower it. */
  minParallel?: number;
  onProgress?: (stage: CompareStage, done: number, total: number) => void;
  /** The engine's version (default: codeVersion(ENGINE_CODE), a hash of its source); tests pass their own. */
  engineVersion?: string;
  /**
   * The corpus's entity names (its term table's `entity_names`), which texts are keyed with; none: the general
   * lexicon only. They are part of every cached article's and pair's identity, so a build whose term table gains or
   * loses a name recomputes everything (a new article repeating known definitions changes nothing).
   */
  entities?: readonly EntityNames[];
  /** The entity table of those names when the caller has built it already (buildTermTable's `entities`). */
  entityTable?: EntityTable;
}

/** What the comparison reused and computed. */
export interface BuildCompareStats {
  terms_reused: number;
  terms_computed: number;
  pairs_reused: number;
  pairs_computed: number;
  workers: number;
  /** True when the whole comparison came from the last build's (same corpus, same engine). */
  whole: boolean;
}

type Result = CorpusComparison & { timings: ComparisonTimings };

/** Pairs sent to a worker per message: large enough to amortise messaging, small enough to balance. */
const BATCH = 64;
/**
 * Below this many pairs to align, starting workers costs more than it saves: each loads the engine and unpacks the
 * corpus (about 1 s of CPU at 1,000 articles, measured), while a pair aligns in about 2 ms.
 */
export const MIN_PARALLEL = 1000;

/**
 * Digest of what a document's alignments read outside its text: the weight and identifier flag of each of its
 * terms (in id order, which is the keys' sorted order). A pair's record is checked against its two documents'
 * digests, so it is recomputed exactly when a weight one of its terms has moved (weights.ts makes that rare).
 */
export function documentWeightsDigest(vocabulary: Vocabulary, doc: number): string {
  const ids = vocabulary.documentTerms[doc] ?? new Int32Array();
  const weights = new Float64Array(ids.length);
  const flags = new Uint8Array(ids.length);
  ids.forEach((id, k) => {
    weights[k] = vocabulary.weight[id] as number;
    flags[k] = vocabulary.identifier[id] as number;
  });
  return digest(new Uint8Array(weights.buffer), flags);
}

/** Aligns pairs on `workers` threads (or in this one), in the order given; reports progress per batch. */
export async function alignPairs(
  articles: readonly PackableArticle[],
  vocabulary: Vocabulary,
  pairs: readonly { left: number; right: number }[],
  workers: number,
  onProgress?: (done: number, total: number) => void,
  entities: readonly EntityNames[] | null = null,
): Promise<PairResult[]> {
  const out: PairResult[] = new Array(pairs.length);
  if (workers <= 1 || pairs.length === 0) {
    const docs = pairDocs(articles);
    pairs.forEach(({ left, right }, k) => {
      out[k] = computePair(docs, vocabulary, left, right);
      if ((k + 1) % BATCH === 0 || k === pairs.length - 1) onProgress?.(k + 1, pairs.length);
    });
    return out;
  }
  const packed: PackedCorpus = packCorpus(articles, vocabulary, entities);
  const pool = Array.from({ length: workers }, () => new Worker(new URL('./align-worker.ts', import.meta.url), { workerData: packed }));
  let next = 0;
  let done = 0;
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let start = 0;
            const send = () => {
              if (next >= pairs.length) {
                resolve();
                return;
              }
              start = next;
              const batch = pairs.slice(next, next + BATCH);
              next += batch.length;
              worker.postMessage(Int32Array.from(batch.flatMap((p) => [p.left, p.right])));
            };
            worker.on('message', (results: PairResult[]) => {
              results.forEach((r, k) => {
                out[start + k] = r;
              });
              done += results.length;
              onProgress?.(done, pairs.length);
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`alignment worker stopped with exit code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return out;
}

/** The corpus's index of pair records, so a build of an unchanged corpus skips term weights and candidates. */
interface CorpusIndex {
  key: string;
  pairs: string[];
}

/** The last build's corpus index, or null when there is none or it cannot be read (then nothing is skipped). */
function readCorpusIndex(file: string): CorpusIndex | null {
  try {
    const index = JSON.parse(readFileSync(file, 'utf8')) as Partial<CorpusIndex>;
    return typeof index.key === 'string' && Array.isArray(index.pairs) ? (index as CorpusIndex) : null;
  } catch {
    return null;
  }
}

/**
 * Compares a corpus (in corpus order) as compareCorpus does, reusing cached terms and pair results and aligning
 * the rest on worker threads. A cached pair is reused only when its two texts, the engine's code and the weights
 * of every term it reads are the same as when it was computed, so the result is identical to a cold build.
 */
export async function compareCorpusBuild(articles: readonly Article[], options: BuildCompareOptions = {}): Promise<{ comparison: Result; stats: BuildCompareStats }> {
  const started = performance.now();
  const dir = options.dir === undefined ? cacheDir() : options.dir;
  const workers = Math.max(1, options.workers ?? availableParallelism());
  const engine = options.engineVersion ?? codeVersion(ENGINE_CODE);
  const entityNames = options.entities ?? null;
  const entities = entityNames ? (options.entityTable ?? buildEntityTable(entityNames)) : undefined;
  const rules = digest('entities', JSON.stringify(entityNames));
  // Crossheads are part of a document: they are never reported as dropped or added sentences.
  const docKeys = articles.map((a) => digest('doc', engine, rules, a.id, JSON.stringify(a.sentences), JSON.stringify(a.headings)));
  const pairPack = dir === null ? null : new Pack<PairRecord>(join(dir, 'pairs.ndjson'));
  const indexFile = dir === null ? null : join(dir, 'corpus-index.json');
  // Dates decide which side of a pair is left, so they are part of the corpus's identity.
  const corpusKey = digest('corpus', engine, ...docKeys, ...articles.map((a) => a.published ?? ''));
  const stats: BuildCompareStats = { terms_reused: 0, terms_computed: 0, pairs_reused: 0, pairs_computed: 0, workers: 1, whole: false };

  // Same corpus and engine as the last build: every pair's record is still exact, nothing to recompute.
  const index = indexFile === null ? null : readCorpusIndex(indexFile);
  if (pairPack && index) {
    const records = index.key === corpusKey ? index.pairs.map((k) => pairPack.get(k)) : [];
    if (index.key === corpusKey && records.every((r) => r !== undefined)) {
      stats.pairs_reused = records.length;
      stats.whole = true;
      pairPack.save();
      const comparison = assembleComparison(articles, records as PairRecord[]);
      return { comparison: { ...comparison, timings: { candidates_ms: 0, verify_ms: performance.now() - started, align_ms: performance.now() - started } }, stats };
    }
  }

  const termPack = dir === null ? null : new Pack<Term[][]>(join(dir, 'terms.ndjson'));
  const terms = articles.map((a, i) => {
    const key = digest('terms', docKeys[i] as string);
    const known = termPack?.get(key);
    if (known) return known;
    const computed = documentTerms(flatSentences(a), entities);
    termPack?.set(key, computed);
    if ((i + 1) % 500 === 0 || i === articles.length - 1) options.onProgress?.('terms', i + 1, articles.length);
    return computed;
  });
  stats.terms_reused = termPack?.hits ?? 0;
  stats.terms_computed = articles.length - stats.terms_reused;
  options.onProgress?.('candidates', 0, 1);
  const { vocabulary, candidates } = prepareComparison(articles, terms, entities);
  options.onProgress?.('candidates', 1, 1);
  const candidatesDone = performance.now();

  const docWeights = articles.map((_, d) => documentWeightsDigest(vocabulary, d));
  const pairKeys: string[] = [];
  const results: PairResult[] = [];
  /** Compares pairs (oriented document indices), each from the cache when its record is still exact, else aligned. */
  const compare = async (pairs: readonly { left: number; right: number }[]) => {
    const keys = pairs.map(({ left, right }) => digest('pair', docKeys[left] as string, docKeys[right] as string));
    const weights = pairs.map(({ left, right }) => digest('weights', docWeights[left] as string, docWeights[right] as string));
    const found: (PairResult | undefined)[] = pairs.map((_, k) => {
      const record = pairPack?.get(keys[k] as string);
      return record && record.weights === weights[k] ? record : undefined;
    });
    const todo = pairs.map((c, k) => ({ ...c, k })).filter(({ k }) => found[k] === undefined);
    stats.pairs_reused += pairs.length - todo.length;
    stats.pairs_computed += todo.length;
    const threads = todo.length < (options.minParallel ?? MIN_PARALLEL) ? 1 : workers;
    stats.workers = Math.max(stats.workers, threads);
    const computed = await alignPairs(articles, vocabulary, todo, threads, (done, total) => options.onProgress?.('align', done, total), entityNames);
    todo.forEach(({ k }, j) => {
      const outcome = computed[j] as PairResult;
      found[k] = outcome;
      pairPack?.set(keys[k] as string, { ...outcome, weights: weights[k] as string });
    });
    pairKeys.push(...keys);
    results.push(...(found as PairResult[]));
  };
  await compare(candidates);
  // The pairs inside small groups that no candidate covered, as compareCorpus compares them.
  let comparison = assembleComparison(articles, results);
  for (let gaps = groupGaps(articles, comparison.groups, comparison.pairs); gaps.length > 0; gaps = groupGaps(articles, comparison.groups, comparison.pairs)) {
    await compare(gaps);
    comparison = assembleComparison(articles, results);
  }
  const verifyDone = performance.now();
  if (pairPack && termPack && indexFile && dir !== null) {
    pairPack.save();
    termPack.save();
    writeWhole(indexFile, JSON.stringify({ key: corpusKey, pairs: pairKeys } satisfies CorpusIndex));
  }
  return {
    comparison: { ...comparison, timings: { candidates_ms: candidatesDone - started, verify_ms: verifyDone - candidatesDone, align_ms: verifyDone - candidatesDone } },
    stats,
  };
}
