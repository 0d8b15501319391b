import { describe, expect, it } from 'vitest';
import readMore from '../../../../src/lib/ingest/plugins/read-more.ts';
import { lines, runPlugins } from '../../../support/ingest-tree.ts';

describe('read-more plugin', () => {
  it('marks a trailing "read more" as boilerplate and leaves the sentence', () => {
    const { parsed } = runPlugins([readMore], lines('Ministers met in Doha on Monday. read more', 'They agreed. Continue reading'));
    expect(parsed.paragraphs).toEqual(['Ministers met in Doha on Monday.', 'They agreed.']);
    expect(parsed.boilerplate).toEqual([{ kind: 'read-more', text: 'read more' }, { kind: 'read-more', text: 'Continue reading' }]);
  });

  it('leaves "read more" inside a sentence alone', () => {
    const { parsed } = runPlugins([readMore], 'Officials said people should read more about the plan before the vote.');
    expect(parsed.boilerplate).toEqual([]);
    expect(parsed.paragraphs).toHaveLength(1);
  });
});
