import { describe, expect, it } from 'vitest';
import { isFramingNote } from '../../../src/lib/ingest/editor-note.ts';
import editorNote from '../../../src/lib/ingest/plugins/editor-note.ts';
import { lines, runPlugins } from '../../support/ingest-tree.ts';

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

describe('editor-note plugin', () => {
  const story = 'BRENNAU (Reuters) – The operator will scrap most night services from December, it said on Wednesday.';
  it('takes a framing note above the story out of the body, so the story’s first line opens it', () => {
    const run = runPlugins([editorNote], lines("Editor's note: This story is part of our series on night travel.", story, 'The cuts affect three lines.'));
    expect(run.parsed.paragraphs).toEqual([story, 'The cuts affect three lines.']);
    expect(run.parsed.boilerplate).toEqual([{ kind: 'other', text: "Editor's note: This story is part of our series on night travel." }]);
  });

  it('leaves a note that stands after the story’s first line', () => {
    const run = runPlugins([editorNote], lines(story, "Editor's note: This story is part of our series on night travel."));
    expect(run.parsed.paragraphs).toHaveLength(2);
  });
});
