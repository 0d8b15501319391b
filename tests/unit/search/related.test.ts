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
import { article } from '../present/make.ts';
import { sourceOf } from './small-index.ts';

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

  // A first user's leads listed "Tomas" and "Wieck" as two of the names a text shares.
  it('takes the capitalised words of one name as one fact, from the sentence’s first word when a name goes on after it', () => {
    const words = factWords(['Tomas Wieck met Lena Hartmann-Berg in Kessel on Friday.', 'Council president Marta Ilves spoke.', 'The Kessel plant opened.']);
    expect(words.map((w) => w.word)).toEqual(['Tomas Wieck', 'Lena Hartmann-Berg', 'Kessel', 'Marta Ilves']);
    expect(words[0]?.keys).toHaveLength(2);
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

  it('counts a name of several words as held only where every word of it is ("Tomas Lind" holds no "Tomas Wieck")', async () => {
    const docs = [
      article('w0', { paragraphs: ['Tomas Wieck and Lena Berg toured the Kessel plant with Paulo Reinert.'] }),
      article('w1', { paragraphs: ['Tomas Lind and Lena Berg toured the Kessel plant with Paulo Reinert.'] }),
      ...['A plant opened.', 'Rain fell.', 'Markets rose.', 'Trains ran late.'].map((text, i) => article(`f${i}`, { paragraphs: [text] })),
    ];
    const found = await relatedByFacts(['Officials said Tomas Wieck and Lena Berg saw Kessel with Paulo Reinert.'], sourceOf(docs));
    expect(found.map((r) => r.article)).toEqual([0, 1]);
    expect(found[0]?.facts).toEqual(expect.arrayContaining(['Tomas Wieck', 'Lena Berg', 'Paulo Reinert']));
    expect(found[1]?.facts).not.toContain('Tomas Wieck');
    expect(found[1]?.share).toBeLessThan(found[0]?.share ?? 0);
  });

  it('offers nothing for a text of few names, or of names the corpus lacks', async () => {
    expect(await relatedByFacts(['Iran said no.'], source)).toEqual([]);
    expect(await relatedByFacts(['The council of Ashworth Vale met Helen Morrow and Graham Pell over 140 plots in 1998.'], source)).toEqual([]);
  });
});
