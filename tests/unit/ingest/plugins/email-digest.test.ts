// The newsletter detector: in a message with a mailing list's marks, the section of most prose is the story and the
// rest is set aside; in any text a rule alone is set aside and nothing else is.
import { describe, expect, it } from 'vitest';
import { FORMAT_PARSERS } from '../../../../src/lib/ingest/formats/parsers.ts';
import { parseArticle } from '../../../../src/lib/ingest/parse.ts';
import { lines } from '../../../support/ingest-tree.ts';

const parse = (text: string) => parseArticle(text, 'text', FORMAT_PARSERS.text).parsed;
const RULE = '----------------------------------------';
const story = [
  'Council approves seawall rebuild',
  'By Amira Goodwin',
  'City council voted 7-2 late Monday night to rebuild the crumbling Marsh Street seawall at a cost of $14.2 million.',
  'The 640-metre wall, built in 1958, protects the Lower Harbour neighbourhood and the only road to the ferry terminal.',
  'Construction is to begin in September and take about two years, staff said after the vote.',
];

describe('email-digest plugin', () => {
  it('keeps the story of a newsletter message and sets its greeting, sponsor and footer aside', () => {
    const parsed = parse(
      lines(
        'View this email in your browser <https://list.example/v/1>',
        'Good morning. It will be a grey one, with showers after lunch. Here is what you need to know today.',
        RULE,
        ...story,
        RULE,
        'A MESSAGE FROM OUR SPONSOR',
        'Dunmore Credit Union is now offering 4.1% on term deposits. Members and non-members welcome.',
        RULE,
        'You are receiving this email because you subscribed. Unsubscribe from this list.',
        'Copyright © 2025 The Harbour Ledger, All rights reserved.',
      ),
    );
    expect(parsed.title).toBe('Council approves seawall rebuild');
    expect(parsed.author).toBe('Amira Goodwin');
    expect(parsed.paragraphs).toEqual(story.slice(2));
    expect(parsed.outlet).toBe('The Harbour Ledger');
    expect(parsed.boilerplate.map((b) => b.text)).toContain('A MESSAGE FROM OUR SPONSOR');
  });

  it('keeps every section of an article with section breaks, setting only the rules aside', () => {
    const parsed = parse(lines(...story, '* * *', 'A short closing section follows the break.', '* * *', 'And another, to end the piece.'));
    expect(parsed.paragraphs).toEqual([...story.slice(2), 'A short closing section follows the break.', 'And another, to end the piece.']);
    expect(parsed.boilerplate.filter((b) => b.text === '* * *')).toHaveLength(2);
  });
});
