// One unit of the build's alignment work, the same in this thread and on a worker: a vocabulary packed into
// transferable arrays, unpacked on the other side, and candidate pairs compared against it.
import { comparePair, type PairResult } from '../compare/index.ts';
import { features, type Vocabulary } from '../compare/vocabulary.ts';
import { buildEntityTable, type EntityNames } from '../text/entities.ts';

/** What a worker needs to compare any pair of the corpus: texts, ids and term weights, in flat typed arrays. */
export interface PackedCorpus {
  ids: string[];
  /** Per document, its sentences by paragraph. */
  sentences: string[][][];
  /** Per document, its crossheads' paragraph numbers (not body text for the change list). */
  headings: number[][];
  /** The corpus's entity names (the term table's), which the vocabulary's terms were keyed with; null for none. */
  entities: EntityNames[] | null;
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

/** The documents as the engine sees them: an id, its sentences by paragraph and its crossheads. */
export type PairDocs = { id: string; sentences: string[][]; headings: number[] }[];

/** What packing reads of an article. */
export type PackableArticle = { id: string; sentences: readonly (readonly string[])[]; headings?: readonly number[] };

/** The documents of a corpus as the engine reads them (see PairDocs). */
export function pairDocs(articles: readonly PackableArticle[]): PairDocs {
  return articles.map((a) => ({ id: a.id, sentences: a.sentences.map((p) => [...p]), headings: [...(a.headings ?? [])] }));
}

/** Packs a corpus's texts and vocabulary, and the entity names it was keyed with, for a worker. */
export function packCorpus(articles: readonly PackableArticle[], vocabulary: Vocabulary, entities: readonly EntityNames[] | null): PackedCorpus {
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
  const docs = pairDocs(articles);
  return {
    ids: articles.map((a) => a.id),
    sentences: docs.map((d) => d.sentences),
    headings: docs.map((d) => d.headings),
    entities: entities ? [...entities] : null,
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
    ...(packed.entities ? { entities: buildEntityTable(packed.entities) } : {}),
  };
  return { docs: packed.ids.map((id, d) => ({ id, sentences: packed.sentences[d] as string[][], headings: packed.headings[d] as number[] })), vocabulary };
}

/** Compares one oriented pair (document indices) of the packed or unpacked corpus. */
export function computePair(docs: PairDocs, vocabulary: Vocabulary, left: number, right: number): PairResult {
  return comparePair(docs, vocabulary, left, right);
}
