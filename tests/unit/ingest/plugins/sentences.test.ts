import { describe, expect, it } from 'vitest';
import crossheads from '../../../../src/lib/ingest/plugins/crossheads.ts';
import sentences from '../../../../src/lib/ingest/plugins/sentences.ts';
import { lines, runPlugins } from '../../../support/ingest-tree.ts';

describe('sentences plugin', () => {
  it('stores each body paragraph\'s sentences, joining back to the paragraph; a heading is one sentence', () => {
    const run = runPlugins([crossheads, sentences], lines('Officials met in Doha.   They agreed.', 'Trust Issues', 'Talks resume in May. Nobody knows when.'));
    expect(run.parsed.sentences).toEqual([['Officials met in Doha.', 'They agreed.'], ['Trust Issues'], ['Talks resume in May.', 'Nobody knows when.']]);
    expect(run.parsed.sentences.map((s) => s.join(' '))).toEqual(run.parsed.paragraphs);
  });
});
