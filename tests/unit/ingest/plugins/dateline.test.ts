import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import dateline from '../../../../src/lib/ingest/plugins/dateline.ts';
import { lines, runPlugins } from '../../../support/ingest-tree.ts';

describe('dateline plugin', () => {
  it('separates an agency dateline and states the agency as outlet', () => {
    const run = runPlugins([dateline], lines('DUBAI (Reuters) – Gulf states are weighing a pact.', 'Talks go on.'));
    expect(run.parsed.paragraphs[0]).toBe('Gulf states are weighing a pact.');
    expect(run.meta).toEqual({ dateline: 'DUBAI (Reuters)', outlet: 'Reuters' });
    expect(run.parsed.boilerplate).toEqual([{ kind: 'dateline', text: 'DUBAI (Reuters)' }]);
  });

  it('keeps a stated outlet, and reads only the first body paragraph', () => {
    expect(runPlugins([dateline], 'Press TV – Iran said the pact was doomed.', { outlet: 'Tehran Times' }).meta.outlet).toBe('Tehran Times');
    expect(runPlugins([dateline], lines('Officials met.', 'WASHINGTON — Talks resumed.')).meta.dateline).toBeUndefined();
  });

  it('never reads a heading as a dateline', () => {
    const tree: Root = { type: 'root', children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Tasnim – the agency view' }] }] };
    expect(runPlugins([dateline], tree).meta.dateline).toBeUndefined();
  });
});
