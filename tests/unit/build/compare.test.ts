// The build's comparison against the engine's one-thread compareCorpus: the same result on worker threads, from a
// warm cache, after an article is added or edited, and after the engine changes; and what it recomputes then.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../temp-dir.ts';
import { compareCorpusBuild, alignPairs, documentWeightsDigest } from '../../../src/lib/build/compare.ts';
import { compareCorpus, prepareComparison } from '../../../src/lib/compare/index.ts';
import { ingestFile } from '../../../src/lib/corpus/load.ts';
import { sortArticles } from '../../../src/lib/corpus/sort.ts';
import type { Article } from '../../../src/lib/schema/article.ts';
import { generateCorpus, generateCorpusPlusOne, type SynthCorpus } from '../../../scripts/bench/synth.ts';
import seedTruth from '../../../scripts/bench/seed-truth.json' with { type: 'json' };

/** A synthetic corpus's files (seeds, their rewrites and other stories), parsed, in corpus order. */
const parse = (c: SynthCorpus): Article[] => sortArticles(c.files.map((f) => ingestFile(f.name, Buffer.from(f.text))));
/** The parts of a comparison a site shows, as JSON, so two comparisons compare byte for byte. */
const shown = (c: { pairs: unknown; alignments: Map<string, unknown>; groups: unknown }) => JSON.stringify({ pairs: c.pairs, alignments: [...c.alignments], groups: c.groups });
const dir = () => tempDir('wirediff-pairs-');

const articles = parse(generateCorpus(120, 'content/articles', seedTruth));
const plusOne = parse(generateCorpusPlusOne(120, 'content/articles', seedTruth));
const serial = compareCorpus(articles);

describe('compareCorpusBuild', () => {
  it('has enough pairs to spread over workers, and variants among them', () => {
    // Above the tests' minParallel (200), in several batches of 64 for the two workers to share.
    expect(serial.pairs.length).toBeGreaterThan(300);
    expect(serial.alignments.size).toBeGreaterThan(30);
    expect(plusOne.length).toBe(articles.length + 1);
  });

  it('on two worker threads gives what one thread gives', async () => {
    const { comparison, stats } = await compareCorpusBuild(articles, { dir: null, workers: 2, minParallel: 200 });
    expect(stats.workers).toBe(2);
    expect(shown(comparison)).toBe(shown(serial));
  });

  it('from a warm cache gives what a cold build gives, reusing everything', async () => {
    const cache = dir();
    const cold = await compareCorpusBuild(articles, { dir: cache, workers: 2, minParallel: 200, engineVersion: 'e1' });
    expect(cold.stats).toMatchObject({ pairs_reused: 0, terms_reused: 0, whole: false });
    const warm = await compareCorpusBuild(articles, { dir: cache, workers: 2, minParallel: 200, engineVersion: 'e1' });
    expect(warm.stats).toMatchObject({ whole: true, pairs_computed: 0 });
    expect(shown(warm.comparison)).toBe(shown(cold.comparison));
    expect(shown(warm.comparison)).toBe(shown(serial));
  });

  it('ignores a corpus index cut short (a build killed while writing it), comparing again from the packs', async () => {
    const cache = dir();
    await compareCorpusBuild(articles, { dir: cache, workers: 1, engineVersion: 'e1' });
    const index = join(cache, 'corpus-index.json');
    writeFileSync(index, readFileSync(index, 'utf8').slice(0, 100));
    const again = await compareCorpusBuild(articles, { dir: cache, workers: 1, engineVersion: 'e1' });
    expect(again.stats).toMatchObject({ whole: false, pairs_computed: 0 });
    expect(shown(again.comparison)).toBe(shown(serial));
    expect(JSON.parse(readFileSync(index, 'utf8'))).toMatchObject({ key: expect.any(String) });
  });

  it('after one more article, equals a cold comparison of the new corpus; cached terms are reused', async () => {
    const cache = dir();
    await compareCorpusBuild(articles, { dir: cache, workers: 2, minParallel: 200, engineVersion: 'e1' });
    const warm = await compareCorpusBuild(plusOne, { dir: cache, workers: 2, minParallel: 200, engineVersion: 'e1' });
    expect(warm.stats.terms_reused).toBe(articles.length);
    expect(warm.stats.terms_computed).toBe(1);
    // Quantised weights (weights.ts): pairs whose terms kept their weights come from the cache (exact weights kept
    // none; in a corpus this small an article moves many counts across a step, at 1,000 it is about one pair in 8).
    expect(warm.stats.pairs_reused).toBeGreaterThan(0);
    expect(shown(warm.comparison)).toBe(shown(compareCorpus(plusOne)));
  });

  it("keys a document's pairs on the weights of its own terms, and only those", () => {
    const { vocabulary } = prepareComparison(articles);
    const doc = 0;
    const own = new Set(vocabulary.documentTerms[doc]);
    const before = documentWeightsDigest(vocabulary, doc);
    const other = vocabulary.weight.findIndex((_, id) => !own.has(id));
    const mine = vocabulary.documentTerms[doc]?.[0] as number;
    const changed = (id: number, weight: number) => ({ ...vocabulary, weight: Float64Array.from(vocabulary.weight, (w, k) => (k === id ? weight : w)) });
    expect(documentWeightsDigest(changed(other, 99), doc)).toBe(before);
    expect(documentWeightsDigest(changed(mine, (vocabulary.weight[mine] as number) + 1e-9), doc)).not.toBe(before);
  });

  it('recomputes the pairs of an edited article and gives what a cold comparison gives', async () => {
    const cache = dir();
    await compareCorpusBuild(articles, { dir: cache, workers: 1, engineVersion: 'e1' });
    const index = articles.findIndex((a) => serial.pairs.some((p) => p.variant && p.left === a.id));
    const edited = articles.map((a, i) => (i === index ? { ...a, sentences: [[...(a.sentences[0] ?? []), 'A sentence the editor added to the first paragraph.'], ...a.sentences.slice(1)] } : a));
    const warm = await compareCorpusBuild(edited, { dir: cache, workers: 1, engineVersion: 'e1' });
    expect(warm.stats.terms_computed).toBe(1);
    expect(warm.stats.pairs_computed).toBeGreaterThan(0);
    expect(shown(warm.comparison)).toBe(shown(compareCorpus(edited)));
  });

  it('reuses nothing once the engine version changes', async () => {
    const cache = dir();
    await compareCorpusBuild(articles, { dir: cache, workers: 1, engineVersion: 'e1' });
    const other = await compareCorpusBuild(articles, { dir: cache, workers: 1, engineVersion: 'e2' });
    expect(other.stats).toMatchObject({ whole: false, terms_reused: 0, pairs_reused: 0 });
    expect(shown(other.comparison)).toBe(shown(serial));
  });

  it('alignPairs on workers returns each pair in the order asked, as one thread does', async () => {
    const { vocabulary, candidates } = prepareComparison(articles);
    const pairs = candidates.slice(0, 300).reverse();
    const one = await alignPairs(articles, vocabulary, pairs, 1);
    const two = await alignPairs(articles, vocabulary, pairs, 2);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(two.map((r) => r.summary.left)).toEqual(pairs.map((p) => articles[p.left]?.id));
  });
});
