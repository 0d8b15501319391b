// The editor-note detector: a framing note above the story's first line is set beside the body.
import { describe, expect, it } from 'vitest';
import editorNote from '../../../../src/lib/ingest/plugins/editor-note.ts';
import { lines, runPlugins } from '../../../support/ingest-tree.ts';

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
