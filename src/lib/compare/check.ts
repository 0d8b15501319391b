// A check of any text against the corpus ("where did this text come from?"), the same in the browser and on the
// command line: its signature keys find candidates in the check index, the candidates' entries are fetched, and
// each is aligned with the text; those that share text are the matches, best first. Where the index and entries
// come from (HTTP, or a built dist/ folder) is the caller's: this module only asks a CheckSource.
import type { Article } from '../schema/article.ts';
import type { Alignment } from './types.ts';
import type { CheckIndex, CheckManifest, CheckShard } from './check-index.ts';
import { shardPostings } from './check-index.ts';
import { canAlign, finishAlignment, flatSentences, scoreArticles, type PairScore } from './pair.ts';
import { weightedDice } from './similarity.ts';
import { isHeadline } from './headline.ts';
import { shardOf, signatureHashes } from './signatures.ts';
import { documentTerms, vocabularyFromTerms, type TermBackground, type Vocabulary } from './vocabulary.ts';
import { buildEntityTable, type EntityTable } from '../text/entities.ts';
import { CANDIDATES_PER_ARTICLE, CHECK_MIN_SHARED_KEYS, CHECK_SHARED_ROW, CHECK_SHARED_WORDING, SIGNATURE_MAX_KEYS } from './thresholds.ts';

/**
 * What a check needs of a corpus article: the fields of its public entry (`/api/articles/<id>.json`). `wire` is
 * optional because a build older than that field (`wirediff check --dist`) lacks it.
 */
export type CheckArticle = Pick<Article, 'id' | 'title' | 'outlet' | 'published' | 'published_from' | 'sentences' | 'boilerplate' | 'headings'> &
  Partial<Pick<Article, 'wire' | 'title_from'>>;

/** Where a check reads the index and the articles from. */
export interface CheckSource {
  manifest(): Promise<CheckManifest>;
  shard(index: number): Promise<CheckShard>;
  /** Article ids of one chunk of the number-to-id table. */
  ids(chunk: number): Promise<string[]>;
  article(id: string): Promise<CheckArticle>;
}

/** A check source over an index and its articles held in memory (tests, benchmarks); an empty shard past the last. */
export function memoryCheckSource(index: CheckIndex, articles: readonly CheckArticle[]): CheckSource {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return {
    manifest: async () => index.manifest,
    shard: async (n) => index.shards[n] ?? { keys: [], docs: [] },
    ids: async (chunk) => index.idChunks[chunk] ?? [],
    article: async (id) => {
      const found = byId.get(id);
      if (!found) throw new Error(`check index: no article ${id}`);
      return found;
    },
  };
}

/** A corpus article worth aligning with the checked text, and how many signature keys they share. */
export interface Candidate {
  id: string;
  shared: number;
}

/** One corpus article that shares text with the checked text. */
export interface CheckMatch {
  article: CheckArticle;
  /** The full alignment, the article on the left (A) and the checked text on the right (B); made on first call. */
  alignment: () => Alignment;
  similarity: number;
  /** True when the two are versions of one text, as the build decides for corpus pairs. */
  variant: boolean;
  /** Share of the checked text's sentences found in the article (0–1). */
  checkedFound: number;
  /** Share of the article's sentences found in the checked text (0–1). */
  articleFound: number;
  /** The checked text's sentences (indices) with a counterpart in the article, and how close each link is (0–1). */
  checkedLinks: { index: number; score: number }[];
  /** How many sentences the checked text has. */
  checkedSentences: number;
  sharedKeys: number;
  /** True when the checked text is this article's headline (headline.ts), which no sentence of its body holds. */
  headline?: boolean;
  /**
   * The rows of the alignment (indices) that are shared text: linked at CHECK_SHARED_ROW or closer, or worded alike
   * (CHECK_SHARED_WORDING) whatever their names and numbers. Absent: those linked at CHECK_SHARED_ROW or closer.
   */
  sharedRows?: number[];
}

/** What a check found: how many keys it looked up, how many candidates it aligned, and the matches. */
export interface CheckResult {
  keys: number;
  candidates: number;
  matches: CheckMatch[];
}

const tables = new WeakMap<CheckManifest, EntityTable>();
/** The corpus's entity rules from a check manifest (built once per manifest); none when the corpus has no terms. */
export function manifestEntities(manifest: CheckManifest): EntityTable | undefined {
  if (!manifest.entities?.length) return undefined;
  let table = tables.get(manifest);
  if (!table) tables.set(manifest, (table = buildEntityTable(manifest.entities)));
  return table;
}

/** The manifest's common-term counts as a vocabulary background. */
export function termBackground(manifest: CheckManifest): TermBackground {
  return { documents: manifest.articles, df: new Map(Object.entries(manifest.common_terms)) };
}

/**
 * The candidates for a text: corpus articles sharing at least CHECK_MIN_SHARED_KEYS signature keys with it, most
 * first (at most CANDIDATES_PER_ARTICLE, as the build keeps per article). Fetches only the shards of its keys.
 */
export async function findCandidates(sentences: readonly string[], source: CheckSource): Promise<{ keys: number; candidates: Candidate[] }> {
  const manifest = await source.manifest();
  const hashes = signatureHashes(sentences, { sample: manifest.sample, max: SIGNATURE_MAX_KEYS, entities: manifestEntities(manifest) });
  const byShard = new Map<number, number[]>();
  for (const h of hashes) {
    const s = shardOf(h, manifest.shards);
    byShard.set(s, [...(byShard.get(s) ?? []), h]);
  }
  const shared = new Map<number, number>();
  await Promise.all(
    [...byShard].map(async ([s, keys]) => {
      const postings = shardPostings(await source.shard(s));
      for (const h of keys) for (const doc of postings.get(h) ?? []) shared.set(doc, (shared.get(doc) ?? 0) + 1);
    }),
  );
  const best = [...shared].filter(([, count]) => count >= CHECK_MIN_SHARED_KEYS).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATES_PER_ARTICLE);
  const ids = await articleIds(source, best.map(([doc]) => doc));
  return { keys: hashes.length, candidates: best.map(([, count], i) => ({ id: ids[i] as string, shared: count })) };
}

/**
 * The ids of articles by their numbers in the index (the search index numbers them alike, see site.ts), fetching
 * each chunk of the id table once.
 */
export async function articleIds(source: Pick<CheckSource, 'manifest' | 'ids'>, numbers: readonly number[]): Promise<string[]> {
  const { ids_per_chunk: size } = await source.manifest();
  const chunks = new Map<number, Promise<string[]>>();
  return Promise.all(
    numbers.map(async (n) => {
      const chunk = Math.floor(n / size);
      if (!chunks.has(chunk)) chunks.set(chunk, source.ids(chunk));
      const id = (await (chunks.get(chunk) as Promise<string[]>))[n % size];
      if (id === undefined) throw new Error(`check index: article number ${n} is not in its id table`);
      return id;
    }),
  );
}

/**
 * The rows of a scored alignment that are shared text: linked at CHECK_SHARED_ROW or closer, or holding a pair of
 * sentences worded alike (CHECK_SHARED_WORDING) whose names or numbers differ, so scaled below it.
 */
export function sharedRows(rows: PairScore['rows'], vocabulary: Vocabulary, left: number, right: number): number[] {
  const sentences = (doc: number, index: number) => vocabulary.sentences[doc]?.[index];
  const worded = (row: PairScore['rows'][number]) =>
    row.left_index.some((l) =>
      row.right_index.some((r) => {
        const a = sentences(left, l);
        const b = sentences(right, r);
        return a !== undefined && b !== undefined && weightedDice(a, b, vocabulary.weight) >= CHECK_SHARED_WORDING;
      }),
    );
  return rows.flatMap((row, i) => (row.left.length > 0 && row.right.length > 0 && (row.score >= CHECK_SHARED_ROW || worded(row)) ? [i] : []));
}

/** True when an alignment shows shared text: a variant, or a row of shared text (`sharedRows`). */
export function sharesText(score: { variant: boolean }, shared: readonly number[]): boolean {
  return score.variant || shared.length > 0;
}

/**
 * Checks a text against the corpus: finds candidates, fetches their entries, scores each one's alignment with the
 * text (words weighed with the corpus's common-term counts) and returns those that share text, best first (by
 * `closeCoverage`). Word diffs and typed changes are made only for a match whose alignment is asked for.
 */
export async function checkText(checked: Pick<Article, 'id' | 'sentences'> & Partial<Pick<Article, 'title'>>, source: CheckSource): Promise<CheckResult> {
  const { keys, candidates } = await findCandidates(flatSentences(checked), source);
  return { keys, candidates: candidates.length, matches: await alignCandidates(checked, candidates, source) };
}

/**
 * Fetches the candidates' entries and aligns each with the checked text: those that share text, best first (by how
 * much of the text each holds, and how closely: `closeCoverage`; then the earliest). The candidates may come from the check index (checkText) or from elsewhere (a search for a short text's words).
 */
export async function alignCandidates(checked: Pick<Article, 'id' | 'sentences'> & Partial<Pick<Article, 'title'>>, candidates: readonly Candidate[], source: CheckSource): Promise<CheckMatch[]> {
  const manifest = await source.manifest();
  const articles = await Promise.all(candidates.map((c) => source.article(c.id)));
  const background = termBackground(manifest);
  const entities = manifestEntities(manifest);
  const checkedTerms = documentTerms(flatSentences(checked), entities);
  const matches: CheckMatch[] = [];
  articles.forEach((article, i) => {
    // Beyond the build's grid limit a pair is scored as unrelated, as in the build: bounded time for any paste.
    if (!canAlign(article, checked)) return;
    // Each pair is weighed as /compare/ weighs it (the two texts and the corpus's counts), so the similarity a match
    // shows is the one the comparison of the same two texts shows, whatever else was a candidate.
    const vocabulary = vocabularyFromTerms([documentTerms(flatSentences(article), entities), checkedTerms], background, entities);
    const score = scoreArticles(article, checked, vocabulary, 0, 1);
    const shared = sharedRows(score.rows, vocabulary, 0, 1);
    const shares = sharesText(score, shared);
    const headline = !shares && isHeadline([checked.title ?? '', flatSentences(checked).join(' ')], article.title);
    if (!shares && !headline) return;
    let full: Alignment | undefined;
    matches.push({
      ...(headline ? { headline } : {}),
      article,
      alignment: () => {
        full ??= finishAlignment(article, checked, score, vocabulary);
        return full;
      },
      similarity: score.similarity,
      variant: score.variant,
      checkedFound: score.stats.right_from_left,
      articleFound: score.stats.left_kept,
      checkedLinks: score.rows.filter((r) => r.left.length > 0 && r.right.length > 0).flatMap((r) => r.right_index.map((index) => ({ index, score: r.score }))),
      checkedSentences: score.stats.right_sentences,
      sharedKeys: candidates[i]?.shared ?? 0,
      sharedRows: shared,
    });
  });
  // Among equal matches the earliest copy comes first (undated ones last): where a text came from is the question.
  const day = (m: CheckMatch) => m.article.published ?? '9999';
  matches.sort((a, b) => closeCoverage(b) - closeCoverage(a) || b.similarity - a.similarity || day(a).localeCompare(day(b)) || a.article.id.localeCompare(b.article.id));
  return matches;
}

/**
 * How much of the checked text an article holds, and how closely: the mean, over the checked sentences, of each one's
 * closest link into the article (0 for a sentence it lacks). Matches are ranked by it, not by the pair's similarity,
 * which also weighs what the article has beyond the text: a long article holding a pasted sentence word for word
 * scored below a short one sharing only its list of names.
 */
export function closeCoverage(match: Pick<CheckMatch, 'checkedLinks' | 'checkedSentences'>): number {
  if (match.checkedSentences === 0) return 0;
  const closest = new Map<number, number>();
  for (const { index, score } of match.checkedLinks) closest.set(index, Math.max(score, closest.get(index) ?? 0));
  let sum = 0;
  for (const score of closest.values()) sum += score;
  return sum / match.checkedSentences;
}
