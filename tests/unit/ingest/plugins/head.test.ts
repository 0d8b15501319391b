import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import head from '../../../../src/lib/ingest/plugins/head.ts';
import { lines, runPlugins } from '../../../support/ingest-tree.ts';
import { FORMAT_PARSERS } from '../../../../src/lib/ingest/formats/parsers.ts';
import { parseArticle } from '../../../../src/lib/ingest/parse.ts';

const tree = (...blocks: [('h1' | 'h2' | 'p'), string][]): Root => ({
  type: 'root',
  children: blocks.map(([kind, value]) =>
    kind === 'p' ? { type: 'paragraph', children: [{ type: 'text', value }] } : { type: 'heading', depth: kind === 'h1' ? 1 : 2, children: [{ type: 'text', value }] },
  ),
});

describe('head plugin: a clipped page repeating its headline', () => {
  it('takes a heading that repeats the title above the article for the title, said once', () => {
    const { parsed } = runPlugins([head], tree(['h1', 'Ferry operator to launch hydrogen ship'], ['p', 'Tags: Japan, energy'], ['h1', 'Ferry operator to launch hydrogen ship'], ['p', 'A local ferry operator plans to put a hydrogen ship into service next spring.']));
    expect(parsed.paragraphs).toEqual(['A local ferry operator plans to put a hydrogen ship into service next spring.']);
    expect(parsed.boilerplate.filter((b) => b.kind === 'title')).toEqual([]);
  });
});

describe('head plugin: a masthead over the headline', () => {
  it('names the outlet when nothing else did, and is never the title', () => {
    const { meta } = runPlugins([head], lines('The Astrell Courier', 'Council backs new desalination plant as reservoirs run low', 'The council voted on Tuesday to build the plant on the coast.'));
    expect(meta).toEqual({ title: 'Council backs new desalination plant as reservoirs run low', outlet: 'The Astrell Courier' });
    const stated = runPlugins([head], lines('The Astrell Courier', 'Council backs new desalination plant as reservoirs run low', 'The council voted on Tuesday to build the plant on the coast.'), { outlet: 'Courier Online' });
    expect(stated.meta.outlet).toBe('Courier Online');
  });
});

describe('head plugin', () => {
  it('reads caption, title and standfirst from the leading heading-like lines of plain text', () => {
    const { parsed, meta } = runPlugins([head], lines('Mike Pompeo', 'Pompeo meets Gulf ministers on alliance plan', 'Talks focus on Iran', 'Pompeo met ministers on Friday.'));
    expect(meta.title).toBe('Pompeo meets Gulf ministers on alliance plan');
    expect(parsed.boilerplate).toEqual([{ kind: 'caption', text: 'Mike Pompeo' }, { kind: 'standfirst', text: 'Talks focus on Iran' }]);
    expect(parsed.paragraphs).toEqual(['Pompeo met ministers on Friday.']);
  });

  it('never takes a furniture line at the top for the headline ("example.com · 7 min read")', () => {
    const run = runPlugins([head], lines('murrumbidgeetimes.com.au · 7 min read', 'Irrigators told to expect 38 per cent allocation as dam levels fall', 'Murrumbidgee irrigators with general security licences have been told to plan for a low allocation.'));
    expect(run.meta.title).toBe('Irrigators told to expect 38 per cent allocation as dam levels fall');
    expect(run.parsed.boilerplate.map((b) => b.kind)).toEqual(['other']);
  });

  it('finds no title when the text starts with prose', () => {
    const { meta, parsed } = runPlugins([head], lines('Officials met on Monday.', 'Short line'));
    expect(meta.title).toBeUndefined();
    expect(parsed.paragraphs).toHaveLength(2);
  });

  it('takes a top-level heading as the title whatever its punctuation, and stops the standfirst at a crosshead', () => {
    const { meta, parsed } = runPlugins([head], tree(['h1', 'Is the alliance over?'], ['p', 'A summary line'], ['h2', 'Background'], ['p', 'Body text.']));
    expect(meta.title).toBe('Is the alliance over?');
    expect(parsed.boilerplate).toEqual([{ kind: 'standfirst', text: 'A summary line' }]);
    expect(parsed.paragraphs).toEqual(['Background', 'Body text.']);
  });

  it('with a stated title, takes out a leading line that repeats it and labels of a few words above the prose', () => {
    const repeated = runPlugins([head], tree(['h1', 'Gulf talks resume'], ['p', 'Retail & Consumer'], ['p', 'A standfirst of more than four words'], ['p', 'Body.']), { title: 'Gulf talks resume | The Gazette' });
    expect(repeated.parsed.paragraphs).toEqual(['A standfirst of more than four words', 'Body.']);
    expect(repeated.parsed.boilerplate).toEqual([{ kind: 'title', text: 'Gulf talks resume' }, { kind: 'other', text: 'Retail & Consumer' }]);
    const other = runPlugins([head], tree(['p', 'Officials met in Riyadh.'], ['p', 'Short line']), { title: 'Gulf talks resume' });
    expect(other.parsed.paragraphs).toEqual(['Officials met in Riyadh.', 'Short line']);
    expect(other.meta.title).toBe('Gulf talks resume');
  });

  it('with a stated title repeated before any prose, takes what stands above it for the page’s, a byline under it as one', () => {
    const run = runPlugins([head], tree(['p', 'Poll'], ['p', 'Should Egypt join regional military alliances?'], ['p', 'Yes / No'], ['p', 'Egypt quits the alliance'], ['p', 'By Tarek Mansour'], ['p', 'CAIRO - Egypt has withdrawn from a planned Arab alliance, a source said.']), { title: 'Egypt quits the alliance' });
    expect(run.parsed.paragraphs).toEqual(['CAIRO - Egypt has withdrawn from a planned Arab alliance, a source said.']);
    expect(run.parsed.boilerplate.map((b) => b.kind)).toEqual(['other', 'other', 'other', 'byline']);
    const late = runPlugins([head], tree(['p', 'Officials met in Riyadh on Sunday to discuss the plan.'], ['p', 'Egypt quits the alliance']), { title: 'Egypt quits the alliance' });
    expect(late.parsed.paragraphs).toHaveLength(2);
  });

  it('with a stated title repeated by a heading under a few short lines, takes those lines for the page’s, though one reads as prose', () => {
    const greeting = "Good morning. It's 41 degrees at Point Hudson with fog lifting by ten. Here's what you need to know today.";
    const run = runPlugins([head], tree(['p', greeting], ['p', 'THE BIG STORY'], ['h2', 'Shipyard to lay off 60 workers'], ['p', 'Quimper Marine Works will lay off 60 of its 214 workers.']), { title: 'Shipyard to lay off 60 workers' });
    expect(run.parsed.paragraphs).toEqual(['Quimper Marine Works will lay off 60 of its 214 workers.']);
    expect(run.parsed.boilerplate.map((b) => b.kind)).toEqual(['other', 'other']);
    expect(run.tree.children[2]?.data).toEqual({ boilerplate: 'title' });
    // Not under a paragraph of the story's length, nor under a line that repeats no title.
    const long = `${'The yard said the contract was lost to a bidder in Seattle, and the union said it would ask the state to review it. '.repeat(3)}`.trim();
    expect(runPlugins([head], tree(['p', long], ['h2', 'Shipyard to lay off 60 workers'], ['p', 'More.']), { title: 'Shipyard to lay off 60 workers' }).parsed.paragraphs).toHaveLength(3);
    expect(runPlugins([head], tree(['p', greeting], ['h2', 'What the union says'], ['p', 'More.']), { title: 'Shipyard to lay off 60 workers' }).parsed.paragraphs).toHaveLength(3);
  });

  it('with a stated title, takes a line of any length between the headline and the byline for the standfirst', () => {
    const byline = { type: 'paragraph' as const, children: [{ type: 'text' as const, value: 'By Jo Roe' }], data: { boilerplate: 'byline' as const } };
    const t = tree(['h1', 'Town buys back its water'], ['p', 'Council approves a $62 million bid to take the water system back into public hands'], ['p', 'The council voted on Monday.']);
    t.children.splice(2, 0, byline);
    const run = runPlugins([head], t, { title: 'Town buys back its water' });
    // The headline line is the stated title itself, so it is not listed again.
    expect(run.parsed.boilerplate.map((b) => b.kind)).toEqual(['standfirst', 'byline']);
    expect(run.parsed.paragraphs).toEqual(['The council voted on Monday.']);
    // A page whose headline left the text for its title: a first paragraph over the byline, under a kicker, is the standfirst.
    const kicked = tree(['p', 'Drought'], ['p', 'Three dry summers have left wells low. Utilities want farmers to pay more.'], ['p', 'Groundwater fell to a record low.']);
    kicked.children.splice(2, 0, byline);
    const deck = runPlugins([head], kicked, { title: 'Groundwater falls to record low' });
    expect(deck.parsed.boilerplate.map((b) => b.kind)).toEqual(['other', 'standfirst', 'byline']);
    expect(deck.parsed.paragraphs).toEqual(['Groundwater fell to a record low.']);
    // Without a byline under it, a long line under the headline may be the text's first line: it stays.
    const open = runPlugins([head], tree(['h1', 'Town buys back its water'], ['p', 'Council approves a $62 million bid to take the water system back'], ['p', 'The council voted on Monday.']), { title: 'Town buys back its water' });
    expect(open.parsed.paragraphs).toHaveLength(2);
  });

  it('keeps a dateline standing on its own line above the prose', () => {
    const run = runPlugins([head], tree(['p', 'WASHINGTON —'], ['p', 'Officials met.']), { title: 'Gulf talks resume' });
    expect(run.parsed.paragraphs).toEqual(['WASHINGTON —', 'Officials met.']);
  });

  it('with a stated title, takes a desk’s header lines ("STATUS: …", "PIX: …") above the prose as labels', () => {
    const t = tree(['p', 'STATUS: FOR WEB AND PRINT --- Business, page 14'], ['p', 'PIX: Yes, see picture desk folder 1014'], ['p', 'Copper output fell 6 percent in the first nine months of the year, figures showed.']);
    const run = runPlugins([head], t, { title: 'Copper output falls' });
    expect(run.parsed.boilerplate.map((b) => b.kind)).toEqual(['other', 'other']);
    expect(run.parsed.paragraphs).toHaveLength(1);
  });

  it('reads the head from the byline up when the headline ends like a sentence, leaving the page’s lines above it', () => {
    const t = tree(
      ['p', 'KWSN News | Western Kansas Public Media'],
      ['p', 'ENVIRONMENT'],
      ['p', 'A Kansas water district voted to cut pumping by 25%. Now farmers have to decide how.'],
      ['p', 'The district is the first in the state to impose mandatory cuts. Irrigators have five years to comply.'],
      ['p', 'By Dana Whitcomb'],
      ['p', 'The board voted 5-2 on Monday to cut the amount of water irrigators can pump by a quarter over five years.'],
    );
    (t.children[4] as { data?: object }).data = { boilerplate: 'byline' };
    const run = runPlugins([head], t);
    expect(run.meta.title).toBe('A Kansas water district voted to cut pumping by 25%. Now farmers have to decide how.');
    expect(run.parsed.boilerplate.map((b) => b.kind)).toEqual(['other', 'other', 'standfirst', 'byline']);
    expect(run.parsed.paragraphs).toHaveLength(1);
  });

  it('reads a byline the byline rule did not reach when a headline stands right over it, and the head from there up', () => {
    // A clipping's notices and buttons above used up the byline rule's search, so the byline comes here unmarked.
    const t = tree(
      ['p', 'Schools close (D61 vote) 1987 Clipped by a reader · Mar 2, 2025 · 14 views'],
      ['p', 'Report this clipping View the full page'],
      ['p', 'Text (OCR) This text was generated automatically and may contain errors. View the image to see the original.'],
      ['p', 'Board votes to close two Elgin schools'],
      ['p', 'By Janice Kowalewski'],
      ['p', 'ELGIN — Hawthorne and Sherman elementary schools will close in June after the board voted 5-2 on Tuesday.'],
    );
    const run = runPlugins([head], t);
    expect(run.meta.title).toBe('Board votes to close two Elgin schools');
    expect(run.meta.author).toBe('Janice Kowalewski');
    expect(run.parsed.boilerplate.map((b) => b.kind)).toEqual(['other', 'other', 'other', 'byline']);
    // Not without the headline right over it: a "By …" line under prose is left to the other rules.
    const prose = tree(['p', 'Text (OCR) This text was generated automatically and may contain errors.'], ['p', 'By Janice Kowalewski'], ['p', 'The board voted 5-2 on Tuesday to close the two schools.']);
    expect(runPlugins([head], prose).meta.author).toBeUndefined();
  });

  it('reads no head over a byline with no prose under it: the line over it is the text (a property test’s counterexample)', () => {
    const byline = { type: 'paragraph' as const, children: [{ type: 'text' as const, value: 'By A. Roe' }], data: { boilerplate: 'byline' as const } };
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Officials met in Doha on Sunday.' }] }, byline] };
    const run = runPlugins([head], tree);
    expect(run.parsed.paragraphs).toEqual(['Officials met in Doha on Sunday.']);
    expect(run.meta.title).toBeUndefined();
    // Nor, under a stated title, a standfirst.
    expect(runPlugins([head], structuredClone(tree), { title: 'A title' }).parsed.paragraphs).toEqual(['Officials met in Doha on Sunday.']);
  });

  it('leaves the head to the shape rules when a paragraph of the article (over 60 words) stands above the byline', () => {
    const long = 'The board of the groundwater district voted on Monday to cut the amount of water that irrigators can pump from the aquifer by a quarter over the next five years, the most sweeping reduction any district in the state has approved, and farmers at the meeting said they would now have to decide which of their fields to stop watering first, and when, and how to pay for it.';
    const t = tree(['p', 'Water cuts approved'], ['p', long], ['p', 'By Dana Whitcomb']);
    (t.children[2] as { data?: object }).data = { boilerplate: 'byline' };
    const run = runPlugins([head], t);
    expect(run.meta.title).toBe('Water cuts approved');
    expect(run.parsed.paragraphs).toEqual([long]);
  });

  it('takes an app’s buttons between the headline and the byline for share lines, not the standfirst', () => {
    const t = tree(['p', 'Port workers vote to strike over automation plans'], ['p', 'Share'], ['p', 'Save'], ['p', 'By Jo Roe'], ['p', 'Dock workers at the port voted on Tuesday to strike over plans to automate cranes.']);
    (t.children[3] as { data?: object }).data = { boilerplate: 'byline' };
    const run = runPlugins([head], t);
    expect(run.meta.title).toBe('Port workers vote to strike over automation plans');
    expect(run.parsed.boilerplate.map((b) => [b.kind, b.text])).toEqual([['share', 'Share'], ['share', 'Save'], ['byline', 'By Jo Roe']]);
    // A standfirst under a top-level Markdown heading stays one, and buttons under it are still share lines.
    const md = runPlugins([head], tree(['h1', 'Port workers vote to strike'], ['p', 'Union says most members backed action'], ['p', 'Share'], ['p', 'Dock workers at the port voted on Tuesday to strike over plans.']));
    expect(md.parsed.boilerplate.map((b) => b.kind)).toEqual(['standfirst', 'share']);
  });
});

describe('head plugin: a document’s one top-level heading under its letterhead', () => {
  const body = 'PORT ELLEN, March 4, 2025 — Harbour Ferries will run its island service through the winter for the first time, the company said on Tuesday.';
  it('takes the heading for the title and the lines above it for the page’s', () => {
    const run = runPlugins([head], tree(['p', 'HARBOUR FERRIES'], ['p', '12 Quay Street · Port Ellen · ferries.example'], ['p', 'FOR IMMEDIATE RELEASE'], ['h1', 'Harbour Ferries to run all winter'], ['p', body]));
    expect(run.parsed.title).toBe('Harbour Ferries to run all winter');
    expect(run.parsed.paragraphs).toEqual([body]);
    expect(run.parsed.boilerplate.map((b) => b.kind)).toEqual(['other', 'other', 'other']);
  });

  it('leaves a top-level heading that comes after the first line of prose to the crosshead rules', () => {
    const run = runPlugins([head], tree(['p', 'Ferry news'], ['p', body], ['h1', 'Winter timetable']));
    expect(run.parsed.title).not.toBe('Winter timetable');
  });
});


describe('head plugin: a front matter’s title the text prints nowhere', () => {
  const clip = (title: string) => ['---', `title: '${title}'`, '---', '', '## Divers tell port hearing dredging would smother kina beds', '', 'Mere Tawhiri', '', '3 Jun, 2025 05:00 AM', '', 'Divers who have worked the reefs for decades told a consent hearing yesterday that dredging would smother kina beds.', '', 'The port wants to dredge about 1.9 million cubic metres of sand over four years.'].join('\n');

  it('gives way to the headline a clipped Markdown text opens with, and says so', () => {
    const { parsed, file } = parseArticle(clip('Port dredging plan: divers tell hearing of kina die-off fears'), 'markdown', FORMAT_PARSERS.markdown);
    expect(parsed.title).toBe('Divers tell port hearing dredging would smother kina beds');
    expect(parsed.paragraphs[0]).toMatch(/^Divers who have worked/);
    expect(file.messages.map((m) => m.ruleId)).toContain('title-conflict');
  });

  it('stays where the text prints it', () => {
    const text = clip('Port dredging plan').replace('Mere Tawhiri', 'Port dredging plan');
    expect(parseArticle(text, 'markdown', FORMAT_PARSERS.markdown).parsed.title).toBe('Port dredging plan');
  });
});
