// The byline detector plugin on its own: which block it marks and what it states.
import { describe, expect, it } from 'vitest';
import byline from '../../../../src/lib/ingest/plugins/byline.ts';
import { lines, runPlugins } from '../../../support/ingest-tree.ts';

describe('byline plugin', () => {
  it('marks the first byline among the leading blocks and states its author and date', () => {
    const run = runPlugins([byline], lines('Port strike ends', 'By Amira Saleh · 2 June 2023', 'By Other Person · 3 June 2023', 'Dock workers voted on Friday.'));
    expect(run.meta).toEqual({ author: 'Amira Saleh', published: '2023-06-02' });
    expect(run.parsed.boilerplate).toEqual([{ kind: 'byline', text: 'By Amira Saleh · 2 June 2023' }]);
    expect(run.parsed.paragraphs).toContain('By Other Person · 3 June 2023');
  });

  it('takes a time stamp on the line under the byline for its date, and leaves a line of prose there', () => {
    const run = runPlugins([byline], lines('By Gareth Hollins', 'Saturday, 7 June 2025, 6:00 am BST', 'A flood barrier will not be finished until 2028.'));
    expect(run.meta).toEqual({ author: 'Gareth Hollins', published: '2025-06-07' });
    expect(run.parsed.boilerplate.map((b) => b.kind)).toEqual(['byline', 'date']);
    // With an audio player's button run on after it.
    const audio = runPlugins([byline], lines('By Aurelie Thibodeau', 'Published June 10, 2025 12:04 p.m. | Updated June 10, 2025 5:31 p.m. Listen to this article', 'Nova Scotia will require lobster buyers to report prices.'));
    expect(audio.meta.published).toBe('2025-06-10');
    // With the outlet beside the date, set apart by a dot; a section's label beside it is no date line either way.
    const outlet = runPlugins([byline], lines('By Tomás Ferrada', '10 March 2025 · Andes Metals Report', 'Brine from a plant harmed the kelp, a study says.'));
    expect(outlet.meta.published).toBe('2025-03-10');
    expect(outlet.parsed.boilerplate.map((b) => b.kind)).toEqual(['byline', 'date']);
    const sentence = runPlugins([byline], lines('By Tomás Ferrada', '10 March 2025 · the plant said it complied', 'Brine from a plant harmed the kelp, a study says.'));
    expect(sentence.meta.published).toBeUndefined();
    const prose = runPlugins([byline], lines('By Gareth Hollins', 'On 7 June 2025 the council met.', 'It voted.'));
    expect(prose.parsed.paragraphs).toHaveLength(2);
  });

  it('states the author alone when the byline prints no date', () => {
    expect(runPlugins([byline], lines('By José Núñez', 'Dock workers voted on Friday.')).meta).toEqual({ author: 'José Núñez' });
  });

  it('looks no further than the fourth block', () => {
    const run = runPlugins([byline], lines('The first line.', 'The second line.', 'The third line.', 'The fourth line.', 'By Amira Saleh · 2 June 2023'));
    expect(run.meta).toEqual({});
    expect(run.parsed.boilerplate).toEqual([]);
  });

  it('does not count a page’s labels of a word or two ("Donate", "Listen Live", "ENVIRONMENT") as lines', () => {
    const run = runPlugins([byline], lines('KWSN News | Western Kansas Public Media', 'Donate', 'Listen Live', 'ENVIRONMENT', 'A district voted to cut pumping. Now farmers decide how.', 'The first district to impose cuts.', 'By Dana Whitcomb', 'The board voted on Monday.'));
    expect(run.meta).toEqual({ author: 'Dana Whitcomb' });
  });

  it('does not count an app’s buttons between the headline and the byline as lines', () => {
    const run = runPlugins([byline], lines('Port strike ends', 'Unions and operators agree a deal', 'Gift this article', 'Save', 'Share', 'By Ana Ruiz and Tom Ashe', 'Dock workers voted on Friday.'));
    expect(run.meta).toEqual({ author: 'Ana Ruiz, Tom Ashe' });
  });

  it('leaves a text with no byline, or an empty one, as it is', () => {
    expect(runPlugins([byline], lines('By Tuesday, the talks had collapsed.', 'Officials left.')).parsed.boilerplate).toEqual([]);
    expect(runPlugins([byline], '').parsed.paragraphs).toEqual([]);
  });
});
