import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { authorNames, detectByline, namesLine } from '../../../src/lib/ingest/byline.ts';
import { writtenDate } from '../../../src/lib/ingest/dates.ts';
import byline from '../../../src/lib/ingest/plugins/byline.ts';
import head from '../../../src/lib/ingest/plugins/head.ts';
import { lines, runPlugins } from '../../support/ingest-tree.ts';

describe('byline lines', () => {
  it('reads names and a printed date', () => {
    expect(detectByline('By Jane Doe and John Roe · 14 August 2024 · 5 min read')).toEqual({ author: 'Jane Doe, John Roe', published: '2024-08-14' });
    expect(detectByline('By Maria de la Cruz | Aug. 3, 2021 3:00 p.m.')).toEqual({ author: 'Maria de la Cruz', published: '2021-08-03' });
  });

  it('reads a verb before "by" and a desk after "the": "Posted by the Green Metals Desk · 16 March 2024"', () => {
    expect(detectByline('Posted by the Green Metals Desk · 16 March 2024')).toEqual({ author: 'Green Metals Desk', published: '2024-03-16' });
    expect(detectByline('Written by Jane Doe | 14/03/2024')).toEqual({ author: 'Jane Doe', published: '2024-03-14' });
    expect(detectByline('Posted by the Associated Press')).toBeNull();
  });

  it('takes an organisation after the writer for the outlet, not a second author', () => {
    expect(detectByline('By Henrik Salo, Continental Press Agency')).toEqual({ author: 'Henrik Salo', published: null, outlet: 'Continental Press Agency' });
    expect(detectByline('By Aisha Rahman, TechLedger')).toEqual({ author: 'Aisha Rahman', published: null, outlet: 'TechLedger' });
    expect(detectByline('By Jane Doe, The Associated Press')).toEqual({ author: 'Jane Doe', published: null, outlet: 'The Associated Press' });
    // Two writers, and a writer with a job, name no organisation.
    expect(detectByline('By Jane Doe and John Roe')).toEqual({ author: 'Jane Doe, John Roe', published: null });
    expect(detectByline('By Sam Post')).toEqual({ author: 'Sam Post', published: null });
    expect(authorNames('Henrik Salo, Continental Press Agency')).toBe('Henrik Salo');
    // An e-mail address printed with the name, and a handle.
    expect(authorNames('By Kendra Lowe klowe@sentinel.example')).toBe('Kendra Lowe');
    expect(authorNames('Kendra Lowe (mailto:klowe@sentinel.example) @klowe_news')).toBe('Kendra Lowe');
  });

  it('reads a name set in capitals, a job after a slash, in title case', () => {
    expect(authorNames('By HARUKA MINEGISHI/ Staff Writer')).toBe('Haruka Minegishi');
    expect(authorNames("SEÁN O'NEIL-DUFFY")).toBe("Seán O'Neil-Duffy");
    expect(authorNames('Jane McDonald')).toBe('Jane McDonald');
  });

  it('reads a newsroom signing as a team, with the day it prints', () => {
    expect(detectByline('Euroglobe Digest editorial team, 13 March 2025')).toEqual({ author: null, published: '2025-03-13', outlet: 'Euroglobe Digest' });
    expect(detectByline('Valley Post editorial board')).toEqual({ author: null, published: null, outlet: 'Valley Post' });
    expect(detectByline('Team Sky')).toBeNull();
    expect(detectByline('Newsroom Staff')).toBeNull();
    expect(detectByline('Ferry crews and staff')).toBeNull();
    expect(detectByline('Valley Post staff, who asked for more time')).toBeNull();
  });

  it('is not fooled by prose that starts with "By"', () => {
    expect(detectByline('By Tuesday, the talks had collapsed')).toBeNull();
    expect(detectByline('By March officials said nothing')).toBeNull();
    expect(detectByline('By Jane Doe’s count, the talks failed.')).toBeNull();
    expect(detectByline('By the Associated Press')).toBeNull();
  });

  it('reads written dates in the usual news forms, and only real ones', () => {
    expect(writtenDate('Updated 3 Sept 2019, 10:00')).toBe('2019-09-03');
    expect(writtenDate('on February 30, 2020')).toBeNull();
    expect(writtenDate('2020-02-29')).toBe('2020-02-29');
  });

  it('the plugin marks the byline before the head rules, which would take it for a standfirst', () => {
    const run = runPlugins([byline, head], lines('Port workers vote to end strike', 'By Amira Saleh · 2 June 2023', 'Dock workers voted on Friday.'));
    expect(run.meta).toEqual({ title: 'Port workers vote to end strike', author: 'Amira Saleh', published: '2023-06-02' });
    expect(run.parsed.boilerplate).toEqual([{ kind: 'byline', text: 'By Amira Saleh · 2 June 2023' }]);
  });

  it('the plugin looks past headings for the byline: a page may repeat its headline above it', () => {
    const p = (value: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] });
    const h1 = (value: string) => ({ type: 'heading' as const, depth: 1 as const, children: [{ type: 'text' as const, value }] });
    const title = 'Ferry operator to launch hydrogen ship';
    const tree: Root = { type: 'root', children: [h1(title), p('Created: March 6, 2025 11:02 PM Tags: Japan, energy, shipping'), p('Filed in the business pages for readers in Osaka'), h1(title), p('By HARUKA MINEGISHI/ Staff Writer'), p('A local ferry operator plans a hydrogen ship.')] };
    expect(runPlugins([byline], tree).meta.author).toBe('HARUKA MINEGISHI');
  });

  it('keeps what the file stated', () => {
    const run = runPlugins([byline], lines('By Amira Saleh · 2 June 2023', 'Dock workers voted on Friday.'), { author: 'Desk', published: '2023-06-01' });
    expect(run.meta).toEqual({ author: 'Desk', published: '2023-06-01' });
  });
});

describe('authorNames', () => {
  it('takes a newsroom job after a name for a job, and an academic word at the end of a name for part of it', () => {
    expect(authorNames('Dale Roe Sentinel-Gazette Staff Writer')).toBe('Dale Roe');
    expect(authorNames('Stafford Lee, Staff')).toBe('Stafford Lee');
    expect(authorNames('Hana Fellow')).toBe('Hana Fellow');
  });

  it('drops a job of several capitalised words after a comma, keeping every name', () => {
    expect(authorNames('By Lena Fischer, Senior Commodities Reporter')).toBe('Lena Fischer');
    expect(authorNames('Ana Ruiz, Chief Political Correspondent, and John Roe')).toBe('Ana Ruiz, John Roe');
    expect(authorNames('Ana Ruiz, John Roe')).toBe('Ana Ruiz, John Roe');
  });

  it('gives every source’s author field one form: names joined by commas, no "By", no job, no handle', () => {
    expect(authorNames('Lukas Brändli and Chiara Voutsinas')).toBe('Lukas Brändli, Chiara Voutsinas');
    expect(authorNames('Siobhán Ní Bhriain, Marine Correspondent')).toBe('Siobhán Ní Bhriain');
    expect(authorNames('Published by Maren Oyelaran-Holt')).toBe('Maren Oyelaran-Holt');
    expect(authorNames('Jane Doe; John Roe | Staff Writer')).toBe('Jane Doe, John Roe');
    expect(authorNames('By Ana Ruiz (@anaruiz)')).toBe('Ana Ruiz');
  });

  it('keeps a field with no name left as it is', () => {
    expect(authorNames('Staff')).toBe('Staff');
    expect(authorNames('Tasnim News Agency')).toBe('Tasnim News Agency');
  });
});

describe('namesLine', () => {
  it('reads a line of names as authors, and nothing else', () => {
    expect(namesLine('Ihsanullah Wazir')).toBe('Ihsanullah Wazir');
    expect(namesLine('Ana Ruiz and John Roe')).toBe('Ana Ruiz, John Roe');
    expect(namesLine('Mohammed bin Salman')).toBe('Mohammed bin Salman');
    expect(namesLine('Officials met in Riyadh')).toBeNull();
    expect(namesLine('KRISTJAN MÄGI')).toBeNull();
    // A tool bar of capitalised button words is no line of names.
    expect(namesLine('Share Tweet Bookmark Print')).toBeNull();
    // Nor is a job alone.
    expect(namesLine('Sports Writer')).toBeNull();
    expect(namesLine('Riyadh')).toBeNull();
  });
});

describe('detectByline with no "By", its parts set apart by bars or dots', () => {
  it('reads the name first and the date last, with the outlet between', () => {
    expect(detectByline('Lachlan Pryor | The Derwent Examiner | Friday, 13 June 2025, 5:30am')).toEqual({ author: 'Lachlan Pryor', published: '2025-06-13', outlet: 'The Derwent Examiner' });
    expect(detectByline('Ana Ruiz · 3 March 2025')).toEqual({ author: 'Ana Ruiz', published: '2025-03-03' });
  });

  // Found by a first user: the update's date was read, and "Published …" taken for the outlet.
  it('reads the publication’s date from a published and an updated stamp, in either order', () => {
    expect(detectByline('Luc Bergeron | Published Sept. 22, 2025 · Updated Sept. 23, 2025')).toEqual({ author: 'Luc Bergeron', published: '2025-09-22' });
    expect(detectByline('Luc Bergeron | The Capital Courier | Updated Sept. 23, 2025 · Published Sept. 22, 2025')).toEqual({ author: 'Luc Bergeron', published: '2025-09-22', outlet: 'The Capital Courier' });
  });

  it('takes no menu, job, folio or line without a date for one', () => {
    for (const line of ['Home | News | March 3, 2025', 'Sports Writer · March 3, 2025', 'THE VALLEY LEDGER | Monday, March 3, 2025', 'Ana Ruiz | The Derwent Examiner', 'Ana Ruiz | News | Sport | March 3, 2025']) expect(detectByline(line), line).toBeNull();
  });
});

describe('detectByline with the writer\'s organisation', () => {
  it('leaves out an organisation named after a comma', () => {
    expect(detectByline('By Rhea Mistry, The Valley Ledger')?.author).toBe('Rhea Mistry');
    expect(detectByline('By Rhea Mistry and Tom Ide, The Valley Ledger')?.author).toBe('Rhea Mistry, Tom Ide');
  });
});

// Found by a first user: "Coastweek Reporter" and "Continental Digest de" were authors.
describe('detectByline with a newsroom’s signature or a job', () => {
  it('names no person for a newsroom signing with a job or a desk, and drops a job after a name', () => {
    expect(detectByline('By Coastweek Reporter')).toEqual({ author: null, published: null });
    expect(detectByline('By Continental Digest desk')).toEqual({ author: null, published: null });
    expect(detectByline('By Jane Doe, Staff Reporter')).toMatchObject({ author: 'Jane Doe' });
    expect(detectByline('By Amira Goodwin, Municipal Affairs Reporter')).toMatchObject({ author: 'Amira Goodwin' });
    expect(detectByline('By Ana de la Cruz and Jo Roe')).toMatchObject({ author: 'Ana de la Cruz, Jo Roe' });
  });
});

describe('detectByline with a newsroom’s staff', () => {
  it('names no person for a newsroom’s staff, and leaves the newsroom out after a writer’s name', () => {
    expect(detectByline('By Evening Post staff')).toEqual({ author: null, published: null });
    expect(detectByline('By Valley Daily News staff writers')?.author).toBeNull();
    expect(detectByline('By Ana Ruiz, Evening Post staff')?.author).toBe('Ana Ruiz');
    expect(detectByline('By Ana Ruiz and Tom Ide, Evening Post staff · 14 May 2024')).toEqual({ author: 'Ana Ruiz, Tom Ide', published: '2024-05-14' });
  });

  it('keeps a desk named with its own capitals, and prose that says "staff"', () => {
    expect(detectByline('By the Green Metals Desk')?.author).toBe('Green Metals Desk');
    expect(detectByline('By Tuesday staff had left the building.')).toBeNull();
  });

  it('states no author for a staff byline in a text file, and still takes the line out', () => {
    const { parsed, meta } = runPlugins([byline, head], lines('Port workers vote to strike over automation plans', 'By Evening Post staff', 'Dock workers voted on Tuesday to strike over plans to automate cranes.'));
    expect(meta.author).toBeUndefined();
    expect(parsed.boilerplate.map((b) => b.kind)).toEqual(['byline']);
  });
});
