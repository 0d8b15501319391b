// One unit of the build's alignment work, the same in this thread and on a worker: a vocabulary packed into
// transferable arrays, unpacked on the other side, and candidate pairs compared against it.
import { comparePair, type PairResult } from '../compare/index.ts';
import { sentenceTerms } from '../compare/normalise.ts';
import { features, termIds, type Vocabulary } from '../compare/vocabulary.ts';

/** What a worker needs to compare any pair of the corpus: texts, ids and term weights, in flat typed arrays. */
export interface PackedCorpus {
  ids: string[];
  /** Per document, its sentences in reading order. */
  sentences: string[][];
  /** Term keys in id order. */
  keys: string[];
  weight: Float64Array;
  identifier: Uint8Array;
  /** Every sentence's term ids, concatenated; sentence s spans termStart[s]..termStart[s + 1]. */
  terms: Int32Array;
  termStart: Int32Array;
  /** Document d's sentences are docStart[d]..docStart[d + 1] (global sentence numbers). */
  docStart: Int32Array;
}

/** The documents as the engine sees them: an id and its sentences (one paragraph: flatSentences is all it reads). */
export type PairDocs = { id: string; sentences: string[][] }[];

/** Packs a corpus's texts and vocabulary for a worker. */
export function packCorpus(articles: readonly { id: string; sentences: readonly (readonly string[])[] }[], vocabulary: Vocabulary): PackedCorpus {
  const keys: string[] = new Array(vocabulary.ids.size);
  for (const [key, id] of vocabulary.ids) keys[id] = key;
  const docStart = new Int32Array(vocabulary.sentences.length + 1);
  const all = vocabulary.sentences.flat();
  const termStart = new Int32Array(all.length + 1);
  vocabulary.sentences.forEach((doc, d) => {
    docStart[d + 1] = (docStart[d] as number) + doc.length;
  });
  all.forEach((s, k) => {
    termStart[k + 1] = (termStart[k] as number) + s.ids.length;
  });
  const terms = new Int32Array(termStart[all.length] as number);
  all.forEach((s, k) => terms.set(s.ids, termStart[k] as number));
  return {
    ids: articles.map((a) => a.id),
    sentences: articles.map((a) => a.sentences.flat()),
    keys,
    weight: vocabulary.weight,
    identifier: vocabulary.identifier,
    terms,
    termStart,
    docStart,
  };
}

/** Rebuilds, from a packed corpus, the documents and the parts of the vocabulary that aligning a pair reads. */
export function unpackCorpus(packed: PackedCorpus): { docs: PairDocs; vocabulary: Vocabulary } {
  const { weight, identifier, terms, termStart, docStart } = packed;
  const sentences = packed.ids.map((_, d) => {
    const out = [];
    for (let s = docStart[d] as number; s < (docStart[d + 1] as number); s++) out.push(features(Array.from(terms.subarray(termStart[s], termStart[s + 1])), weight, identifier));
    return out;
  });
  const vocabulary: Vocabulary = {
    ids: new Map(packed.keys.map((k, i) => [k, i])),
    weight,
    identifier,
    documentFrequency: new Int32Array(),
    sentences,
    documentTerms: [],
    documentBigrams: [],
  };
  return { docs: packed.ids.map((id, d) => ({ id, sentences: [packed.sentences[d] as string[]] })), vocabulary };
}

/** A pair's result plus the term keys it looked up beyond its two documents' own terms (cache validation needs them). */
export interface PairOutcome extends PairResult {
  /** Sorted, unique; usually empty (quotes are made of their sentences' words). */
  extra: string[];
}

/** Compares one oriented pair and notes any term looked up outside the two documents' own terms. */
export function computePair(docs: PairDocs, vocabulary: Vocabulary, left: number, right: number): PairOutcome {
  const own = new Set<number>();
  for (const d of [left, right]) for (const s of vocabulary.sentences[d] ?? []) for (const id of s.ids) own.add(id);
  const extra = new Set<string>();
  const lookup = (text: string) => {
    for (const t of sentenceTerms(text)) {
      const id = vocabulary.ids.get(t.key);
      if (id === undefined || !own.has(id)) extra.add(t.key);
    }
    return termIds(vocabulary, text);
  };
  const result = comparePair(docs, vocabulary, left, right, lookup);
  return { ...result, extra: [...extra].sort() };
}
