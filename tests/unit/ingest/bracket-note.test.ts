// Whole-paragraph bracketed notes, and brackets inside prose that are not notes.
import { describe, expect, it } from 'vitest';
import { bracketedNote, draftNote } from '../../../src/lib/ingest/bracket-note.ts';

describe('bracketedNote', () => {
  it('takes a paragraph wholly in brackets', () => {
    expect(bracketedNote('[Translated from Portuguese by a monitoring desk. Original: a regional broadcaster.]')).toBe(true);
    expect(bracketedNote("[Editor's note: An earlier version of this story misstated the vote count.]")).toBe(true);
    expect(bracketedNote('[This story has been updated with a statement from the port.]. ')).toBe(true);
    expect(bracketedNote('[Note: figures in [brackets] are estimates.]')).toBe(true);
    // A draft's placeholder for a picture or graphic to go with the story.
    expect(bracketedNote('[PIC: harbour wall from the pier, credit J. Roe, free to use]')).toBe(true);
    expect(bracketedNote('[GRAPHIC – fares since 2015, from the annual report]')).toBe(true);
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

describe('draftNote', () => {
  it('takes a draft’s "TK" note of what is still to come, not a word that starts with the letters', () => {
    expect(draftNote('TK: waiting on the ferry company for this year’s figures.')).toBe(true);
    expect(draftNote('TK – quote from the union')).toBe(true);
    expect(draftNote('TKO in the third round ended the bout, the referee said.')).toBe(false);
    expect(draftNote('The TK: a new label for the ferry line, its owner said.')).toBe(false);
  });
});
