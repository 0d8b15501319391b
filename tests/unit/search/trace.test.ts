// A short text's source, found by its words when its signature is too small: a sentence copied from a seed, which the
// check index alone cannot place, is traced to its article; an unrelated sentence still finds nothing.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/corpus/load.ts';
import { loadGlossary } from '../../../src/lib/corpus/glossary.ts';
import { sortArticles } from '../../../src/lib/corpus/sort.ts';
import { buildCheckIndex } from '../../../src/lib/compare/check-index.ts';
import { checkText, memoryCheckSource, type CheckSource } from '../../../src/lib/compare/check.ts';
import { buildSearchIndex } from '../../../src/lib/search/build-index.ts';
import { memorySource } from '../../../src/lib/search/source.ts';
import { TRACE_WORDS, traceQuery, traceText } from '../../../src/lib/search/trace.ts';
import type { Article } from '../../../src/lib/schema/article.ts';
import { readFileSync } from 'node:fs';
import { ingestFile } from '../../../src/lib/corpus/ingest-file.ts';

const corpus = sortArticles(loadCorpus());
const checkIndex = buildCheckIndex(corpus);
const checks: CheckSource = memoryCheckSource(checkIndex, corpus);
// No documents: the trace names the articles the search ranks by the check's id table (both number articles alike).
const search = { ...memorySource(buildSearchIndex(corpus, loadGlossary())), document: () => Promise.reject(new Error('the trace fetched a search document')) };
const text = (sentence: string) => ({ id: 'pasted', sentences: [[sentence]] });

/** Sentences of the corpus the check index alone cannot place: the cases tracing by words is for. */
async function unplaced(): Promise<{ sentence: string; article: string }[]> {
  const out: { sentence: string; article: string }[] = [];
  for (const article of corpus) {
    for (const sentence of article.sentences.flat()) {
      if (sentence.split(' ').length < 12) continue;
      if ((await checkText(text(sentence), checks)).matches.length === 0) out.push({ sentence, article: article.id });
    }
  }
  return out;
}

describe('traceQuery', () => {
  it('takes the longest distinct words, at most TRACE_WORDS of them, in text order', () => {
    expect(traceQuery(['“Nobody should mistake patience for weakness,” Dalia Farouk said on Monday, and said it twice.'])).toBe(
      'Nobody should mistake patience weakness Farouk',
    );
    expect(traceQuery(['a b c'])).toBe('');
    expect(traceQuery(['Egypt egypt Egypt'])).toBe('Egypt');
    expect(traceQuery(['One two three four five six seven eight nine ten eleven twelve']).split(' ')).toHaveLength(TRACE_WORDS);
  });
});

describe('traceText', () => {
  it('finds the article of a sentence copied from it that the check index alone cannot place', async () => {
    const cases = await unplaced();
    expect(cases.length).toBeGreaterThan(0);
    for (const { sentence, article } of cases.slice(0, 5)) {
      const result = await traceText(text(sentence), checks, search);
      expect(result.by).toBe('words');
      expect(result.matches.map((m) => m.article.id)).toContain(article);
      expect(result.matches.find((m) => m.article.id === article)?.checkedFound).toBe(1);
    }
  });

  it('leaves a name or a phrase of a few words to search: "Iran" is in sentences, not text they share', async () => {
    for (const short of ['Iran', 'Saudi Arabia', 'Iran and Saudi Arabia']) {
      const result = await traceText(text(short), checks, search);
      expect(result).toMatchObject({ by: 'too-short', matches: [], unaligned: 0 });
    }
  });

  it('keeps what the signature found, and finds nothing for an unrelated sentence', async () => {
    const seed = corpus[0] as Article;
    const whole = await traceText({ id: 'copy', sentences: seed.sentences }, checks, search);
    expect(whole.by).toBe('signature');
    expect(whole.matches[0]?.article.id).toBe(seed.id);
    const unrelated = await traceText(text('Gardeners in the valley planted tomatoes early because the spring rain came late this year.'), checks, search);
    expect(unrelated.matches).toEqual([]);
    expect(unrelated.unaligned).toBe(0);
    expect(unrelated.related).toEqual([]);
    expect(whole.related).toEqual([]);
  });
});

describe('traceText on a text told in other words', () => {
  it('finds no shared text, and offers the article naming its names and figures as a lead, its entry fetched', async () => {
    const sentences = ingestFile('input.txt', readFileSync('tests/fixtures/related/paraphrase-003/input.txt')).sentences;
    const result = await traceText({ id: 'retold', sentences }, checks, search);
    expect(result.matches).toEqual([]);
    expect(result.related[0]?.article.id).toMatch(/^003_/);
    expect(result.related[0]?.article.title).toBe(corpus.find((a) => a.id.startsWith('003_'))?.title);
    expect(result.related[0]?.of).toBeGreaterThanOrEqual(result.related[0]?.facts.length ?? Infinity);
  });
});
