// Keyed records: a document's paragraph keyed once, record 0 being the about line.
import { describe, expect, it, vi } from 'vitest';
import type { SearchDocument } from '../../../src/lib/search/data.ts';
import { keyedRecord } from '../../../src/lib/search/keyed-records.ts';
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
