// Leads for a text told in other words: the articles naming most of its rarer names and figures. A retelling of a
// seed finds that seed; another story on the same subject, naming only the corpus's common names, finds none.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/corpus/load.ts';
import { loadGlossary } from '../../../src/lib/corpus/glossary.ts';
import { sortArticles } from '../../../src/lib/corpus/sort.ts';
import { ingestFile } from '../../../src/lib/corpus/ingest-file.ts';
import { buildSearchIndex } from '../../../src/lib/search/build-index.ts';
import { memorySource } from '../../../src/lib/search/source.ts';
import { factWords, RELATED_MAX, relatedByFacts } from '../../../src/lib/search/related.ts';

const corpus = sortArticles(loadCorpus());
const index = buildSearchIndex(corpus, loadGlossary());
const source = memorySource(index);
const idOf = (article: number) => index.documents[article]?.id;
const sentencesOf = (name: string) => {
  const file = `tests/fixtures/related/${name}/input.txt`;
  return ingestFile('input.txt', readFileSync(file)).sentences.flat();
};

describe('factWords', () => {
  it('takes capitalised words past a sentence’s first, known names anywhere, acronyms and figures of two digits', () => {
    const words = factWords(['Officials met in Riyadh on Sunday with 3 envoys and 120 guards.', 'Saudi Arabia and MESA joined in 2017.', 'Talks resumed.']);
    expect(words.map((w) => w.word)).toEqual(['Riyadh', '120', 'Saudi Arabia', 'MESA', '2017']);
  });
});

describe('relatedByFacts', () => {
  it('offers the seed a text retells in other words, naming the names and figures they share', async () => {
    const related = await relatedByFacts(sentencesOf('paraphrase-003'), source);
    const first = related[0];
    expect(first && idOf(first.article)).toMatch(/^003_/);
    expect(first?.facts).toEqual(expect.arrayContaining(['Doha', '2017', '2020', 'Riyadh']));
    expect(first?.share).toBeGreaterThan(0.8);
    expect(related.length).toBeLessThanOrEqual(RELATED_MAX);
  });

  it('offers nothing for another story that names only what most of the corpus names', async () => {
    expect(await relatedByFacts(sentencesOf('same-topic-other-story'), source)).toEqual([]);
  });

  it('offers nothing for a text of few names, or of names the corpus lacks', async () => {
    expect(await relatedByFacts(['Iran said no.'], source)).toEqual([]);
    expect(await relatedByFacts(['The council of Ashworth Vale met Helen Morrow and Graham Pell over 140 plots in 1998.'], source)).toEqual([]);
  });
});
