// Term ids and weights over a set of documents, and sentences as weighted term sets (features).
import { termWeight } from './weights.ts';
import { sentenceTerms, type Term } from './normalise.ts';
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

/** A document's terms: per sentence (paragraphs flattened), the terms `sentenceTerms` finds, in order. */
export type DocumentTerms = readonly (readonly Term[])[];

/** The terms of each sentence of a document: the tokenising half of `buildVocabulary`, cacheable per document. */
export function documentTerms(sentences: readonly string[], entities?: EntityTable): Term[][] {
  return sentences.map((s) => sentenceTerms(s, entities));
}

/**
 * Document frequencies of a larger corpus that a few documents are weighed against: a check aligns a text with the
 * handful of articles it fetched, but their words should weigh what they weigh in the whole corpus.
 */
export interface TermBackground {
  /** Articles in that corpus. */
  documents: number;
  /** Document frequency there of its common terms; a term not listed is rare there, and its count here stands. */
  df: ReadonlyMap<string, number>;
}

/**
 * Builds term weights over the documents: inverse document frequency, boosted for numbers and names, on the coarse
 * scale of weights.ts (one more document leaves almost every weight as it was). A term in every article weighs
 * little, so sentences on the same topic only link when they share rarer terms. With a background, frequencies are
 * the larger of the documents' own and the background's, over the background's size.
 */
export function buildVocabulary(documents: readonly (readonly string[])[], background?: TermBackground, entities?: EntityTable): Vocabulary {
  return vocabularyFromTerms(documents.map((d) => documentTerms(d, entities)), background, entities);
}

/**
 * `buildVocabulary` from documents already split into terms. Term ids follow the keys' sorted order, not the order
 * of first appearance, so any two terms compare (and sum) in the same order whatever the rest of the corpus holds:
 * a pair's alignment then depends only on its own texts and the weights of its own terms, which the build cache
 * relies on. `entities` are the rules the terms were keyed with, kept for keying other texts the same way.
 */
export function vocabularyFromTerms(documents: readonly DocumentTerms[], background?: TermBackground, entities?: EntityTable): Vocabulary {
  const keys = new Set<string>();
  for (const doc of documents) for (const terms of doc) for (const t of terms) keys.add(t.key);
  const ids = new Map([...keys].sort().map((key, id) => [key, id] as const));
  const identifier = new Uint8Array(ids.size);
  const perSentence = documents.map((doc) =>
    doc.map((terms) =>
      terms.map((t) => {
        const id = ids.get(t.key) as number;
        if (t.identifier) identifier[id] = 1;
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
  const n = Math.max(documents.length, background?.documents ?? 0);
  if (background) for (const [key, id] of ids) df[id] = Math.max(df[id] ?? 0, background.df.get(key) ?? 0);
  const weight = new Float64Array(ids.size);
  for (let id = 0; id < ids.size; id++) weight[id] = termWeight(n, df[id] ?? 0, identifier[id] === 1);
  const sentences = perSentence.map((doc) => doc.map((terms) => features(terms, weight, identifier)));
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
  return { ids, weight, identifier, documentFrequency: df, sentences, documentTerms, documentBigrams, ...(entities ? { entities } : {}) };
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
