// A note app's markup in a Markdown clip (formats/note-markup.ts): callouts, comments, highlights, block ids, wiki
// links and the reader's notes are cleared; the article's words stay.
import { describe, expect, it } from 'vitest';
import { FORMAT_PARSERS } from '../../../../src/lib/ingest/formats/parsers.ts';
import { parseArticle } from '../../../../src/lib/ingest/parse.ts';
import type { Paragraph, Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { visit } from 'unist-util-visit';
import { clearNoteMarkup } from '../../../../src/lib/ingest/formats/note-markup.ts';

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

  // A MarkDownload clip: its quoted excerpt, the page's headline with the outlet after a bar, a byline and dates
  // joined by <br>, and the standfirst over the byline.
  it('sets a clipper’s quoted excerpt aside, splits lines joined by <br> and reads the page’s head under the title', () => {
    const clip = [
      '# Ferry fares to rise in April | The Island Courier',
      '',
      '> ## Excerpt',
      '> Fares rise by eight percent, the first increase in three years.',
      '',
      '---',
      '[Skip to content](#main)',
      '',
      '![The Island Courier](https://courier.example/logo.svg)',
      '',
      'Fares rise by eight percent, the first increase in three years.',
      '',
      'By [Ina Kovac](https://courier.example/staff/ina)<br>Published March 7, 2025 at 9:10 a.m.',
      '',
      'The island ferry company said on Friday that fares would rise by eight percent from April, the first increase in three years.',
      '',
      'The company blamed higher fuel costs and said it would keep a discount for residents.',
      '',
      '© 2025 The Island Courier. All rights reserved.',
    ].join('\n');
    const parsed = parse(clip);
    expect(parsed).toMatchObject({ title: 'Ferry fares to rise in April', author: 'Ina Kovac', published: '2025-03-07' });
    expect(parsed.paragraphs).toEqual(['The island ferry company said on Friday that fares would rise by eight percent from April, the first increase in three years.', 'The company blamed higher fuel costs and said it would keep a discount for residents.']);
    expect(parsed.boilerplate.map((b) => b.kind).slice(0, 3)).toEqual(['title', 'other', 'other']);
  });

  it('alone, marks the paragraphs of callouts and notes on the tree and clears the markup from its text', () => {
    const tree = unified().use(remarkParse).parse(['Fares rise by ==eight percent==. ^a1', '', '> [!tip] Compare', '> the mainland fares.', '', 'Costs %%check%% climbed.', '', '---', '', '- a note'].join('\n')) as Root;
    clearNoteMarkup(tree);
    const paragraphs: { text: string; aside: boolean }[] = [];
    visit(tree, 'paragraph', (p: Paragraph) => {
      paragraphs.push({ text: p.children.map((c) => ('value' in c ? c.value : '')).join(''), aside: p.data?.boilerplate === 'other' });
    });
    expect(paragraphs).toEqual([
      { text: 'Fares rise by eight percent.', aside: false },
      { text: '[!tip] Compare\nthe mainland fares.', aside: true },
      { text: 'Costs  climbed.', aside: false },
      { text: 'a note', aside: true },
    ]);
  });
});

