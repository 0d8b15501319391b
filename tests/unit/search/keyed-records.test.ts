// Keyed records: a document's paragraph keyed once, record 0 being the about line; a long one a stretch at a time.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { SearchDocument } from '../../../src/lib/search/data.ts';
import { keyedRecord, keyedStretches, recordStretches } from '../../../src/lib/search/keyed-records.ts';
import { textKeys } from '../../../src/lib/text/keys.ts';

const doc: SearchDocument = { id: 'x', title: 'Envoys meet', outlet: 'Wire', published: null, about: 'Envoys meet · Wire', paragraphs: ['Envoys met in Cairo.', 'Talks ended.'] };

describe('keyedRecord', () => {
  it('keys the about line as record 0 and paragraphs from 1', () => {
    expect(keyedRecord(doc, 0, textKeys).text).toBe('Envoys meet · Wire');
    const { text, words } = keyedRecord(doc, 1, textKeys);
    expect(text).toBe('Envoys met in Cairo.');
    expect(words.map((w) => w.word)).toEqual(textKeys(text).map((w) => w.word));
  });

  it('keys each paragraph of a document once', () => {
    const keyText = vi.fn(textKeys);
    const fresh: SearchDocument = { ...doc };
    const first = keyedRecord(fresh, 2, keyText).words;
    expect(keyedRecord(fresh, 2, keyText).words).toBe(first);
    expect(keyText).toHaveBeenCalledTimes(1);
  });
});

/** Sentences with every span the word rules join or read as one, and stops that are no sentence's end. */
const SENTENCES = [
  'Officials in the United States said at 6 a.m. that 2,015 people had left.',
  'The U.S. Senate voted 4.5% more, e.g. on the $1.4bn bill.',
  'Acme Corp. Chief Gov. Smith met the Middle East Strategic Alliance.',
  '"It was a long-term deal," the envoy said.',
  'Prices rose 3 per cent in 2019. Sales fell.',
  'Talks in Cairo ended at 11PM on Oct. 3.',
];

describe('recordStretches', () => {
  it('keeps a short record whole', () => {
    expect(recordStretches('Envoys met in Cairo. Talks ended.', 30)).toEqual([[0, 33]]);
    expect(recordStretches('Envoys met in Cairo. Talks ended.', 20)).toEqual([[0, 20], [21, 33]]);
  });

  it('cuts a long record after sentence ends only, never after an initial or a dotted abbreviation', () => {
    const text = SENTENCES.join(' ');
    const ranges = recordStretches(text, 40);
    expect(ranges.length).toBeGreaterThan(2);
    const pieces = ranges.map(([s, e]) => text.slice(s, e));
    expect(pieces.join(' ')).toBe(text);
    for (const piece of pieces.slice(0, -1)) expect(piece).toMatch(/[\p{Ll}\p{N}]{2}[.!?]["'”’)]?$/u);
    expect(pieces.some((p) => p.endsWith('U.S.') || p.endsWith('a.m.') || p.endsWith('e.g.'))).toBe(false);
  });

  it('keys a record in stretches as it keys it whole, whatever its sentences (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 12 }), fc.integer({ min: 10, max: 300 }), (sentences, size) => {
        const text = sentences.join(' ');
        const doc: SearchDocument = { id: 'p', title: 't', outlet: null, published: null, about: '', paragraphs: [text] };
        expect(keyedStretches(doc, 1, textKeys, size).all()).toEqual(textKeys(text));
      }),
      { numRuns: 200 },
    );
  });

  it('keys a stretch only when asked for it, once', () => {
    const keyText = vi.fn(textKeys);
    const text = SENTENCES.join(' ');
    const fresh: SearchDocument = { ...doc, paragraphs: [text] };
    const record = keyedStretches(fresh, 1, keyText, 40);
    expect(keyText).not.toHaveBeenCalled();
    record.words(0);
    record.words(0);
    expect(keyText).toHaveBeenCalledTimes(1);
    expect(record.all().length).toBe(textKeys(text).length);
    expect(keyText).toHaveBeenCalledTimes(record.ranges.length);
  });
});
