// Term ids and weights over a set of documents, and sentences as weighted term sets (features).
import { IDENTIFIER_BOOST } from './thresholds.ts';
import { sentenceTerms } from './normalise.ts';
import type { EntityTable } from '../text/entities.ts';

/** A sentence as a set of term ids (sorted, unique) with the sum of their weights. */
export interface SentenceFeatures {
  ids: Int32Array;
  total: number;
  /** The ids that are numbers or names: what pins a sentence to one story. */
  identifiers: Int32Array;
}

/** Term ids, document frequencies and weights for a set of documents (articles, each a list of sentences). */
export interface Vocabulary {
  /** Term key → id. */
  ids: Map<string, number>;
  weight: Float64Array;
  /** 1 for ids that are numbers or names. */
  identifier: Uint8Array;
  documentFrequency: Int32Array;
  /** Per document, per sentence (document order, paragraphs flattened). */
  sentences: SentenceFeatures[][];
  /** Per document, its distinct term ids. */
  documentTerms: Int32Array[];
  /** Per document, its adjacent term pairs (word bigrams of content terms) as numeric keys, with counts. */
  documentBigrams: Map<number, number>[];
  /** The entity rules the sentences were keyed with (the corpus's term table; the general lexicon when absent). */
  entities?: EntityTable;
}

/** Numeric key of an ordered pair of term ids; ids stay far below 2^26, so keys are exact integers. */
const bigramKey = (a: number, b: number) => a * 67_108_864 + b;

/**
 * Builds term weights over the documents: inverse document frequency, boosted for numbers and names. A term in
 * every article weighs little, so sentences on the same topic only link when they share rarer terms.
 */
export function buildVocabulary(documents: readonly (readonly string[])[], entities?: EntityTable): Vocabulary {
  const ids = new Map<string, number>();
  const identifier: boolean[] = [];
  const perSentence = documents.map((sentences) =>
    sentences.map((s) =>
      sentenceTerms(s, entities).map((t) => {
        let id = ids.get(t.key);
        if (id === undefined) {
          id = ids.size;
          ids.set(t.key, id);
          identifier.push(false);
        }
        if (t.identifier) identifier[id] = true;
        return id;
      }),
    ),
  );
  const df = new Int32Array(ids.size);
  const documentTerms = perSentence.map((sentences) => {
    const unique = Int32Array.from(new Set(sentences.flat())).sort();
    for (const id of unique) df[id] = (df[id] ?? 0) + 1;
    return unique;
  });
  const n = documents.length;
  const weight = new Float64Array(ids.size);
  for (let id = 0; id < ids.size; id++) {
    weight[id] = (Math.log((n + 1) / ((df[id] ?? 0) + 0.5)) + 1) * (identifier[id] ? IDENTIFIER_BOOST : 1);
  }
  const isIdentifier = Uint8Array.from(identifier, (x) => (x ? 1 : 0));
  const sentences = perSentence.map((doc) => doc.map((terms) => features(terms, weight, isIdentifier)));
  const documentBigrams = perSentence.map((doc) => {
    const counts = new Map<number, number>();
    for (const terms of doc) {
      for (let k = 1; k < terms.length; k++) {
        const key = bigramKey(terms[k - 1] as number, terms[k] as number);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    return counts;
  });
  return { ids, weight, identifier: isIdentifier, documentFrequency: df, sentences, documentTerms, documentBigrams, entities };
}

/** Turns a list of term ids into sorted unique ids with their total weight. */
export function features(terms: readonly number[], weight: Float64Array, identifier?: Uint8Array): SentenceFeatures {
  const ids = Int32Array.from(new Set(terms)).sort();
  let total = 0;
  for (const id of ids) total += weight[id] ?? 0;
  return { ids, total, identifiers: identifier ? ids.filter((id) => identifier[id] === 1) : new Int32Array() };
}

/** Joins the features of several sentences (for one-to-many links). */
export function mergeFeatures(parts: readonly SentenceFeatures[], weight: Float64Array): SentenceFeatures {
  const merged = features(parts.flatMap((p) => Array.from(p.ids)), weight);
  merged.identifiers = Int32Array.from(new Set(parts.flatMap((p) => Array.from(p.identifiers)))).sort();
  return merged;
}

/** Ids of the known terms of any text (terms the vocabulary has never seen are left out). */
export function termIds(vocabulary: Vocabulary, text: string): number[] {
  return sentenceTerms(text, vocabulary.entities).flatMap((t) => {
    const id = vocabulary.ids.get(t.key);
    return id === undefined ? [] : [id];
  });
}
