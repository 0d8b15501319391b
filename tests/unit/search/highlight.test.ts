// Marks: whole words by key, whole runs for aliases and phrases, approximate words said so.
import { describe, expect, it } from 'vitest';
import { findMarks } from '../../../src/lib/search/highlight.ts';
import { aliasPattern, patternsByFirstKey } from '../../../src/lib/search/aliases.ts';
import { textKeys } from '../../../src/lib/text/keys.ts';

const key = (w: string) => textKeys(w)[0]?.key as string;

describe('findMarks', () => {
  it('marks whole words whose key matched, never fragments', () => {
    const text = 'Iran and Bahrain, Egypt and Iran’s allies';
    const marks = findMarks(text, textKeys(text), [{ keys: new Map([[key('Iran'), false]]) }, { keys: new Map([[key('Egypt'), false]]) }]);
    expect(marks.map((m) => [m.text, m.unit])).toEqual([['Iran', 0], ['Egypt', 1], ['Iran’s', 0]]);
  });

  it('marks a whole alias run and names the alias', () => {
    const text = 'the so-called “Arab NATO” plan';
    const runs = patternsByFirstKey(['MESA', 'Arab NATO'].map((a) => aliasPattern(a, textKeys)));
    expect(findMarks(text, textKeys(text), [{ runs }])).toEqual([{ start: 15, end: 24, unit: 0, text: 'Arab NATO', approximate: false, alias: 'Arab NATO' }]);
  });

  it('says which marks are approximate', () => {
    const text = 'Mike Pompeo said';
    const [mark] = findMarks(text, textKeys(text), [{ keys: new Map([[key('Pompeo'), true]]) }]);
    expect(mark).toMatchObject({ text: 'Pompeo', approximate: true });
  });

  it('marks nothing when nothing matches', () => {
    expect(findMarks('nothing here', textKeys('nothing here'), [{ keys: new Map([[key('Egypt'), false]]) }])).toEqual([]);
  });
});
