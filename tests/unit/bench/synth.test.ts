// The benchmark's synthetic corpus: distinct stories must not share what only copies share, or the precision the
// benchmark prints measures the generator instead of the engine.
import { describe, expect, it } from 'vitest';
import { generateCorpus, generateCorpusPlusOne } from '../../../scripts/bench/synth.ts';
import seedTruth from '../../../scripts/bench/seed-truth.json' with { type: 'json' };

const N = 1000;
const corpus = generateCorpus(N, 'content/articles', seedTruth);
/** Sentences of six words or more, as a rough splitter finds them (quotes kept whole). */
const sentences = (text: string) => new Set(text.split(/\n+|(?<=[.!?]”?)\s+(?=[A-Z“])/).filter((s) => s.split(' ').length >= 6));

describe('generateCorpus', () => {
  it('makes n files in known groups, the same for the same seed', () => {
    expect(corpus.files).toHaveLength(N);
    expect(corpus.groups.flat().sort()).toEqual(corpus.files.map((f) => f.name).sort());
    expect(generateCorpus(N, 'content/articles', seedTruth).files).toEqual(corpus.files);
    expect(generateCorpusPlusOne(N, 'content/articles', seedTruth).files.slice(0, N)).toEqual(corpus.files);
  });

  it('gives copies of a story most of its sentences, and articles of distinct stories at most two in common', () => {
    const story = new Map(corpus.groups.flatMap((g, k) => g.map((f) => [f, k] as const)));
    const holders = new Map<string, number[]>();
    corpus.files.forEach((f, i) => {
      for (const s of sentences(f.text)) holders.set(s, [...(holders.get(s) ?? []), i]);
    });
    const sharedAcross = new Map<string, number>();
    let sharedWithin = 0;
    for (const docs of holders.values()) {
      for (let i = 0; i < docs.length; i++) {
        for (let j = i + 1; j < docs.length; j++) {
          const [a, b] = [corpus.files[docs[i] as number]?.name, corpus.files[docs[j] as number]?.name] as [string, string];
          if (story.get(a) === story.get(b)) sharedWithin += 1;
          else sharedAcross.set(`${a} ${b}`, (sharedAcross.get(`${a} ${b}`) ?? 0) + 1);
        }
      }
    }
    expect(sharedWithin).toBeGreaterThan(1000);
    expect(Math.max(0, ...sharedAcross.values())).toBeLessThanOrEqual(2);
  });
});
