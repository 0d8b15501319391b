import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import crossheads from '../../../../src/lib/ingest/plugins/crossheads.ts';
import { lines, runPlugins } from '../../../support/ingest-tree.ts';

describe('crossheads plugin', () => {
  it('turns a short Title Case line between paragraphs into a heading', () => {
    const run = runPlugins([crossheads], lines('Officials met.', 'Trust Issues', 'They disagreed.'));
    expect(run.parsed.headings).toEqual([1]);
    expect(run.tree.children[1]?.type).toBe('heading');
  });

  it('never takes the first or last line, or a line ending like a sentence or a clause', () => {
    expect(runPlugins([crossheads], lines('Trust Issues', 'Officials met.', 'Final Word')).parsed.headings).toEqual([]);
    expect(runPlugins([crossheads], lines('Officials met.', 'They said:', 'Nothing.')).parsed.headings).toEqual([]);
  });

  it('keeps a heading from the markup a heading, wherever it is', () => {
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Officials met.' }] }, { type: 'heading', depth: 2, children: [{ type: 'text', value: 'What happens next, and why it matters.' }] }] };
    expect(runPlugins([crossheads], tree).parsed.headings).toEqual([1]);
  });
});
