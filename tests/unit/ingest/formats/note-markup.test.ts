// A note app's markup in a Markdown clip (formats/note-markup.ts): callouts, comments, highlights, block ids, wiki
// links and the reader's notes are cleared; the article's words stay.
import { describe, expect, it } from 'vitest';
import { FORMAT_PARSERS } from '../../../../src/lib/ingest/formats/parsers.ts';
import { parseArticle } from '../../../../src/lib/ingest/parse.ts';

const parse = (text: string) => parseArticle(text, 'markdown', FORMAT_PARSERS.markdown).parsed;

const story = [
  '# Ferry fares to rise in April',
  '',
  '> [!info] Island Courier · 3 min read',
  '> Clipped on 2025-03-08 for the [[Fares MOC|fares]] project.',
  '',
  'The island ferry company said on Friday that fares would rise by ==eight percent== from April. ^f3k9',
  '',
  '%% ask the company about the 2022 rise %%',
  '',
  'The company blamed higher fuel costs and said it would keep a discount for residents, its [[Fare policy]] says.',
  '',
  '> “We held prices for three years,” the company’s chief executive said.',
  '',
  'Commuter groups said they would ask the council to cap the rise at five percent. ![[#^f3k9]]',
  '',
  '---',
  '',
  '## My notes',
  '',
  '- Compare with the mainland operator. ^n1',
  '- [ ] Call the commuter group',
].join('\n');

describe('note markup in Markdown', () => {
  it('keeps the article’s words without highlights, block ids, comments, links’ brackets or embeds', () => {
    const parsed = parse(story);
    expect(parsed.paragraphs).toEqual([
      'The island ferry company said on Friday that fares would rise by eight percent from April.',
      'The company blamed higher fuel costs and said it would keep a discount for residents, its Fare policy says.',
      '“We held prices for three years,” the company’s chief executive said.',
      'Commuter groups said they would ask the council to cap the rise at five percent.',
    ]);
  });

  it('sets a callout and the reader’s notes under a closing rule aside, but not a quotation or closing paragraphs', () => {
    const kept = parse(story).boilerplate.map((b) => b.text);
    expect(kept).toEqual(expect.arrayContaining(['My notes', 'Compare with the mainland operator.', 'Call the commuter group']));
    expect(kept.some((t) => t.startsWith('[!info] Island Courier'))).toBe(true);
    // A rule before closing paragraphs of the article leaves them where they are.
    const closing = parse(['# Fares', '', 'The island ferry company said on Friday that fares would rise from April.', '', 'It blamed fuel costs.', '', '---', '', 'The council will review the fares again next year, a spokesman said.'].join('\n'));
    expect(closing.paragraphs.at(-1)).toBe('The council will review the fares again next year, a spokesman said.');
  });

  it('leaves equals signs, carets and percent signs that are not the app’s markup', () => {
    const parsed = parse(['# Sums', '', 'The rule a == b holds, 2^10 is 1024 and output rose 5%% in the table.'].join('\n'));
    expect(parsed.paragraphs).toEqual(['The rule a == b holds, 2^10 is 1024 and output rose 5%% in the table.']);
  });
});
