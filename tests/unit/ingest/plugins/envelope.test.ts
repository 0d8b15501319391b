// The envelope detector: a forwarded message's header above the story and the sender's signature at its end.
import { describe, expect, it } from 'vitest';
import { FORMAT_PARSERS } from '../../../../src/lib/ingest/formats/parsers.ts';
import { parseArticle } from '../../../../src/lib/ingest/parse.ts';
import envelope from '../../../../src/lib/ingest/plugins/envelope.ts';
import { lines, runPlugins } from '../../../support/ingest-tree.ts';

const parse = (text: string) => parseArticle(text, 'text', FORMAT_PARSERS.text).parsed;

const body = [
  'Ferry fares to rise in April',
  'The island ferry company said on Friday that fares would rise by eight percent from April, the first increase in three years.',
  'The company blamed higher fuel costs and said it would keep a discount for residents.',
];

describe('envelope plugin', () => {
  it('takes the forwarding marker and header lines above the story out, so the headline is the title', () => {
    const parsed = parse(lines('-----Original Message-----\nFrom: Press Office <press@ferries.example>\nSent: Friday, 7 March 2025 11:40\nTo: Newsdesk\nSubject: Fares', ...body));
    expect(parsed.title).toBe('Ferry fares to rise in April');
    expect(parsed.paragraphs).toHaveLength(2);
    expect(parsed.boilerplate[0]?.kind).toBe('other');
  });

  it('reads header lines set as paragraphs of their own as one envelope', () => {
    const parsed = parse(lines('Begin forwarded message:', 'From: Press Office <press@ferries.example>', 'Subject: Fares', ...body));
    expect(parsed.title).toBe('Ferry fares to rise in April');
    expect(parsed.boilerplate.slice(0, 3).map((b) => b.kind)).toEqual(['other', 'other', 'other']);
  });

  it('takes a signature after a "--" line at the end of a forwarded message', () => {
    const header = '---------- Forwarded message ---------\nFrom: Press Office <press@ferries.example>\nSubject: Fares';
    const parsed = parse(lines(header, ...body, '--\nPress Office | Island Ferries\nThis e-mail is confidential.'));
    expect(parsed.paragraphs.at(-1)).toBe('The company blamed higher fuel costs and said it would keep a discount for residents.');
  });

  it('leaves what follows a "--" line in an article that came in no message: a section break', () => {
    const parsed = parse(lines(...body, '--', 'A footnote on fares: residents keep their discount.'));
    expect(parsed.paragraphs.at(-1)).toBe('A footnote on fares: residents keep their discount.');
  });

  it('leaves header-like prose in the body and a long section after "--" alone', () => {
    const run = runPlugins([envelope], lines(...body, 'From: the minister, a letter to the company asking it to wait a year.'));
    expect(run.parsed.boilerplate).toEqual([]);
    const long = Array.from({ length: 12 }, (_, i) => `Paragraph ${i} of a further section goes on about the ferry timetable in detail.`);
    expect(runPlugins([envelope], lines(...body, '--', ...long)).parsed.boilerplate).toEqual([]);
  });
});
