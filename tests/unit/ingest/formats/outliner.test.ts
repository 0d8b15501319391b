// An outliner's page (formats/outliner.ts): page properties are read as front matter is, the outline is flattened,
// and the reader's notes, other sections and tasks are set aside while the clipped story stays.
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { FORMAT_PARSERS } from '../../../../src/lib/ingest/formats/parsers.ts';
import { parseArticle } from '../../../../src/lib/ingest/parse.ts';
import { flattenOutline, isOutlinerPage, pageProperties, propertiesAsYaml } from '../../../../src/lib/ingest/formats/outliner.ts';
import { fullText, textBlocks } from '../../../../src/lib/ingest/tree.ts';

const mdast = (text: string) => unified().use(remarkParse).parse(text) as Root;
const parse = (text: string) => parseArticle(text, 'markdown', FORMAT_PARSERS.markdown);

const body = [
  'ASTRELL — The harbour board voted on Monday to close the old ferry pier by August, citing the cost of repairs to its timber piles.',
  'The board said the pier would need about $4 million of work within two years, more than the ferry service earns from it in a decade.',
  'Fishermen who use the pier said they had not been consulted and would ask the council to delay the vote until the autumn.',
];
const page = [
  'title:: Harbour board votes to close old ferry pier',
  'author:: [[Ines Halloran]]',
  'published:: [[Mar 3rd, 2025]]',
  'tags:: [[harbours]], [[ferries]]',
  '',
  '- ## My notes',
  '\t- Check the repair estimate against the 2019 survey.',
  '- ## Article',
  '  collapsed:: false',
  `\t- ${body[0]}`,
  '\t  id:: 6840b2c1-5f3a-4e8d-a1c2-9b7e4d2f0a11',
  `\t- ${body[1]}`,
  '\t\t- Note to self: ask the board for the survey it cites here.',
  '\t- ### What fishermen say',
  `\t- ^^${body[2]}^^ See ((6840b2c1-5f3a-4e8d-a1c2-9b7e4d2f0a11)).`,
  '- ## Questions',
  '\t- TODO Call the harbour master about the timber piles',
  '\t  SCHEDULED: <2025-03-06 Thu>',
].join('\n');

describe('pageProperties', () => {
  it('reads a run of property lines opening the page, wiki links unwrapped, and nothing else', () => {
    expect(pageProperties(mdast(page))?.slice(0, 3)).toEqual([['title', 'Harbour board votes to close old ferry pier'], ['author', 'Ines Halloran'], ['published', 'Mar 3rd, 2025']]);
    expect(pageProperties(mdast('title:: One line only\n\nThe story.'))).toBeNull();
    expect(pageProperties(mdast('The board met on Monday.\nIt voted 5-2.'))).toBeNull();
  });

  it('writes properties as YAML the front matter reader takes, quoting each value', () => {
    expect(propertiesAsYaml([['title', 'A: "quoted" title'], ['tags', '[[a]], [[b]]']])).toBe('title: "A: \\"quoted\\" title"\ntags: "[[a]], [[b]]"');
  });
});

describe('isOutlinerPage', () => {
  it('knows a page by its properties over a list, or by bullets holding property lines', () => {
    expect(isOutlinerPage(mdast(page))).toBe(true);
    expect(isOutlinerPage(mdast('- The board met.\n  id:: 6840b2c1-5f3a-4e8d-a1c2-9b7e4d2f0a11\n- It voted.'))).toBe(true);
    // A Markdown story with a list, or a list of points, is no outliner's page.
    expect(isOutlinerPage(mdast('The board met on Monday.\n\n- It voted 5-2.\n- It adjourned.'))).toBe(false);
    expect(isOutlinerPage(mdast('- It voted 5-2.\n- It adjourned.'))).toBe(false);
  });
});

describe('flattenOutline', () => {
  it('keeps the section of most prose, and sets aside other sections, section headings, notes and tasks', () => {
    const tree = mdast(page);
    flattenOutline(tree);
    const kept = textBlocks(tree).filter((b) => !b.data?.boilerplate).map((b) => fullText(b).trim());
    expect(kept).toEqual([body[0], body[1], 'What fishermen say', `^^${body[2]}^^ See ((6840b2c1-5f3a-4e8d-a1c2-9b7e4d2f0a11)).`]);
    const aside = textBlocks(tree).filter((b) => b.data?.boilerplate).map((b) => fullText(b).trim());
    expect(aside).toContain('Note to self: ask the board for the survey it cites here.');
    expect(aside).toContain('Check the repair estimate against the 2019 survey.');
    expect(aside).toContain('TODO Call the harbour master about the timber piles');
    // Property lines the app hides are no one's words.
    expect(textBlocks(tree).map((b) => fullText(b)).join('\n')).not.toMatch(/id::|collapsed::|SCHEDULED/);
  });
});

describe('an outliner page through the pipeline', () => {
  it('states its properties, and reads the story with its dateline and crosshead, highlights and references cleared', () => {
    const { parsed } = parse(page);
    expect(parsed.title).toBe('Harbour board votes to close old ferry pier');
    expect(parsed.author).toBe('Ines Halloran');
    expect(parsed.published).toBe('2025-03-03');
    expect(parsed.dateline).toBe('ASTRELL');
    expect(parsed.paragraphs).toEqual([body[0]?.replace('ASTRELL — ', ''), body[1], 'What fishermen say', `${body[2]} See .`]);
    expect(parsed.headings).toEqual([2]);
  });

  it('stops at a property it cannot take, at its line, as front matter does', () => {
    expect(() => parse('title:: A title\npublished:: sometime soon\n\n- The board met on Monday and voted to close the pier.')).toThrow(/page property|published/);
  });
});
