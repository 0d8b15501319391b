// Describing ranked articles: snippets and marks for the hits shown, and only those paragraphs keyed.
import fc from 'fast-check';
import { describe as group, expect, it, vi } from 'vitest';
import { describe, distinctApproximations, firstOfEachUnit } from '../../../src/lib/search/describe.ts';
import { plan } from '../../../src/lib/search/engine.ts';
import { findMarks } from '../../../src/lib/search/highlight.ts';
import { recordStretches, STRETCH_CHARS } from '../../../src/lib/search/keyed-records.ts';
import { textKeys } from '../../../src/lib/text/keys.ts';
import { snippetAcross } from '../../../src/lib/text/snippet.ts';
import { article } from '../present/make.ts';
import { countingSource, smallIndex, sourceOf, SMALL_TERMS } from './small-index.ts';

/** Sentences for paragraphs long enough to be keyed in stretches: names, a term's aliases, figures, a phrase. */
const LONG_SENTENCES = [
  'Officials in Cairo said the envoy had left at 6 a.m. on Tuesday.',
  'The Arab NATO plan stalled, and the U.S. Senate did not vote.',
  'Egypt doubted the Middle East Strategic Alliance from the start.',
  '"It was a nuclear deal in all but name," the envoy said.',
  'Sanctions on Iran widened by 4.5% as Acme Corp. sold $1.4bn of bonds.',
  'Jordan signed the water pact after talks in Riyadh ended.',
  'Nothing else was agreed, and the ministers went home.',
];

group('describe', () => {
  const index = smallIndex();

  it('reads the shown articles only and cuts a snippet per shown hit', async () => {
    const { source, fetched } = countingSource(index);
    const found = await plan(source, 'Cairo ');
    fetched.length = 0;
    const groups = await describe(source, found, found.ranked.slice(0, 1), 5);
    expect(fetched).toEqual([`doc ${found.ranked[0]?.article}`]);
    expect(groups[0]?.hits[0]?.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['Cairo']);
    expect(groups[0]?.marks).toEqual(['Cairo']);
  });

  it('keys only the paragraphs of the hits it shows, and still counts every hit', async () => {
    const { source } = countingSource(index);
    const found = await plan(source, 'Egypt ');
    const keyText = vi.fn(textKeys);
    const groups = await describe(source, found, found.ranked.slice(0, 1), 0, keyText);
    expect(keyText).not.toHaveBeenCalled();
    expect(groups[0]?.hits).toEqual([]);
    expect(groups[0]?.hitCount).toBe(found.ranked[0]?.hits.length);
  });

  it('says which alias a term was found by, and which words are only close to what was typed', async () => {
    const { source } = countingSource(index);
    const term = await plan(source, 'MESA ');
    const [a1] = await describe(source, term, term.ranked, 5);
    expect(a1?.hits.map((h) => h.via).sort()).toEqual(['Arab NATO', 'Middle East Strategic Alliance']);
    const typo = await plan(source, 'Pompoe ');
    const [a0] = await describe(source, typo, typo.ranked, 5);
    expect(a0?.hits[0]?.approximate).toEqual([{ typed: 'Pompoe', found: 'Pompeo' }]);
  });
  // Found by a first user: "approximate: “Listeria” for “listria” approximate: “listeria” for “listria”".
  it('says each word found for a typed one once, whatever its case', () => {
    expect(distinctApproximations([{ typed: 'listria', found: 'Listeria' }, { typed: 'listria', found: 'listeria' }, { typed: 'listria', found: 'listeriosis' }])).toEqual([{ typed: 'listria', found: 'Listeria' }, { typed: 'listria', found: 'listeriosis' }]);
  });

  it('keys a long paragraph only as far as its snippet reaches, and shows what keying it whole shows (property)', async () => {
    const queries = ['envoy', 'MESA', 'Cairo sanctions', '"nuclear deal"', 'Riyadh ministers', 'Acme', 'pact vote'];
    await fc.assert(
      // A run of sentences matching nothing first, so the first marks fall anywhere, near a stretch's end too.
      fc.asyncProperty(fc.nat(60), fc.array(fc.constantFrom(...LONG_SENTENCES), { minLength: 20, maxLength: 90 }), fc.constantFrom(...queries), async (filler, sentences, query) => {
        const text = [...Array.from({ length: filler }, () => 'Rain fell on the city all week.'), ...sentences].join(' ');
        const source = sourceOf([article('long', { paragraphs: [text] })], SMALL_TERMS);
        const found = await plan(source, query);
        const [result] = await describe(source, found, found.ranked.slice(0, 1), 5);
        const whole = textKeys(text);
        const expected = (found.ranked[0]?.hits ?? []).slice(0, 5).map((h) => {
          const marks = findMarks(text, whole, found.matchers).filter((m) => h.units.includes(m.unit));
          return snippetAcross(text, marks.map((m) => [m.start, m.end]), firstOfEachUnit(marks));
        });
        expect(result?.hits.map((h) => h.segments) ?? []).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('marks what a snippet shows past the end of the stretch its first mark is in', async () => {
    const filler = Array.from({ length: 31 }, () => 'Rain fell on the city all week.');
    const text = [...filler, 'They waited for the envoy.', 'The envoy spoke at noon.', ...filler].join(' ');
    expect(text.slice(0, recordStretches(text)[0]?.[1])).toMatch(/envoy\.$/);
    const source = sourceOf([article('long', { paragraphs: [text] })]);
    const found = await plan(source, 'envoy');
    const [result] = await describe(source, found, found.ranked, 5);
    expect(result?.hits[0]?.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['envoy', 'envoy']);
  });

  it('keys no more of a long paragraph than the stretches its first marks need', async () => {
    const text = [...LONG_SENTENCES, ...Array.from({ length: 80 }, () => LONG_SENTENCES[6])].join(' ');
    expect(text.length).toBeGreaterThan(STRETCH_CHARS * 3);
    const source = sourceOf([article('long', { paragraphs: [text] })]);
    const found = await plan(source, 'envoy');
    const keyed: string[] = [];
    const [result] = await describe(source, found, found.ranked, 5, (t) => (keyed.push(t), textKeys(t)));
    expect(result?.hits[0]?.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['envoy']);
    expect(keyed.join('').length).toBeLessThan(text.length / 2);
  });
});

group('firstOfEachUnit', () => {
  it('keeps the first mark of each query part, as ranges', () => {
    const mark = (start: number, unit: number) => ({ start, end: start + 2, unit, text: 'xx', approximate: false, alias: null });
    expect(firstOfEachUnit([mark(0, 1), mark(5, 0), mark(9, 1)])).toEqual([[0, 2], [5, 7]]);
  });

});
