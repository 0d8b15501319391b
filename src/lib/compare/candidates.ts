import { CANDIDATES_PER_ARTICLE, MIN_SHARED_TERMS, SIGNATURE_TERMS } from './thresholds.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Postings longer than this are skipped: a term in that many articles says nothing about which are copies. */
function postingCap(documents: number): number {
  return Math.max(30, Math.ceil(documents * 0.05));
}

/**
 * Proposes pairs of documents worth aligning, without comparing every pair: each document's signature is its
 * most distinctive terms (tf-idf over its sentences); documents sharing several signature terms are candidates,
 * and each keeps only its best few. Back-translations share few word n-grams but keep names, numbers and rare
 * content words, which is what signatures are made of. Returns pairs [a, b] with a < b.
 */
export function candidatePairs(vocabulary: Vocabulary): [number, number][] {
  const n = vocabulary.sentences.length;
  const signatures = vocabulary.sentences.map((sentences) => {
    const tf = new Map<number, number>();
    for (const s of sentences) for (const id of s.ids) tf.set(id, (tf.get(id) ?? 0) + 1);
    return [...tf]
      .map(([id, count]) => [id, (1 + Math.log(count)) * (vocabulary.weight[id] ?? 0)] as const)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, SIGNATURE_TERMS)
      .map(([id]) => id);
  });
  const postings = new Map<number, number[]>();
  signatures.forEach((terms, doc) => {
    for (const id of terms) postings.set(id, [...(postings.get(id) ?? []), doc]);
  });
  const cap = postingCap(n);
  const pairs = new Set<string>();
  const out: [number, number][] = [];
  signatures.forEach((terms, doc) => {
    const shared = new Map<number, number>();
    for (const id of terms) {
      const docs = postings.get(id) ?? [];
      if (docs.length > cap) continue;
      for (const other of docs) if (other !== doc) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    const best = [...shared].filter(([, count]) => count >= MIN_SHARED_TERMS).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATES_PER_ARTICLE);
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
