// Whole-paragraph bracketed notes, and brackets inside prose that are not notes.
import { describe, expect, it } from 'vitest';
import { bracketedNote } from '../../../src/lib/ingest/bracket-note.ts';

describe('bracketedNote', () => {
  it('takes a paragraph wholly in brackets', () => {
    expect(bracketedNote('[Translated from Portuguese by a monitoring desk. Original: a regional broadcaster.]')).toBe(true);
    expect(bracketedNote("[Editor's note: An earlier version of this story misstated the vote count.]")).toBe(true);
    expect(bracketedNote('[This story has been updated with a statement from the port.]. ')).toBe(true);
    expect(bracketedNote('[Note: figures in [brackets] are estimates.]')).toBe(true);
  });

  it('leaves prose with bracketed insertions, and one or two bracketed words, alone', () => {
    expect(bracketedNote('[The minister] said the plan would [not] change.')).toBe(false);
    expect(bracketedNote('"[We] will appeal," the lawyer said.')).toBe(false);
    expect(bracketedNote('[Applause]')).toBe(false);
    expect(bracketedNote('[1] [2]')).toBe(false);
    expect(bracketedNote('Officials met on Monday [local time] to agree the deal.')).toBe(false);
    // A transcript's bracketed paraphrase is the article's text: it does not say it is a note.
    expect(bracketedNote('[Speaking in French, she said the tariffs would also protect dairy farmers in the east.]')).toBe(false);
  });
});
