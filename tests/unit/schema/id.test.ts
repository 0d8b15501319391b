// The id shape the schema and the browser share: every id a file name gives has it; words a reader types do not.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ARTICLE_ID } from '../../../src/lib/schema/id.ts';
import { idFromFileName } from '../../../src/lib/ingest/id.ts';

describe('ARTICLE_ID', () => {
  it('holds every non-empty id a file name gives', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 40 }), (name) => {
      const id = idFromFileName(`${name}.txt`);
      return id === '' || ARTICLE_ID.test(id);
    }));
    expect(ARTICLE_ID.test(idFromFileName('001_bc2d5a695a7b0f21.txt'))).toBe(true);
  });

  it('does not hold words with a space or a capital', () => {
    expect(ARTICLE_ID.test('arab nato')).toBe(false);
    expect(ARTICLE_ID.test('Andes')).toBe(false);
    expect(ARTICLE_ID.test('-lead')).toBe(false);
  });
});
