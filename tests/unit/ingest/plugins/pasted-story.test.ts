// A story pasted inside notes: its headline, byline and dateline start it, the agency's sign-off ends it, the notes
// around it and between its paragraphs are the text's.
import { describe, expect, it } from 'vitest';
import dateline from '../../../../src/lib/ingest/plugins/dateline.ts';
import pastedStory, { datelineDay } from '../../../../src/lib/ingest/plugins/pasted-story.ts';
import { lines, runPlugins } from '../../../support/ingest-tree.ts';

describe('pasted-story plugin', () => {
  it('reads a story pasted deep inside notes: headline, byline and dateline start it, the agency’s sign-off ends it', () => {
    const tree = (check: string) => {
      const t = runPlugins([], lines(
        'This notebook checks the figures in a wire story that four member papers ran on 6 May.',
        'Setup cells load the port data and count the calls for each year since 2018.',
        'The story as received from the feed on 6 May, pasted paragraph by paragraph.',
        'Notes follow each paragraph they check, set apart in italics or under a bold label.',
        'Status key: the figure matches the source, needs context, or is wrong.',
        'The feed line, slug and priority are left out of what the papers printed.',
        'Rotterdam to make shore power compulsory for cruise ships',
        'By Pieter van Houten',
        'ROTTERDAM, May 6 (Harbour Wire) - Rotterdam will require cruise ships to plug into shore power from 2027.',
        check,
        'Ships that cannot connect will pay a surcharge of 4,500 euros per call.',
        '(Reporting by Pieter van Houten; Editing by Mark Hollis)',
        'Verdict: publishable with one caveat about the surcharge.',
      )).tree;
      return t;
    };
    const t = tree('Check 1: we have not seen the draft bylaws, and asked the port for a copy.');
    (t.children[9] as { data?: object }).data = { setApart: true };
    const run = runPlugins([pastedStory, dateline], t, { title: 'Claim check', author: 'Lina Osei', published: '2025-05-07' });
    expect(run.meta).toMatchObject({ title: 'Rotterdam to make shore power compulsory for cruise ships', author: 'Pieter van Houten', published: '2025-05-06', dateline: 'ROTTERDAM, May 6 (Harbour Wire)', outlet: 'Harbour Wire' });
    expect(run.parsed.paragraphs).toEqual(['Rotterdam will require cruise ships to plug into shore power from 2027.', 'Ships that cannot connect will pay a surcharge of 4,500 euros per call.']);
    // A paragraph not set apart by its type stays the story's.
    const plain = runPlugins([pastedStory, dateline], tree('The port said the surcharge would double a year later.'), { title: 'Claim check' });
    expect(plain.parsed.paragraphs).toHaveLength(3);
    expect(plain.meta.published).toBeUndefined();
    // Without a title of the text's own over it, the headline is the text's: nothing is read as pasted.
    expect(runPlugins([pastedStory], tree('The port said the surcharge would double.')).parsed.boilerplate).toEqual([]);
  });

  it('reads a line of the story’s date between its byline and dateline, and dates the story by it', () => {
    const t = lines(
      'This memo lists the copies of one story that reached the desk this week.',
      'The first one came by e-mail from the company, pasted under its own reply.',
      'Desalination brine linked to kelp die-off near Antofagasta, study says',
      'By Tomás Ferrada',
      '10 March 2025 · Andes Metals Report',
      'ANTOFAGASTA, Chile, 10 March — Brine discharged by a desalination plant may have harmed the kelp, a study says.',
      'The researchers surveyed the seabed four times between 2021 and 2024.',
    );
    const run = runPlugins([pastedStory, dateline], t, { title: 'Copies this week', published: '2025-03-14' });
    expect(run.meta).toMatchObject({ title: 'Desalination brine linked to kelp die-off near Antofagasta, study says', author: 'Tomás Ferrada', published: '2025-03-10' });
    expect(run.parsed.paragraphs).toEqual(['Brine discharged by a desalination plant may have harmed the kelp, a study says.', 'The researchers surveyed the seabed four times between 2021 and 2024.']);
  });

  it('dates a dateline’s day in the year of the text around it, or the year before when the day would fall after it', () => {
    expect(datelineDay('ROTTERDAM, May 6 (Harbour Wire)', '2025-05-07')).toBe('2025-05-06');
    expect(datelineDay('ROTTERDAM, Dec 30 (Harbour Wire)', '2025-01-02')).toBe('2024-12-30');
    expect(datelineDay('ROTTERDAM (Harbour Wire)', '2025-05-07')).toBeNull();
    expect(datelineDay('ROTTERDAM, May 6 (Harbour Wire)', undefined)).toBeNull();
  });

  it('reads no pasted story in an article whose head is its own: its headline is the title stated, and no prose stands above', () => {
    const article = lines('EXCLUSIVE', 'Rotterdam to make shore power compulsory for cruise ships', 'By Pieter van Houten', 'ROTTERDAM, May 6 (Harbour Wire) - Rotterdam will require cruise ships to plug in from 2027.', 'Ships that cannot connect will pay.', '(Reporting by Pieter van Houten; Editing by Mark Hollis)', 'Related: Port traffic hits a record');
    const run = runPlugins([pastedStory], article, { title: 'Rotterdam to make shore power compulsory for cruise ships', published: '2025-05-06', author: 'Pieter van Houten' });
    expect(run.meta).toEqual({ title: 'Rotterdam to make shore power compulsory for cruise ships', published: '2025-05-06', author: 'Pieter van Houten' });
    expect(run.parsed.boilerplate).toEqual([]);
  });
});
