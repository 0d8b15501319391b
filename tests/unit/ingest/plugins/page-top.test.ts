import { describe, expect, it } from 'vitest';
import pageTop from '../../../../src/lib/ingest/plugins/page-top.ts';
import { lines, runPlugins } from '../../../support/ingest-tree.ts';

const BODY = 'A ferry carrying 612 passengers reached port in Estonia on Tuesday after drifting for 30 hours.';

describe('page-top plugin: a byline beside a time stamp', () => {
  it('takes the organisation after the writer for the outlet, not for a second author', () => {
    const run = runPlugins([pageTop], lines('Valmora approves desalination plant amid the worst drought in decades', 'By Henrik Salo, Continental Press Agency', '11 March 2025', BODY));
    expect(run.meta).toMatchObject({ author: 'Henrik Salo', outlet: 'Continental Press Agency', published: '2025-03-11' });
  });
});

describe('page-top plugin', () => {
  it('marks a copied page’s navigation and time stamps, and states the publication date', () => {
    const run = runPlugins([pageTop], lines('Skip to main content', 'World', 'Politics', 'Ferry reaches port after drifting for 30 hours', 'Published 3:45 PM EST, Tue March 5, 2024', 'Updated 6:12 PM EST, Tue March 5, 2024', BODY));
    expect(run.parsed.paragraphs).toEqual(['Ferry reaches port after drifting for 30 hours', BODY]);
    expect(run.parsed.boilerplate.map((b) => b.kind)).toEqual(['other', 'other', 'other', 'date', 'date']);
    expect(run.meta.published).toBe('2024-03-05');
  });

  it('reads a time stamp that ends like a sentence ("9:15 a.m."), and still stops at the first line of prose', () => {
    const run = runPlugins([pageTop], lines('Ferry reaches port', 'Published: Jun. 12, 2024, 5:40 a.m. Updated: Jun. 12, 2024, 9:15 a.m.', BODY, 'Updated 9:15 a.m.'));
    expect(run.parsed.boilerplate).toEqual([{ kind: 'date', text: 'Published: Jun. 12, 2024, 5:40 a.m. Updated: Jun. 12, 2024, 9:15 a.m.' }]);
    expect(run.meta.published).toBe('2024-06-12');
    expect(run.parsed.paragraphs).toEqual(['Ferry reaches port', BODY, 'Updated 9:15 a.m.']);
  });

  it('takes a line of names beside a time stamp for the authors', () => {
    const run = runPlugins([pageTop], lines('KP cabinet approves plan to rebuild flood-hit schools', 'Ihsanullah Wazir', 'Published November 3, 2023 Updated about 2 hours ago', BODY));
    expect(run.meta).toEqual({ author: 'Ihsanullah Wazir', published: '2023-11-03' });
    expect(run.parsed.paragraphs).toEqual(['KP cabinet approves plan to rebuild flood-hit schools', BODY]);
  });

  it('does not take a short title-case headline over a time stamp for names, and reads the line under the stamp then', () => {
    const alone = runPlugins([pageTop], lines('Biden Visits Kyiv', 'Published November 3, 2023', BODY));
    expect(alone.meta).toEqual({ published: '2023-11-03' });
    const under = runPlugins([pageTop], lines('World', 'Biden Visits Kyiv', 'Published November 3, 2023', 'Ana Ruiz and John Roe', BODY));
    expect(under.meta).toEqual({ author: 'Ana Ruiz, John Roe', published: '2023-11-03' });
  });

  it('keeps a stated date and author, and reads no time stamp in the prose', () => {
    const run = runPlugins([pageTop], lines('Donald Trump', 'Published 5 March 2024', BODY, 'Updated 6 March 2024'), { published: '2020-01-01', author: 'Jane Doe' });
    expect(run.meta).toEqual({ published: '2020-01-01', author: 'Jane Doe' });
    expect(run.parsed.paragraphs).toEqual(['Donald Trump', BODY, 'Updated 6 March 2024']);
  });

  it('marks a bar of a time stamp and the page’s buttons as the date line, and leaves a bar of sections', () => {
    const run = runPlugins([pageTop], lines('Ferry reaches port after drifting for 30 hours', '14 May 2024 | Print | Share', BODY));
    expect(run.parsed.boilerplate).toEqual([{ kind: 'date', text: '14 May 2024 | Print | Share' }]);
    expect(run.meta.published).toBe('2024-05-14');
    const sections = runPlugins([pageTop], lines('Ferry reaches port after drifting for 30 hours', '14 May 2024 | Baltic | Shipping', BODY));
    expect(sections.parsed.boilerplate).toEqual([]);
  });
});
