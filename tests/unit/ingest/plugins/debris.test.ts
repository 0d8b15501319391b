import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import debris from '../../../../src/lib/ingest/plugins/debris.ts';
import { lines, runPlugins } from '../../../support/ingest-tree.ts';

const prose = ['Ministers met in Doha on Monday to discuss the plan.', 'They agreed on a timetable for talks.', 'A further round is due next month.'];
const kinds = (run: ReturnType<typeof runPlugins>) => run.parsed.boilerplate.map((b) => b.kind);

describe('debris plugin: a gallery\'s caption repeated in the text', () => {
  it('takes a paragraph repeating a caption set aside above for that caption again, and keeps prose alike in part', () => {
    const caption = 'The company president speaks at a news conference in Osaka on March 5. (Haruka Minegishi)';
    const p = (value: string, marked = false) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value }], ...(marked ? { data: { boilerplate: 'caption' as const } } : {}) });
    // The first time by its markup (a figure's caption), the second as a paragraph of the text.
    const root: Root = { type: 'root', children: [p(caption, true), ...prose.map((t) => p(t)), p(caption), p('The company president speaks at a news conference most weeks.')] };
    const tree = runPlugins([debris], root);
    expect(tree.parsed.paragraphs).not.toContain(caption);
    expect(tree.parsed.paragraphs).toContain('The company president speaks at a news conference most weeks.');
  });
});

describe('debris plugin', () => {
  it('takes a picture’s credit on a line of its own and the one sentence over it as the caption', () => {
    const run = runPlugins([debris], lines(...prose, 'A center-pivot irrigation system waters a cornfield near Garden City in July 2024.', 'Dana Whitcomb / High Plains Current', 'The vote followed 14 months of public meetings.'));
    expect(run.parsed.paragraphs).toEqual([...prose, 'The vote followed 14 months of public meetings.']);
    expect(kinds(run)).toEqual(['caption', 'caption']);
    // Over a line that is no credit, the same sentence stays.
    expect(runPlugins([debris], lines(...prose, 'A center-pivot irrigation system waters a cornfield.', 'Farmers disagree')).parsed.paragraphs).toContain('A center-pivot irrigation system waters a cornfield.');
  });

  it('never takes a text’s only sentence for the caption of a credit line under it', () => {
    const run = runPlugins([debris], lines('Officials met in Doha on Sunday to discuss the plan.', 'Aa / Aa Aa'));
    expect(run.parsed.paragraphs).toEqual(['Officials met in Doha on Sunday to discuss the plan.']);
  });

  it('takes a press release’s issuer notes, from an "About <name>" heading to the end, as credits', () => {
    const run = runPlugins([debris], lines(...prose, 'About Norrholm Cables', 'Norrholm Cables AB is a Swedish maker of high-voltage cables.', 'Forward-looking statements', 'This release contains forward-looking statements.'));
    expect(run.parsed.paragraphs).toEqual(prose);
    expect(kinds(run)).toEqual(['credit', 'credit', 'credit', 'credit']);
  });

  it('takes a labelled block of headlines as related, even in a short article', () => {
    const run = runPlugins([debris], lines('Ministers met on Monday.', 'You may also like', 'Oil prices climb on supply fears'));
    expect(run.parsed.paragraphs).toEqual(['Ministers met on Monday.']);
    expect(run.parsed.boilerplate).toEqual([{ kind: 'related', text: 'You may also like' }, { kind: 'related', text: 'Oil prices climb on supply fears' }]);
  });

  it('takes an unlabelled trailing block of two or more title-like lines as related', () => {
    const run = runPlugins([debris], lines(...prose, 'Oil prices climb on supply fears', 'Markets slip ahead of Fed decision'));
    expect(run.parsed.paragraphs).toEqual(prose);
    expect(kinds(run)).toEqual(['related', 'related']);
  });

  it('reads the licence and its owner from a copyright notice in the cut footer, not from a comment about copyright', () => {
    const run = runPlugins([debris], lines(...prose, 'Comments (2)', 'Is this copyright theft?', '© 2018 Balkan Daily Wire. All rights reserved.', 'About us | Contact'));
    expect(run.parsed.paragraphs).toEqual(prose);
    expect(kinds(run)).toEqual(['other', 'related', 'license', 'related']);
    expect(run.meta.outlet).toBe('Balkan Daily Wire');
  });

  it('keeps one short closing line, credit lines and prose in the body', () => {
    expect(runPlugins([debris], lines(...prose, 'More talks ahead')).parsed.paragraphs).toHaveLength(4);
    expect(runPlugins([debris], lines(...prose, 'Reporting by John Smith', 'Editing by Mary Jones')).parsed.boilerplate).toEqual([]);
  });

  it('takes an anchor\'s tease over the break cue as related, though an earlier rule marked the cue', () => {
    const p = (value: string, marked = false) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value }], ...(marked ? { data: { boilerplate: 'other' as const } } : {}) });
    const tree: Root = { type: 'root', children: [...prose.map((t) => p(t)), p('DESMET: Elena, thank you. Coming up after the break, why egg prices may fall.'), p('(COMMERCIAL BREAK)', true)] };
    const run = runPlugins([debris], tree);
    expect(run.parsed.paragraphs).toEqual(prose);
    expect(kinds(run)).toEqual(['related', 'other']);
  });

  it('marks a furniture line standing alone in the body, and keeps the prose after it', () => {
    const run = runPlugins([debris], lines(prose[0] as string, 'ADVERTISEMENT', prose[1] as string, 'SIGN UP FOR OUR NEWSLETTER', prose[2] as string));
    expect(run.parsed.paragraphs).toEqual(prose);
    expect(kinds(run)).toEqual(['other', 'subscribe']);
  });

  it('marks a labelled link to another story inside the body, whatever the separator, and keeps the prose around it', () => {
    for (const link of ['Read also: Talks stall over the pipeline route', 'RELATED | Oil prices climb on supply fears', 'See also — Who pays for the new port?', 'Read more: Ministers to meet again in May']) {
      const run = runPlugins([debris], lines(prose[0] as string, link, prose[1] as string, prose[2] as string));
      expect(run.parsed.paragraphs, link).toEqual(prose);
      expect(kinds(run), link).toEqual(['related']);
    }
  });

  it('keeps prose that opens with a label word and a colon', () => {
    for (const line of ['Read more: the report says the port will open in May. Officials disagree.', 'Related: officials in three capitals said the plan was sound, and that talks would resume in the spring after the elections were held in all of the member states.']) {
      expect(runPlugins([debris], lines(prose[0] as string, line, prose[1] as string, prose[2] as string)).parsed.paragraphs, line).toHaveLength(4);
    }
  });

  it('cuts readers\' comments from a comments marker on', () => {
    const run = runPlugins([debris], lines(...prose, 'Comments', 'I think this plan will fail, as the last one did.'));
    expect(run.parsed.paragraphs).toEqual(prose);
    expect(kinds(run)).toEqual(['other', 'related']);
  });

  it('gives the first line of the block its own kind (share, subscribe)', () => {
    const run = runPlugins([debris], lines(...prose, 'Share this article:', 'Oil prices climb on supply fears'));
    expect(kinds(run)).toEqual(['share', 'related']);
  });
});

describe('debris plugin: captions, prompts and labels anywhere in the body', () => {
  it('marks photo captions and credits, newsletter prompts and topic lines, in sentences or not', () => {
    const run = runPlugins([debris], lines(
      prose[0] as string,
      'Union members count ballots on Friday. Photograph: Tom Becker/Harbour Times',
      prose[1] as string,
      'Sign up for Harbour Weekly, our free newsletter, and get it in your inbox every Monday.',
      '(Photo: Port Authority)',
      prose[2] as string,
      'Topics: Shipping, Labour',
      'The pay deal runs for two years, the union said.',
    ));
    expect(kinds(run)).toEqual(['caption', 'subscribe', 'caption', 'other']);
    expect(run.parsed.paragraphs).toEqual([...prose, 'The pay deal runs for two years, the union said.']);
  });

  it('leaves prose about photographs and newsletters alone', () => {
    const run = runPlugins([debris], lines(...prose, 'The photograph was taken in 2019 by a local reporter, who later sold it.', 'Subscribers to the newsletter fell by half last year, the company said.'));
    expect(kinds(run)).toEqual([]);
  });
});

describe('debris plugin: a list of links under its label', () => {
  it('ends where the format’s list ends: a crosshead after it resumes the story', () => {
    const p = (value: string, marked = false) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value }], ...(marked ? { data: { boilerplate: 'related' as const } } : {}) });
    const h = (value: string) => ({ type: 'heading' as const, depth: 2 as const, children: [{ type: 'text' as const, value }] });
    const root: Root = { type: 'root', children: [...prose.map((t) => p(t)), p('Read more:'), p('Port expansion: what the application says', true), p('Kina barrens spreading, survey finds', true), h('Council scientist urges sensors on reef'), p('The council’s scientist told the hearing that its modelling broadly agreed.')] };
    const run = runPlugins([debris], root);
    expect(run.parsed.boilerplate.map((b) => b.text)).toEqual(['Read more:', 'Port expansion: what the application says', 'Kina barrens spreading, survey finds']);
    expect(run.parsed.paragraphs).toContain('The council’s scientist told the hearing that its modelling broadly agreed.');
  });
});
