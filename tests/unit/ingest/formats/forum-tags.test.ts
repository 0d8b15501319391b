import { describe, expect, it } from 'vitest';
import { withoutQuoteTags } from '../../../../src/lib/ingest/formats/forum-tags.ts';

describe('withoutQuoteTags', () => {
  it('blanks a forum’s quotation tag lines, keeping every other line where it was', () => {
    const raw = ['Heads up:', '', '[quote="kauna_maps, post:1, topic:88"]', 'Council approves new names.', '*© 2025 The Observer. All rights reserved.*', '[/quote]', '', 'My suggestion follows.'].join('\n');
    expect(withoutQuoteTags(raw).split('\n')).toEqual(['Heads up:', '', '', 'Council approves new names.', '*© 2025 The Observer. All rights reserved.*', '', '', 'My suggestion follows.']);
  });

  it('leaves a text alone that does not both open and close a quotation, and a tag inside a line', () => {
    expect(withoutQuoteTags('[quote]\nOnly opened.')).toBe('[quote]\nOnly opened.');
    const inline = 'He wrote [quote]this[/quote] in a line.\n[quote]\nx\n[/quote]';
    expect(withoutQuoteTags(inline)).toBe('He wrote [quote]this[/quote] in a line.\n\nx\n');
  });
});
