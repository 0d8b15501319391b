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

  it('keeps a stated outlet, and reads a later paragraph only for a place, a day or an agency with more story under it', () => {
    expect(runPlugins([dateline], 'Press TV – Iran said the pact was doomed.', { outlet: 'Tehran Times' }).meta.outlet).toBe('Tehran Times');
    expect(runPlugins([dateline], lines('Officials met.', 'WASHINGTON — Talks resumed.')).meta.dateline).toBeUndefined();
    expect(runPlugins([dateline], lines('Officials met.', 'Meanwhile – talks resumed.', 'More followed.')).meta.dateline).toBeUndefined();
    // Nor a place and a dash over no sentence (a property test's counterexample).
    expect(runPlugins([dateline], lines('Officials met on Sunday.', 'AAA  –  !', 'Aa')).parsed.paragraphs).toContain('Officials met on Sunday.');
  });

  it('takes the short lines over the paragraph the story opens with as the head: a standfirst, a caption, labels', () => {
    const run = runPlugins([dateline], lines(
      'The $3.1 million project will push the intake into a deeper part of the channel.',
      'Riverbend Courier',
      'Temporary pumps sit on a barge beside the plant in October. Jolene Maartens/Riverbend Courier',
      'DAVENPORT, Iowa — The city will spend $3.1 million to extend its main water intake.',
      'The council voted 8-0 to approve the project.',
    ));
    expect(run.meta.dateline).toBe('DAVENPORT, Iowa');
    expect(run.parsed.paragraphs).toEqual(['The city will spend $3.1 million to extend its main water intake.', 'The council voted 8-0 to approve the project.']);
    expect(run.parsed.boilerplate.map((b) => b.kind)).toEqual(['standfirst', 'other', 'other', 'dateline']);
  });

  it('reads a byline among the lines over the opening dateline for the author, unless one is stated', () => {
    const head = ['Environment', 'The walls will run along 1.3 miles of the stream.', 'By Malia Kanahele-Ortiz', 'HONOLULU — The Honolulu City Council on Thursday approved a $48 million plan.', 'The measure passed 7-2.'];
    const run = runPlugins([dateline], lines(...head));
    expect(run.meta.author).toBe('Malia Kanahele-Ortiz');
    expect(run.parsed.boilerplate.map((b) => b.kind)).toEqual(['other', 'standfirst', 'byline', 'dateline']);
    expect(runPlugins([dateline], lines(...head), { author: 'Ana Ruiz' }).meta.author).toBe('Ana Ruiz');
  });

  it('takes the last headline-like line over the opening dateline for the title when none is stated', () => {
    const pasted = ['Iberia Wire wrote:', 'Portugal approves desalination plant for the Algarve', 'By Marta Quintela', 'LISBON, March 4 (Iberia Wire) - Portugal approved a desalination plant on the Algarve coast on Tuesday.', 'It opens in 2027.'];
    const run = runPlugins([dateline], lines(...pasted));
    expect(run.meta.title).toBe('Portugal approves desalination plant for the Algarve');
    expect(run.parsed.boilerplate.map((b) => b.kind)).toEqual(['other', 'byline', 'dateline']);
    // A headline with an abbreviation's full stop is one sentence still.
    const abbreviated = runPlugins([dateline], lines('U.S. Senate passes the desalination funding bill', 'By Marta Quintela', ...pasted.slice(3)));
    expect(abbreviated.meta.title).toBe('U.S. Senate passes the desalination funding bill');
    // A stated title stands, and the line is the head's.
    expect(runPlugins([dateline], lines(...pasted), { title: 'Desalination plant approved' }).meta.title).toBe('Desalination plant approved');
  });

  it('leaves a paragraph of the story above a dateline in the body: the dateline is not the opening one', () => {
    const long = `${'The ministry said the talks, which began in March, would go on through the summer and into the autumn. '.repeat(4)}`;
    const run = runPlugins([dateline], lines(long.trim(), 'LONDON (Reuters) — Officials met again on Monday.', 'More followed.'));
    expect(run.meta.dateline).toBeUndefined();
    expect(run.parsed.paragraphs).toHaveLength(3);
  });

  it('never reads a heading as a dateline', () => {
    const tree: Root = { type: 'root', children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Tasnim – the agency view' }] }] };
    expect(runPlugins([dateline], tree).meta.dateline).toBeUndefined();
  });
});
