// Describing ranked articles: snippets and marks for the hits shown, and only those paragraphs keyed.
import { describe as group, expect, it, vi } from 'vitest';
import { describe, firstOfEachUnit } from '../../../src/lib/search/describe.ts';
import { plan } from '../../../src/lib/search/engine.ts';
import { textKeys } from '../../../src/lib/text/keys.ts';
import { countingSource, smallIndex } from './small-index.ts';

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
});

group('firstOfEachUnit', () => {
  it('keeps the first mark of each query part, as ranges', () => {
    const mark = (start: number, unit: number) => ({ start, end: start + 2, unit, text: 'xx', approximate: false, alias: null });
    expect(firstOfEachUnit([mark(0, 1), mark(5, 0), mark(9, 1)])).toEqual([[0, 2], [5, 7]]);
  });
});
