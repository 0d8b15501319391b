// End to end through ingestFile: a story copied whole from a blogging platform's page (its menus, a headline that
// ends like a sentence over a longer standfirst, the author-and-date bar one item a line, a closing thank-you, tags,
// the publication's and the writer's profile boxes and the responses), and prose each rule must leave alone.
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../src/lib/corpus/ingest-file.ts';
import { metaBar } from '../../../src/lib/ingest/plugins/page-top.ts';
import { debrisStart, strayMarkers } from '../../../src/lib/ingest/debris.ts';
import { navigationEnd } from '../../../src/lib/ingest/head.ts';

const ingest = (text: string) => ingestFile('ferry.txt', new TextEncoder().encode(text));

const HEADLINE = 'The island ferry will run all winter. Not every islander wants it.';
const DECK = 'A year-round timetable costs the county $1.1 million, and fishing crews say the new pier leaves them no room';
const BODY = [
  'The county board voted on Tuesday to keep the island ferry running through the winter for the first time, ending a 40-year practice of laying the boat up from December to March.',
  'The $1.1 million plan adds a second crew and rebuilds the north pier, which ice damaged in two of the last five winters.',
  '“People have been trapped on the island every winter of their lives,” said board chair Ines Halloran. “That ends now.”',
  'Fishing crews told the board that the rebuilt pier would take the berths they use to land their catch, and asked for a separate dock.',
  'The first winter sailings are planned for December 1, and the board will review the service in the spring.',
];
const page = [
  'Open in app', 'Sign up', 'Sign in', 'Write', 'Member-only story',
  HEADLINE, DECK,
  'Mara Lindqvist', 'Mara Lindqvist', '·', 'Follow', 'Published in', 'Island Weekly', '·', '5 min read', '·', 'Feb 11, 2025', '88', '4', 'Listen', 'Share',
  'The ferry leaves the north pier in January. Photo by the author.',
  ...BODY,
  'Thanks for reading. Island Weekly is independent and reader-funded. If this helped, share it with a neighbour.',
  'Ferries', 'Islands', 'Local News', '88', '4',
  'Island Weekly', 'Published in Island Weekly', '640 Followers', '·', 'Last published 2 days ago', 'Reporting from the islands, funded by readers.', 'Follow',
  'Mara Lindqvist', 'Written by Mara Lindqvist', '1.2K Followers', '·', '90 Following', 'Former council reporter. I write about boats and the people who need them.', 'Follow',
  'Responses (4)', 'Write a response', 'What are your thoughts?', 'Tom Berg', 'Feb 12, 2025', 'About time. The old timetable was a scandal.', 'Reply',
].join('\n\n');

describe('a story copied from a blogging platform', () => {
  it('keeps the story and reads its headline, author, date and publication from the page around it', () => {
    const entry = ingest(page);
    expect(entry.paragraphs).toEqual(BODY);
    expect(entry).toMatchObject({ title: HEADLINE, author: 'Mara Lindqvist', published: '2025-02-11', outlet: 'Island Weekly' });
    const kept = entry.boilerplate.map((b) => b.text);
    for (const line of [DECK, 'The ferry leaves the north pier in January. Photo by the author.', '640 Followers', 'Former council reporter. I write about boats and the people who need them.', 'Responses (4)']) expect(kept).toContain(line);
  });
});

describe('the rules it needs, and what they leave alone', () => {
  it('ends a menu at a headline that ends like a sentence when a longer standfirst stands under it', () => {
    expect(navigationEnd(['Sign up', 'Sign in', 'Write', HEADLINE, DECK, BODY[0] as string])).toBe(3);
    // A sentence under menus with no standfirst under it is where the text starts: no menu is taken then.
    expect(navigationEnd(['News', 'Sport', 'Weather', 'The ferry will run all winter.', BODY[0] as string])).toBe(0);
  });

  it('finds an author-and-date bar of five or more short lines with a time stamp, and no run of short lines without one', () => {
    const texts = [HEADLINE, DECK, 'Mara Lindqvist', '·', 'Follow', '5 min read', 'Feb 11, 2025', BODY[0] as string];
    expect(metaBar(texts, 0)).toEqual([2, 7]);
    expect(metaBar([HEADLINE, 'Ferries', 'Islands', 'Boats', 'Piers', 'Winter', BODY[0] as string], 0)).toBeNull();
  });

  it('cuts from the tags over the profile boxes, and takes a responses count as the comments’ start', () => {
    const tail = [...BODY, 'Ferries', 'Islands', 'Island Weekly', 'Published in Island Weekly', '640 Followers', 'Reporting from the islands, funded by readers.', 'Follow'];
    expect(debrisStart(tail)).toBe(BODY.length);
    expect(debrisStart([...BODY, 'Responses (4)', 'About time.'])).toBe(BODY.length);
    // A sentence about following someone stays.
    expect(debrisStart([...BODY, 'Readers can follow the ferry’s position on the county website.'])).toBe(-1);
  });

  it('takes a thank-you that asks for support and a caption closed by "Photo by …" as the page’s', () => {
    expect(strayMarkers(['Thanks for reading. Island Weekly is reader-funded.', 'The ferry leaves the pier. Photo by the author.', 'He said thanks for reading the report.'])).toEqual([
      { index: 0, kind: 'appeal' },
      { index: 1, kind: 'caption' },
    ]);
    // A writer's pitch closing a re-post, and not a sentence that says what was useful.
    expect(strayMarkers(['I write Ferry Notes every Tuesday. If this was useful, subscribe below and share it.', 'The survey asked whether the timetable was useful.'])).toEqual([{ index: 0, kind: 'appeal' }]);
  });
});

// A long-form post re-published on a social network and copied whole: a headline of two sentences with its writer
// a line under a report button, the writer's name three times, a profile headline between bars, a date, a button.
describe('a story re-posted on a social network', () => {
  it('keeps the story and reads its headline, author and date from the lines around it', () => {
    const post = [
      'Skip to main content', 'Articles', 'People', 'Jobs', 'Join now', 'Sign in',
      'The island ferry will run all winter. Here’s what it cost.',
      'Report this article',
      'Mara Lindqvist-Berg', 'Mara Lindqvist-Berg',
      'Transport reporter | Formerly The Island Courier | Writing Ferry Notes, a weekly letter',
      'Published Feb 11, 2025', '+ Follow',
      ...BODY,
    ].join('\n\n');
    const entry = ingest(post);
    expect(entry).toMatchObject({ title: 'The island ferry will run all winter. Here’s what it cost.', author: 'Mara Lindqvist-Berg', published: '2025-02-11' });
    expect(entry.paragraphs).toEqual(BODY);
  });

  it('ends a menu at a headline that ends like a sentence when a name stands a line or two under it', () => {
    expect(navigationEnd(['Sign up', 'Sign in', 'Write', HEADLINE, 'Report this article', 'Mara Lindqvist-Berg', BODY[0] as string])).toBe(3);
  });
});

