// Term weights: rarer terms weigh more, and a background corpus's counts make a few documents weigh their words as
// the whole corpus does (what a check does with the handful of articles it fetched).
import { describe, expect, it } from 'vitest';
import { buildVocabulary } from '../../../src/lib/compare/vocabulary.ts';

const docs = [['Egypt quits the alliance over Iran.'], ['Qatar joins the alliance over Iran.']];
const weightOf = (v: ReturnType<typeof buildVocabulary>, key: string) => v.weight[v.ids.get(key) as number] as number;

describe('buildVocabulary', () => {
  it('weighs a term in every document less than one in a single document', () => {
    const v = buildVocabulary(docs);
    expect(weightOf(v, 'allianc')).toBeLessThan(weightOf(v, 'quit'));
  });

  it('takes document frequencies and the corpus size from a background', () => {
    const alone = buildVocabulary(docs);
    const inCorpus = buildVocabulary(docs, { documents: 1000, df: new Map([['quit', 900]]) });
    // In a corpus of 1,000 where "quit" is in 900 articles, it weighs less than "allianc", found only here.
    expect(weightOf(inCorpus, 'quit')).toBeLessThan(weightOf(inCorpus, 'allianc'));
    expect(weightOf(inCorpus, 'allianc')).toBeGreaterThan(weightOf(alone, 'allianc'));
    // A background never lowers a count below what the documents themselves show.
    const low = buildVocabulary(docs, { documents: 2, df: new Map([['allianc', 0]]) });
    expect(weightOf(low, 'allianc')).toBe(weightOf(alone, 'allianc'));
  });
});
