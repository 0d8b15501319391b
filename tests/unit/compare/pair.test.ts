// One pair aligned (compare/pair.ts): crossheads are not body text, the size guard, the figures and the verdict, and
// finishing a scored pair under the vocabulary's entity rules.
import { describe, expect, it } from 'vitest';
import { alignmentStats, canAlign, finishAlignment, headingSentences, isVariant, nearMiss, scoreArticles } from '../../../src/lib/compare/pair.ts';
import { buildVocabulary } from '../../../src/lib/compare/vocabulary.ts';
import { MAX_ALIGN_CELLS } from '../../../src/lib/compare/thresholds.ts';
import { buildEntityTable } from '../../../src/lib/text/entities.ts';

const doc = (id: string, sentences: string[][], headings: number[] = []) => ({ id, sentences, headings });

describe('headingSentences', () => {
  it('gives the flat indices of the crossheads’ sentences, and none without headings', () => {
    const a = doc('a', [['One.', 'Two.'], ['Heading'], ['Three.']], [1]);
    expect([...headingSentences(a)]).toEqual([2]);
    expect([...headingSentences({ sentences: a.sentences })]).toEqual([]);
  });
});

describe('canAlign', () => {
  it('refuses a grid larger than MAX_ALIGN_CELLS', () => {
    const side = Math.ceil(Math.sqrt(MAX_ALIGN_CELLS)) + 1;
    const big = { sentences: [Array.from({ length: side }, (_, i) => `S${i}.`)] };
    expect(canAlign(big, big)).toBe(false);
    expect(canAlign({ sentences: [['A.']] }, big)).toBe(true);
  });
});

describe('alignmentStats and isVariant', () => {
  it('counts kinds and shares from linked rows', () => {
    const rows = [
      { kind: 'same' as const, left: ['a'], right: ['a'], score: 1 },
      { kind: 'left-only' as const, left: ['b'], right: [], score: 0 },
    ];
    const s = alignmentStats(rows, 2, 1);
    expect(s).toMatchObject({ same: 1, left_only: 1, left_kept: 0.5, right_from_left: 1, links: 1 });
    expect(isVariant({ ...s, left_sentences: 2, right_sentences: 1 })).toBe(true);
    expect(isVariant({ ...s, links: 0, left_sentences: 2, right_sentences: 1 })).toBe(false);
  });
});

describe('nearMiss', () => {
  it('is a pair covering enough of the shorter article with two links, one short of a variant', () => {
    const stats = { links: 2, carried: 0.47, left_kept: 0.3, right_from_left: 0.667, left_sentences: 9, right_sentences: 3 };
    expect(isVariant(stats)).toBe(false);
    expect(nearMiss(stats)).toBe(true);
    expect(nearMiss({ ...stats, links: 1 })).toBe(false);
    expect(nearMiss({ ...stats, carried: 0.2 })).toBe(false);
    expect(nearMiss({ ...stats, links: 3 })).toBe(false);
  });
});

describe('scoreArticles: sentences shared nearly word for word', () => {
  it('counts the linked rows at least CHECK_SHARED_ROW close, in a pair that is no version of one story', () => {
    const borrowed = ['The council approved the 1.4 billion euro desalination plant on Tuesday by 31 votes to 12.', 'The plant will produce 210,000 cubic metres of drinking water a day from 2029.'];
    const wire = doc('w', [[...borrowed, 'Farmers have faced cuts of 40 percent in irrigation since last summer.', 'Construction is due to begin on June 2.', 'Environmental groups say brine could harm seagrass in the bay.']]);
    const opinion = doc('o', [['Every summer the same story: pipes leak while the council dreams of grand projects.', ...borrowed, 'Fixing the network would save more water than any plant, and for half the money.', 'Our readers deserve a debate, not a ribbon-cutting.', 'The council should think again before the first stone is laid.', 'Water is too precious to be spent on prestige.']]);
    const v = buildVocabulary([wire, opinion].map((d) => d.sentences.flat()));
    const score = scoreArticles(wire, opinion, v, 0, 1);
    expect(score.shared).toBe(2);
    expect(score.variant).toBe(false);
  });
});

describe('finishAlignment: quotation marks', () => {
  // Found by a first user: two rows differing only in curly against straight quotes were listed as changes.
  it('reads a sentence with straight quotes and its copy with curly ones as the same, and lists no change for it', () => {
    const left = doc('l', [['“A citizen’s body is not a password,” the judge wrote.', 'The ruling halts registration for 90 days.']]);
    const right = doc('r', [['"A citizen\'s body is not a password," the judge wrote.', 'The ruling halts registration for 90 days.']]);
    const v = buildVocabulary([left, right].map((d) => d.sentences.flat()));
    const a = finishAlignment(left, right, scoreArticles(left, right, v, 0, 1), v);
    expect(a.rows.map((r) => r.kind)).toEqual(['same', 'same']);
    expect(a.changes).toEqual([]);
  });
});

describe('finishAlignment', () => {
  const left = doc('l', [['Talks on the pact resumed in Cairo on Monday, officials said.'], ['Background'], ['The US envoy met the ministers of six Gulf states.']], [1]);
  const right = doc('r', [['Talks on the pact resumed in Cairo on Monday, officials said.'], ['The United States envoy met the ministers of six Gulf states.']]);

  it('never reports a crosshead as a dropped sentence, only as a crosshead', () => {
    const v = buildVocabulary([left, right].map((d) => d.sentences.flat()));
    const a = finishAlignment(left, right, scoreArticles(left, right, v, 0, 1), v);
    expect(a.rows.some((r) => r.left.includes('Background'))).toBe(true);
    expect(a.changes.filter((c) => c.left?.includes('Background')).map((c) => c.type)).toEqual(['heading-dropped']);
  });

  it('keys names with the vocabulary’s entity rules: "US" and "United States" are one name, no change', () => {
    const entities = buildEntityTable([]);
    const v = buildVocabulary([left, right].map((d) => d.sentences.flat()), undefined, entities);
    const a = finishAlignment(left, right, scoreArticles(left, right, v, 0, 1), v);
    expect(a.changes.filter((c) => c.type === 'name-added' || c.type === 'name-dropped')).toEqual([]);
    const envoy = a.rows.find((r) => r.left.some((s) => s.includes('envoy')));
    expect(envoy?.ops.filter((o) => o.variant).map((o) => o.text)).toEqual(['US', 'United States']);
  });
});
