// The pull-quotes detector: a quoted block repeating the article's own words is page furniture.
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import pullQuoteBlocks from '../../../../src/lib/ingest/plugins/pull-quotes.ts';
import { runPlugins } from '../../../support/ingest-tree.ts';

const SAID = 'Grell said the trains carried 11 passengers a night. "We cannot keep running empty trains at three in the morning," he said.';

describe('pull-quotes plugin', () => {
  it('marks the repeating block as page furniture and keeps the paragraph it repeats', () => {
    const p = (value: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] });
    const tree: Root = { type: 'root', children: [p(SAID), { type: 'blockquote', children: [p('We cannot keep running empty trains at three in the morning.')] }, p('Unions objected.')] };
    const run = runPlugins([pullQuoteBlocks], tree);
    expect(run.parsed.paragraphs).toEqual([SAID, 'Unions objected.']);
    expect(run.parsed.boilerplate.map((b) => b.kind)).toEqual(['other']);
  });
});
