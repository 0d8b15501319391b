// A check against the seed corpus through an in-memory source: a rewrite finds its seed first with the inserted
// sentence on its side only; an unrelated text finds nothing; only the shards of the text's keys are read.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/corpus/load.ts';
import { ingestFile } from '../../../src/lib/corpus/ingest-file.ts';
import { buildCheckIndex } from '../../../src/lib/compare/check-index.ts';
import { checkText, closeCoverage, findCandidates, manifestEntities, memoryCheckSource, sharesText, termBackground, type CheckSource } from '../../../src/lib/compare/check.ts';
import { alignPair } from '../../../src/lib/compare/index.ts';
import { shardOf, signatureHashes } from '../../../src/lib/compare/signatures.ts';
import { CHECK_SHARED_ROW, SIGNATURE_MAX_KEYS } from '../../../src/lib/compare/thresholds.ts';
import { GENERIC_CHANGE_TYPES } from '../../../src/lib/compare/types.ts';
import type { Article } from '../../../src/lib/schema/article.ts';

const corpus = loadCorpus();
const index = buildCheckIndex(corpus);
const read: { shards: number[]; articles: string[] } = { shards: [], articles: [] };
const source: CheckSource = {
  manifest: async () => index.manifest,
  shard: async (s) => {
    read.shards.push(s);
    return index.shards[s] ?? { keys: [], docs: [] };
  },
  ids: async (c) => index.idChunks[c] ?? [],
  article: async (id) => {
    read.articles.push(id);
    return corpus.find((a) => a.id === id) as Article;
  },
};
const fixture = (name: string): Article => ingestFile('checked.txt', readFileSync(`tests/fixtures/rewrites/${name}/input.txt`));
const spec = JSON.parse(readFileSync('tests/fixtures/rewrites/check-000/case.json', 'utf8')) as { expected_first_match: string; inserted_sentence: string };

describe('closeCoverage', () => {
  it('is the mean over the checked sentences of each one’s closest link, a sentence without one counting 0', () => {
    expect(closeCoverage({ checkedSentences: 4, checkedLinks: [{ index: 0, score: 1 }, { index: 0, score: 0.5 }, { index: 2, score: 0.6 }] })).toBeCloseTo(0.4);
    expect(closeCoverage({ checkedSentences: 1, checkedLinks: [] })).toBe(0);
    expect(closeCoverage({ checkedSentences: 0, checkedLinks: [] })).toBe(0);
  });
});

describe('checkText', () => {
  it('ranks the seed a rewrite was made from first, with its inserted sentence only in the checked text', async () => {
    const result = await checkText(fixture('check-000'), source);
    const first = result.matches[0];
    expect(first?.article.id).toBe(spec.expected_first_match);
    expect(first?.variant).toBe(true);
    expect(first?.checkedFound).toBeGreaterThan(0.8);
    expect(first?.articleFound).toBe(1);
    const only = first?.alignment().rows.filter((r) => r.kind === 'right-only').map((r) => r.right.join(' '));
    expect(only).toEqual([spec.inserted_sentence]);
    // Its one typed change; the rows it rewords are listed too, as generic changes.
    expect(first?.alignment().changes.filter((c) => !GENERIC_CHANGE_TYPES.has(c.type)).map((c) => c.type)).toEqual(['sentence-added']);
    // Best first: how much of the text each holds, and how closely, never rises down the list.
    const held = result.matches.map(closeCoverage);
    expect([...held].sort((a, b) => b - a)).toEqual(held);
  });

  it('ranks first the article holding part of one of its long sentences word for word, whatever its length', async () => {
    // For every article: the first two thirds of its longest sentence, pasted alone.
    for (const article of corpus) {
      const longest = article.sentences.flat().sort((a, b) => b.length - a.length)[0] as string;
      const words = longest.split(' ');
      if (words.length < 24) continue;
      const part = `${words.slice(0, Math.ceil((words.length * 2) / 3)).join(' ').replace(/[,;:]$/, '')}.`;
      const result = await checkText({ id: 'part', sentences: [[part]] }, source);
      expect(result.matches[0]?.article.id, part).toBe(article.id);
    }
  });

  it('finds nothing for an unrelated text', async () => {
    const result = await checkText(fixture('unrelated'), source);
    expect(result.matches).toEqual([]);
  });

  it('finds an article in itself, wholly', async () => {
    const seed = corpus[2] as Article;
    const result = await checkText({ id: 'copy', sentences: seed.sentences }, source);
    expect(result.matches[0]).toMatchObject({ checkedFound: 1, articleFound: 1, variant: true });
    expect(result.matches[0]?.article.id).toBe(seed.id);
  });
});

describe('findCandidates', () => {
  it('reads only the shards of the text’s keys, each once, and the candidates’ entries only when aligning', async () => {
    read.shards = [];
    read.articles = [];
    const text = fixture('check-000');
    const { keys, candidates } = await findCandidates(text.sentences.flat(), source);
    const hashes = signatureHashes(text.sentences.flat(), { sample: index.manifest.sample, max: SIGNATURE_MAX_KEYS });
    expect(keys).toBe(hashes.length);
    expect(read.shards.sort()).toEqual([...new Set(hashes.map((h) => shardOf(h, index.manifest.shards)))].sort());
    expect(read.articles).toEqual([]);
    expect(candidates[0]?.id).toBe(spec.expected_first_match);
    expect(candidates.every((c, i) => i === 0 || (candidates[i - 1]?.shared ?? 0) >= c.shared)).toBe(true);
  });

  it('looks up a bounded number of keys however long the text', async () => {
    const long = corpus.flatMap((a) => a.sentences.flat());
    const { keys } = await findCandidates([...long, ...long.map((s) => `${s} Again.`)], source);
    expect(keys).toBe(SIGNATURE_MAX_KEYS);
  });
});

describe('sharesText', () => {
  it('needs a variant or one row of shared text', () => {
    expect(sharesText({ variant: false }, [3])).toBe(true);
    expect(sharesText({ variant: false }, [])).toBe(false);
    expect(sharesText({ variant: true }, [])).toBe(true);
  });
});

describe('a sentence copied with another figure, among unrelated ones', () => {
  const story = [
    'Floods swept through the northern valley on Monday and cut the main road to the regional capital for two days.',
    'The grain cooperative said about 4,000 tonnes of wheat had been lost to the water in the past week alone.',
    'Engineers from the water authority began repairing the broken embankment on Wednesday morning after the rain eased.',
    'Farmers who lost their stores asked the government for emergency loans to buy seed before the spring sowing.',
  ];
  const museum = [
    'A new museum of maritime history opened its doors in the harbour district, drawing long queues on its first weekend.',
    'Its curator said the collection of ship models had taken twenty years to assemble from private donors.',
    'Tickets for school groups will be free until the end of the year, the city council announced.',
  ];
  const own = [ingestFile('story.txt', Buffer.from(story.join('\n\n'))), ingestFile('museum.txt', Buffer.from(museum.join('\n\n')))];
  const ownSource = memoryCheckSource(buildCheckIndex(own), own);
  const altered = (story[1] as string).replace('4,000', '9,000');
  const text = [
    'Farmers in the south reported a record harvest of apricots this summer, according to their cooperative.',
    altered,
    'Prices at the weekly market fell sharply as traders struggled to sell the surplus before it spoiled.',
    'The cooperative said it would open a new cold store next spring with help from a development bank.',
  ].join('\n\n');

  it('finds the article, with the sentence as shared text, though its only figure differs', async () => {
    const result = await checkText(ingestFile('checked.txt', Buffer.from(text)), ownSource);
    expect(result.matches.map((m) => m.article.id)).toEqual([own[0]?.id]);
    const match = result.matches[0];
    const rows = match?.alignment().rows ?? [];
    const shared = (match?.sharedRows ?? []).map((i) => rows[i]);
    expect(shared.map((r) => r?.right.join(' '))).toEqual([altered]);
    // Scaled for its differing figure, the row itself is below the bar a row of shared text otherwise needs.
    expect(shared[0]?.score).toBeLessThan(CHECK_SHARED_ROW);
    expect(match?.alignment().changes.filter((c) => c.type === 'number-changed').map((c) => [c.left, c.right])).toEqual([['4,000', '9,000']]);
  });

  it('reads the index from memory, and says which article it lacks', async () => {
    expect(await ownSource.ids(0)).toEqual(own.map((a) => a.id));
    await expect(ownSource.article('absent')).rejects.toThrow(/no article absent/);
  });

  it('lists equal matches earliest first, whatever their ids', async () => {
    const base = own[0] as Article;
    const copies = [{ ...base, id: 'a-later', published: '2025-03-14' }, { ...base, id: 'b-earlier', published: '2025-03-11' }, { ...base, id: 'c-undated', published: null }];
    const result = await checkText(ingestFile('checked.txt', Buffer.from(story.join('\n\n'))), memoryCheckSource(buildCheckIndex(copies), copies));
    expect(result.matches.map((m) => m.article.id)).toEqual(['b-earlier', 'a-later', 'c-undated']);
  });

  it('finds nothing for the unrelated sentences alone', async () => {
    const unrelated = text.replace(altered, 'Officials promised to publish the accounts of the cooperative before the autumn.');
    expect((await checkText(ingestFile('checked.txt', Buffer.from(unrelated)), ownSource)).matches).toEqual([]);
  });
});

describe('scores and full alignments agree', () => {
  it('gives each match the figures of its full alignment', async () => {
    const result = await checkText(fixture('check-000'), source);
    for (const m of result.matches) {
      expect(m.checkedFound).toBe(m.alignment().stats.right_from_left);
      expect(m.articleFound).toBe(m.alignment().stats.left_kept);
      expect(m.alignment()).toBe(m.alignment());
    }
  });

  it('gives each match the similarity /compare/ gives the same two texts, whatever else was a candidate', async () => {
    const checked = fixture('check-000');
    const result = await checkText(checked, source);
    expect(result.matches.length).toBeGreaterThan(1);
    for (const m of result.matches) {
      const pair = alignPair(m.article as Article, checked, [], termBackground(index.manifest), manifestEntities(index.manifest));
      expect(m.similarity).toBe(pair.similarity);
    }
  });
});

describe('termBackground', () => {
  it('turns the manifest’s common terms into document frequencies over the corpus size', () => {
    const background = termBackground(index.manifest);
    expect(background.documents).toBe(corpus.length);
    expect(background.df.size).toBe(Object.keys(index.manifest.common_terms).length);
  });
});
