import { describe, expect, it } from 'vitest';
import { isFramingNote } from '../../../src/lib/ingest/editor-note.ts';

describe('isFramingNote', () => {
  it('knows an editor’s note that frames a story, however its label is written', () => {
    expect(isFramingNote("Editor's note: This story is part of a series on rural hospitals. Have a tip? Write to us.")).toBe(true);
    expect(isFramingNote('Editor’s Note — This article contains descriptions of violence.')).toBe(true);
    expect(isFramingNote('EDITORS’ NOTE: The names of the victims are withheld at their families’ request.')).toBe(true);
  });

  it('leaves a correction or update note (it says why versions differ) and prose that mentions an editor', () => {
    expect(isFramingNote("Editor's note: An earlier version of this story misstated the number of seats.")).toBe(false);
    expect(isFramingNote("Editor's note: This story has been updated with comment from the union.")).toBe(false);
    expect(isFramingNote("The editor's note to readers was published on Monday, the paper said.")).toBe(false);
  });
});
