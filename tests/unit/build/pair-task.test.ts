// One unit of the build's alignment work (build/pair-task.ts): a corpus packed for a worker and unpacked there gives
// the same pair results as the engine in this thread, crossheads and entity rules included.
import { describe, expect, it } from 'vitest';
import { comparePair } from '../../../src/lib/compare/index.ts';
import { buildVocabulary } from '../../../src/lib/compare/vocabulary.ts';
import { buildEntityTable } from '../../../src/lib/text/entities.ts';
import { computePair, packCorpus, pairDocs, unpackCorpus } from '../../../src/lib/build/pair-task.ts';

const names = [{ id: 'mesa', names: ['MESA', 'Middle East Strategic Alliance'] }];
const articles = [
  {
    id: 'a',
    sentences: [['The Middle East Strategic Alliance met in Riyadh on Monday, officials said.'], ['Background'], ['The US envoy urged six Gulf states to sign the pact by October.'], ['Egypt and Jordan sent their foreign ministers to the talks.', 'Qatar stayed away from the meeting in protest.']],
    headings: [1],
  },
  {
    id: 'b',
    sentences: [['MESA met in Riyadh on Monday, officials said.'], ['The United States envoy urged six Gulf states to sign the pact by October.'], ['Egypt and Jordan sent their foreign ministers to the talks.', 'Qatar stayed away from the meeting in protest.'], ['Critics called the plan a provocation.']],
    headings: [],
  },
];

describe('packCorpus and unpackCorpus', () => {
  it('give a worker the same pair result as this thread, with the same crossheads and entity rules', () => {
    const entities = buildEntityTable(names);
    const vocabulary = buildVocabulary(articles.map((a) => a.sentences.flat()), undefined, entities);
    const here = comparePair(articles, vocabulary, 0, 1);
    const packed = structuredClone(packCorpus(articles, vocabulary, names));
    const { docs, vocabulary: there } = unpackCorpus(packed);
    expect(computePair(docs, there, 0, 1)).toEqual(here);
    expect(here.alignment).not.toBeNull();
    // The crosshead is known as one on both threads: listed as a crosshead, never as a dropped sentence.
    expect(here.alignment?.changes.filter((c) => c.left?.includes('Background')).map((c) => c.type)).toEqual(['heading-dropped']);
  });

  it('keeps each document’s paragraphs and crossheads', () => {
    expect(pairDocs(articles)[0]).toEqual({ id: 'a', sentences: articles[0]?.sentences, headings: [1] });
    expect(pairDocs([{ id: 'x', sentences: [['One.']] }])[0]?.headings).toEqual([]);
  });
});
