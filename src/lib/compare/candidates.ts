// Candidate pairs: which articles are worth aligning, from shared distinctive terms, without comparing every pair.
import { CANDIDATES_PER_ARTICLE, MIN_SHARED_TERMS, SHARED_TEXT_MIN_SENTENCES, SIGNATURE_TERMS } from './thresholds.ts';
import type { Vocabulary } from './vocabulary.ts';
import { corpusScale, frequencyStep } from './weights.ts';

/**
 * Postings longer than this are skipped: a term in that many articles says nothing about which are copies. About 5%
 * of the corpus, its size rounded down to a step of 2^(1/4) (weights.ts), so one more article rarely moves the cap
 * and, with it, many articles' candidates.
 */
export function postingCap(documents: number): number {
  return Math.max(30, Math.ceil(frequencyStep(documents, 4) * 0.05));
}

/**
 * Proposes pairs of documents worth aligning, without comparing every pair: each document's signature is its
 * most distinctive features (tf-idf of terms and term pairs); documents sharing several signature features are
 * candidates, and each keeps only its best few. Returns pairs [a, b] with a < b.
 */
export function candidatePairs(vocabulary: Vocabulary): [number, number][] {
  const n = vocabulary.sentences.length;
  // Features are single terms (names, numbers, rare words: what back-translations keep) and adjacent term pairs
  // (what makes a story's wording its own when every single word is common in a large corpus). Bigram keys are
  // negated so the two kinds never collide.
  const features = vocabulary.sentences.map((sentences, doc) => {
    const tf = new Map<number, number>();
    for (const s of sentences) for (const id of s.ids) tf.set(id, (tf.get(id) ?? 0) + 1);
    for (const [key, count] of vocabulary.documentBigrams[doc] ?? []) tf.set(-1 - key, count);
    return tf;
  });
  const df = new Map<number, number>();
  for (const tf of features) for (const key of tf.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const scale = corpusScale(n);
  const idf = (key: number) => Math.log((scale + 1) / ((df.get(key) ?? 0) + 0.5)) + 1;
  const signatures = features.map((tf) =>
    [...tf]
      // A feature no other document holds can pair this one with nothing: it must not take a signature's place (a
      // copy padded with a block of its own, repeated, lost every place to that block's words).
      .filter(([key]) => (df.get(key) ?? 0) > 1)
      .map(([key, count]) => [key, (1 + Math.log(count)) * idf(key)] as const)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, SIGNATURE_TERMS)
      .map(([key]) => key),
  );
  const pairs = pairsSharingFeatures(signatures, postingCap(n));
  const seen = new Set(pairs.map(([a, b]) => `${a} ${b}`));
  for (const pair of pairsSharingSentences(vocabulary, postingCap(n))) if (!seen.has(`${pair[0]} ${pair[1]}`)) pairs.push(pair);
  return pairs;
}

/** Fewest content terms of a sentence that two texts holding it share as text, not as a stock phrase ("he said"). */
const MIN_SHARED_SENTENCE_TERMS = 3;

/**
 * Pairs of documents holding at least SHARED_TEXT_MIN_SENTENCES of the same sentences (the same content terms, at
 * least MIN_SHARED_SENTENCE_TERMS), a sentence held by more than `cap` documents skipped: an opinion piece quoting a
 * report, whose signature its own words fill, is compared with it whatever its rare terms. Returns pairs [a, b]
 * with a < b, each once.
 */
export function pairsSharingSentences(vocabulary: Vocabulary, cap: number): [number, number][] {
  const postings = new Map<string, number[]>();
  vocabulary.sentences.forEach((sentences, doc) => {
    for (const key of new Set(sentences.filter((s) => s.ids.length >= MIN_SHARED_SENTENCE_TERMS).map((s) => s.ids.join(',')))) {
      const list = postings.get(key);
      if (list) list.push(doc);
      else postings.set(key, [doc]);
    }
  });
  const counts = new Map<string, number>();
  for (const docs of postings.values()) {
    if (docs.length < 2 || docs.length > cap) continue;
    for (let i = 0; i < docs.length; i++) {
      for (let j = i + 1; j < docs.length; j++) {
        const key = `${docs[i]} ${docs[j]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return [...counts].filter(([, c]) => c >= SHARED_TEXT_MIN_SENTENCES).map(([key]) => key.split(' ').map(Number) as [number, number]);
}

/**
 * Pairs of documents sharing at least MIN_SHARED_TERMS signature features, each document keeping its best
 * CANDIDATES_PER_ARTICLE (most shared first, then lowest index); features held by more than `cap` documents are
 * skipped. Returns pairs [a, b] with a < b, each once, in the order the documents find them.
 */
export function pairsSharingFeatures(signatures: readonly (readonly number[])[], cap: number): [number, number][] {
  const n = signatures.length;
  const postings = new Map<number, number[]>();
  signatures.forEach((terms, doc) => {
    for (const key of terms) {
      const list = postings.get(key);
      if (list) list.push(doc);
      else postings.set(key, [doc]);
    }
  });
  const pairs = new Set<string>();
  const out: [number, number][] = [];
  // Shared features are counted in one array indexed by document, reset through the list of documents touched: the
  // counting visits ~3·10⁸ postings at 10,000 articles, and a Map per document made it the stage's main cost.
  const shared = new Int32Array(n);
  const touched: number[] = [];
  signatures.forEach((terms, doc) => {
    for (const key of terms) {
      const docs = postings.get(key);
      if (!docs || docs.length > cap) continue;
      for (const other of docs) {
        if (other === doc) continue;
        if (shared[other] === 0) touched.push(other);
        shared[other] = (shared[other] as number) + 1;
      }
    }
    const counted: [number, number][] = [];
    for (const other of touched) {
      const count = shared[other] as number;
      if (count >= MIN_SHARED_TERMS) counted.push([other, count]);
      shared[other] = 0;
    }
    touched.length = 0;
    const best = counted.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATES_PER_ARTICLE);
    for (const [other] of best) {
      const pair: [number, number] = doc < other ? [doc, other] : [other, doc];
      const key = `${pair[0]} ${pair[1]}`;
      if (!pairs.has(key)) {
        pairs.add(key);
        out.push(pair);
      }
    }
  });
  return out;
}
