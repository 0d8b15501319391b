// Candidate pairs: documents sharing several distinctive terms become candidates (a < b, each pair once); unrelated
// documents do not; a term found in too many documents (longer than the posting cap) says nothing.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { candidatePairs, pairsSharingFeatures, pairsSharingSentences, postingCap } from '../../../src/lib/compare/candidates.ts';
import { compareCorpus } from '../../../src/lib/compare/index.ts';
import { CANDIDATES_PER_ARTICLE, MIN_SHARED_TERMS } from '../../../src/lib/compare/thresholds.ts';
import { buildVocabulary } from '../../../src/lib/compare/vocabulary.ts';

const story = [
  'Harbour officials in Valparaiso closed the northern breakwater after storm surges cracked its concrete caissons.',
  'Engineers from the port authority said repairs to the caissons would take until late October.',
];
const rewrite = [
  'Valparaiso harbour officials shut the northern breakwater when storm surges cracked its concrete caissons.',
  'Port authority engineers said the caisson repairs could take until late October.',
];
const unrelated = [
  'The orchestra announced a winter season of Sibelius symphonies conducted by its new music director.',
  'Tickets for the opening concert go on sale to subscribers in the first week of September.',
];

describe('postingCap', () => {
  it('is 30 for small corpora and about 5% of the documents for large ones, moving in steps of 2^(1/4)', () => {
    expect(postingCap(1)).toBe(30);
    expect(postingCap(600)).toBe(30);
    // 1,000 rounds down to 2^9.75 ≈ 861 articles: cap 44, the same for 1,001 (one more article moves no cap).
    expect(postingCap(1000)).toBe(44);
    expect(postingCap(1001)).toBe(44);
    expect(postingCap(10_000)).toBe(488);
    expect(postingCap(10_000)).toBeGreaterThanOrEqual(Math.ceil(0.05 * 10_000 * 2 ** -0.25));
  });
});

describe('candidatePairs', () => {
  it('pairs a rewrite with its story, lower index first, and leaves an unrelated article out', () => {
    expect(candidatePairs(buildVocabulary([rewrite, unrelated, story]))).toEqual([[0, 2]]);
    expect(candidatePairs(buildVocabulary([story, unrelated]))).toEqual([]);
    // One rare word in common is not enough: candidates share several signature terms.
    const passing = ['A touring choir from Valparaiso sang at the opening of the festival on Saturday evening.'];
    expect(candidatePairs(buildVocabulary([story, passing]))).toEqual([]);
  });

  it('lists each pair once when several copies of a story are in the corpus', () => {
    const pairs = candidatePairs(buildVocabulary([story, rewrite, unrelated, story]));
    expect([...pairs].sort()).toEqual([
      [0, 1],
      [0, 3],
      [1, 3],
    ]);
  });

  it('skips terms that are in more documents than the posting cap', () => {
    // 40 documents all sharing the same words, and nothing else: every posting is longer than the cap of 30.
    const same = Array.from({ length: 40 }, () => story);
    expect(candidatePairs(buildVocabulary(same))).toEqual([]);
    // 20 of them fit under the cap: every one is a candidate, each keeping at most its best CANDIDATES_PER_ARTICLE.
    const pairs = candidatePairs(buildVocabulary(same.slice(0, 20)));
    expect(new Set(pairs.flat()).size).toBe(20);
    expect(pairs.length).toBeLessThanOrEqual(20 * CANDIDATES_PER_ARTICLE);
    for (let doc = 0; doc < 20; doc++) expect(pairs.filter((p) => p.includes(doc)).length).toBeGreaterThanOrEqual(CANDIDATES_PER_ARTICLE);
  });
});

describe('pairsSharingFeatures', () => {
  /** The rule as written, counting in a map per document: what the counting array must reproduce. */
  function reference(signatures: number[][], cap: number): [number, number][] {
    const postings = new Map<number, number[]>();
    signatures.forEach((terms, doc) => terms.forEach((key) => postings.set(key, [...(postings.get(key) ?? []), doc])));
    const seen = new Set<string>();
    const out: [number, number][] = [];
    signatures.forEach((terms, doc) => {
      const shared = new Map<number, number>();
      for (const key of terms) {
        const docs = postings.get(key) ?? [];
        if (docs.length <= cap) for (const other of docs) if (other !== doc) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
      const best = [...shared].filter(([, c]) => c >= MIN_SHARED_TERMS).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATES_PER_ARTICLE);
      for (const [other] of best) {
        const pair: [number, number] = doc < other ? [doc, other] : [other, doc];
        if (!seen.has(pair.join(' '))) {
          seen.add(pair.join(' '));
          out.push(pair);
        }
      }
    });
    return out;
  }

  it('finds the same pairs, in the same order, as counting shared features in a map per document', () => {
    // Few distinct features and many documents, so documents share many and the per-document cut and the cap bite.
    const signatures = fc.array(fc.uniqueArray(fc.integer({ min: -12, max: 12 }), { maxLength: 10 }), { maxLength: 40 });
    fc.assert(
      fc.property(signatures, fc.integer({ min: 1, max: 40 }), (sigs, cap) => {
        expect(pairsSharingFeatures(sigs, cap)).toEqual(reference(sigs, cap));
      }),
      { numRuns: 300 },
    );
  });
});

// Found by a first user: a copy holding every sentence of the wire, padded with a block of its own repeated three
// times, and an opinion piece quoting two of the wire's sentences, were compared with nothing.
const listeria = [
  'Ontario health officials on Monday warned consumers not to eat several soft cheeses made by a small dairy in the Niagara region after an outbreak of listeria sickened 14 people and killed one.',
  'Public Health Ontario said the cases were reported between Aug. 28 and Sept. 17 in Toronto, Hamilton, St. Catharines and Ottawa.',
  'The products, sold under the brand Twelve Mile Creek Creamery, include brie, camembert and a washed-rind cheese called "Escarpment Gold".',
  "The creamery's owner, Marc Delisle, said in a statement that production had stopped and that the company was cooperating fully with inspectors.",
  'The person who died was an 81-year-old resident of Hamilton, officials said.',
  'Niagara Region Public Health said it had opened a phone line for worried residents and that the line had taken more than 300 calls by Monday evening.',
];
const block = [
  'Background: listeria monocytogenes is a bacterium found in soil, water and some animals, and unlike most foodborne bacteria it can grow at refrigerator temperatures, which is why soft cheeses, deli meats, smoked fish and pre-cut melon are among the foods most often linked to outbreaks.',
  "Canada's deadliest listeria outbreak, in 2008, was traced to a meat processing plant in Toronto and killed 22 people, leading to an independent investigation and changes to federal inspection rules.",
];
const elsewhere = [
  ['The orchestra announced a winter season of Sibelius symphonies conducted by its new music director.', 'Tickets for the opening concert go on sale to subscribers in the first week of September.'],
  story,
];

describe('candidatePairs: a copy padded with text of its own', () => {
  it('keeps a feature no other document holds out of the signature, so the padding takes no place from the shared words', () => {
    // Every sentence reworded a little, so no sentence is shared whole: only the signatures can pair them.
    const reworded = listeria.map((s) => `Reportedly, ${s.replace(/ said /, ' stated ')}`);
    const padded = [...reworded, ...block, ...block, ...block];
    expect(candidatePairs(buildVocabulary([listeria, padded, ...elsewhere]))).toContainEqual([0, 1]);
  });
});

describe('pairsSharingSentences', () => {
  const docs = (...texts: string[][]) => buildVocabulary(texts);
  it('pairs documents holding two sentences or more of the same words, not one, and skips stock sentences', () => {
    const quoting = ['Few shoppers ask how the cheese at weekend markets was kept cool.', listeria[1] as string, 'Those words deserve attention.', listeria[3] as string];
    const once = ['Few shoppers ask how the cheese was kept cool.', listeria[1] as string];
    expect(pairsSharingSentences(docs(listeria, quoting, once, ...elsewhere), 30)).toEqual([[0, 1]]);
    // A sentence held by more documents than the cap says nothing about which are related.
    const many = Array.from({ length: 4 }, (_, i) => [`Story ${i} opens with its own words about harbour number ${i}.`, listeria[1] as string, listeria[3] as string]);
    expect(pairsSharingSentences(docs(...many), 3)).toEqual([]);
    expect(pairsSharingSentences(docs(...many), 4)).toHaveLength(6);
  });

  it('has an opinion piece quoting two sentences compared with the report: no version of it, two sentences shared', () => {
    const opinion = [
      'When the dairies of the peninsula sell at weekend markets, few shoppers ask how the cheese was kept cool.',
      listeria[1] as string,
      'Those words deserve more attention than the recall notice itself, which reads like a formality.',
      listeria[3] as string,
      'Inspection regimes built for factories sit awkwardly with stalls run by two people and a van.',
      'A small producer cannot afford a laboratory, and a province that wants local food should help pay for one.',
      'Markets could share refrigerated display cases, as several in Quebec already do each summer season.',
      'Until then, every soft cheese bought from a folding table carries a risk that nobody has priced.',
    ];
    const article = (id: string, sentences: string[]) => ({ id, published: '2025-01-01', sentences: [sentences] }) as never;
    const result = compareCorpus([article('a-report', listeria), article('b-opinion', opinion), article('c-other', elsewhere[0] as string[]), article('d-other', story)]);
    const pair = result.pairs.find((p) => [p.left, p.right].sort().join() === 'a-report,b-opinion');
    expect(pair?.variant).toBe(false);
    expect(pair?.shared_sentences).toBeGreaterThanOrEqual(2);
  });
});
