// The bracket-notes detector: a note of whoever passed the story on, wherever it stands in the body.
import { describe, expect, it } from 'vitest';
import bracketNotes from '../../../../src/lib/ingest/plugins/bracket-notes.ts';
import { lines, runPlugins } from '../../../support/ingest-tree.ts';

describe('bracket-notes plugin', () => {
  it('marks a bracketed note above or inside the story', () => {
    const run = runPlugins([bracketNotes], lines('[Translated from Greek by a monitoring desk.]', 'The port reopened on Monday.', "[Translator's note: the word used means a harbour master.]", 'Ships queued overnight.'));
    expect(run.parsed.paragraphs).toEqual(['The port reopened on Monday.', 'Ships queued overnight.']);
    expect(run.parsed.boilerplate.map((b) => b.kind)).toEqual(['other', 'other']);
  });

  it('keeps a paragraph that only opens or closes with bracketed words', () => {
    const run = runPlugins([bracketNotes], lines('[The harbour master] said the port would reopen.', 'Ships queued overnight [local time].'));
    expect(run.parsed.boilerplate).toEqual([]);
  });
});
