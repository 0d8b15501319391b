import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import issueArticles from '../../../../src/lib/ingest/plugins/issue-articles.ts';
import { runPlugins } from '../../../support/ingest-tree.ts';

const heading = (value: string) => ({ type: 'heading' as const, depth: 1 as const, children: [{ type: 'text' as const, value }] });
const paragraph = (value: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] });

describe('issue-articles plugin', () => {
  it('sets the issue’s front matter and its other articles aside, and leaves the story read', () => {
    const story = Array.from({ length: 5 }, (_, i) => paragraph(`Paragraph ${i + 1} of the story says what the assembly decided on Wednesday and why.`));
    const tree: Root = {
      type: 'root',
      children: [heading('The Volta Observer'), paragraph('Sat, 14 Jun 2025'), heading('Keta fishermen given until July'), paragraph('By Selasi Kumordzi'), ...story, heading('Cocoa price raised'), paragraph('By Kwame Asante'), paragraph('Farmers will receive 10 per cent more per bag from July, the board said.')],
    };
    const run = runPlugins([issueArticles], tree);
    expect(run.parsed.boilerplate.map((b) => b.text)).toEqual(['The Volta Observer', 'Sat, 14 Jun 2025', 'Cocoa price raised', 'By Kwame Asante', 'Farmers will receive 10 per cent more per bag from July, the board said.']);
    // The story's heading and byline are left for the head rules, with its five paragraphs.
    expect(run.parsed.paragraphs).toHaveLength(7);
    expect(run.meta.outlet).toBe('The Volta Observer');
  });
});
