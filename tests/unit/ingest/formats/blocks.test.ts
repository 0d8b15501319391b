import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { toArticleTree } from '../../../../src/lib/ingest/formats/blocks.ts';
import { textBlocks } from '../../../../src/lib/ingest/tree.ts';

const text = (value: string) => ({ type: 'text' as const, value });
const p = (...children: any[]) => ({ type: 'paragraph' as const, children });
const shape = (tree: Root) => JSON.parse(JSON.stringify(tree));

describe('toArticleTree', () => {
  it('keeps the words of links and emphasis, drops images and raw HTML, collapses white space', () => {
    const tree: Root = {
      type: 'root',
      children: [
        p(text('The  '), { type: 'link', url: 'https://x', children: [text('IAEA')] }, text(' said '), { type: 'emphasis', children: [text('no')] }, { type: 'image', url: 'i.png', alt: 'alt text' }, { type: 'html', value: '<b>x</b>' }, text('.')),
        { type: 'html', value: '<script>alert(1)</script>' },
      ],
    };
    expect(shape(toArticleTree(tree))).toEqual({ type: 'root', children: [p(text('The IAEA said no.'))] });
  });

  it('keeps headings with their depth and block quotes of paragraphs, nested quotes flattened', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'heading', depth: 3, children: [text('Next Steps')] },
        { type: 'blockquote', children: [p(text('Outer.')), { type: 'blockquote', children: [p(text('Inner.'))] }] },
      ],
    };
    expect(shape(toArticleTree(tree)).children).toEqual([
      { type: 'heading', depth: 3, children: [text('Next Steps')] },
      { type: 'blockquote', children: [p(text('Outer.')), p(text('Inner.'))] },
    ]);
  });

  it('turns list items, table rows and code into paragraphs of plain text, table rows set aside (data, not sentences)', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'list', children: [{ type: 'listItem', children: [p(text('First item'))] }, { type: 'listItem', children: [p(text('Second'))] }] },
        { type: 'table', children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [text('a')] }, { type: 'tableCell', children: [text('b')] }] }] },
        { type: 'code', value: '<p>literal</p>' },
      ],
    } as Root;
    expect(shape(toArticleTree(tree)).children).toEqual([p(text('First item')), p(text('Second')), { ...p(text('a b')), data: { boilerplate: 'other' } }, p(text('<p>literal</p>'))]);
  });

  it("marks a data table's short title line above it as caption and its Source line below as credit; a sentence above stays", () => {
    const row = (...cells: string[]) => ({ type: 'tableRow', children: cells.map((c) => ({ type: 'tableCell', children: [text(c)] })) });
    const table = { type: 'table', children: [row('Quarter', 'Tonnes'), row('Q1', '1,200')] };
    const titled = { type: 'root', children: [p(text('Copper output by quarter')), table, p(text('Source: Ministry of Mines')), p(text('Output rose.'))] } as Root;
    expect(shape(toArticleTree(titled)).children.map((b: any) => b.data?.boilerplate ?? 'body')).toEqual(['caption', 'other', 'other', 'credit', 'body']);
    const told = { type: 'root', children: [p(text('Output rose in every quarter, the ministry said.')), table, p(text('Sources say more is coming, and the ministry agrees with them.'))] } as Root;
    expect(shape(toArticleTree(told)).children.map((b: any) => b.data?.boilerplate ?? 'body')).toEqual(['body', 'other', 'other', 'body']);
  });

  it('drops empty blocks, thematic breaks and an empty block quote', () => {
    const tree: Root = { type: 'root', children: [p(text('   ')), { type: 'thematicBreak' }, { type: 'blockquote', children: [p(text(''))] }] };
    expect(toArticleTree(tree).children).toEqual([]);
    expect(toArticleTree({ type: 'root', children: [] }).children).toEqual([]);
  });

  it('flags a paragraph its type sets apart: wholly in italics or bold, or opened by a bold label', () => {
    const md = (text: string) => unified().use(remarkParse).parse(text) as Root;
    const flags = (text: string) => textBlocks(toArticleTree(md(text))).map((b) => b.data?.setApart ?? false);
    expect(flags('*Check 1: we have not seen the bylaws.*\n\n**Check 2:** the call list gives 104 calls.\n\nThe port said **104** calls.\n\n**Bold** start, then prose.')).toEqual([true, true, false, false]);
  });

  it('keeps a mark a format parser set on a paragraph', () => {
    const tree: Root = { type: 'root', children: [{ ...p(text('Photo: A. Name')), data: { boilerplate: 'caption' } }] };
    expect(shape(toArticleTree(tree)).children).toEqual([{ ...p(text('Photo: A. Name')), data: { boilerplate: 'caption' } }]);
  });

  it('ends a paragraph at a line break after a short line or a sentence, and runs on a wrapped long line', () => {
    const br = { type: 'break' as const };
    const long = 'A fire that started in a conveyor housing late on Thursday destroyed the main elevator at the';
    const tree: Root = { type: 'root', children: [p(text('By Dale Roe'), br, text('Staff Writer'), br, text('Published: March 7, 2009')), p(text(long), br, text('cooperative.'), br, text('Next line.'))] };
    expect(shape(toArticleTree(tree)).children.map((c: { children: { value: string }[] }) => c.children[0]?.value)).toEqual(['By Dale Roe', 'Staff Writer', 'Published: March 7, 2009', `${long} cooperative.`, 'Next line.']);
  });

  it('ends a line at a break inside emphasis or a link too', () => {
    const br = { type: 'break' as const };
    const tree = { type: 'root', children: [p({ type: 'emphasis', children: [text('By Tarek Mansour'), br, text('Courier Staff Writer')] })] } as unknown as Root;
    expect(shape(toArticleTree(tree)).children.map((c: { children: { value: string }[] }) => c.children[0]?.value)).toEqual(['By Tarek Mansour', 'Courier Staff Writer']);
  });

  it('reads the cells of a table layout left without its table as containers of their own', () => {
    const cell = (...children: any[]) => ({ type: 'tableCell', children });
    const tree = { type: 'root', children: [cell(p(text('Sections')), p(text('Services'))), cell(p(text('Officials met.')))] } as unknown as Root;
    expect(shape(toArticleTree(tree)).children).toEqual([p(text('Sections')), p(text('Services')), p(text('Officials met.'))]);
  });
});

describe('toArticleTree: lists of links alone', () => {
  const link = (url: string, words: string) => ({ type: 'link', url, children: [text(words)] });
  const list = (...items: any[][]) => ({ type: 'list', ordered: false, spread: false, children: items.map((c) => ({ type: 'listItem', spread: false, children: [p(...c)] })) });
  const kinds = (tree: any) => toArticleTree(tree).children.map((c: any) => c.data?.boilerplate ?? 'body');

  it('marks a list of links into the page as a table of contents, and a list of other links as furniture', () => {
    expect(kinds({ type: 'root', children: [list([link('#background', 'Background')], [link('#next', 'What happens next')])] })).toEqual(['other', 'other']);
    expect(kinds({ type: 'root', children: [list([link('https://x.example/a', 'Bills have doubled. Here’s why.')], [{ type: 'strong', children: [link('/b', 'Audit faults the utility')] }])] })).toEqual(['related', 'related']);
  });

  it('leaves a list whose items say something besides their link, or a single link, as the article’s', () => {
    expect(kinds({ type: 'root', children: [list([text('The '), link('/r', 'audit report'), text(' (PDF)')], [link('/b', 'Budget')])] })).toEqual(['body', 'body']);
    expect(kinds({ type: 'root', children: [list([link('/r', 'The full report')])] })).toEqual(['body']);
    expect(kinds({ type: 'root', children: [list([text('Water bills doubled')], [text('Mains were not replaced')])] })).toEqual(['body', 'body']);
    // Introduced by the article's own words, a list of links is its reading list; under a label it is the page's.
    const reading = list([link('/fda', 'The 2016 decision on the drug')], [link('/ruling', 'The appeals court’s opinion')]);
    expect(kinds({ type: 'root', children: [p(text('Here is what to read before the hearing:')), reading] })).toEqual(['body', 'body', 'body']);
    expect(kinds({ type: 'root', children: [p(text('Related:')), reading] })).toEqual(['body', 'related', 'related']);
  });
});

