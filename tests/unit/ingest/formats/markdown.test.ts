import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { isCreditedCaption, parseMarkdown, stretchStarts } from '../../../../src/lib/ingest/formats/markdown.ts';
import { IngestError } from '../../../../src/lib/ingest/errors.ts';
import { fullText, textBlocks, type ArticleFileData } from '../../../../src/lib/ingest/tree.ts';

const parse = (text: string) => {
  const file = new VFile({ path: 'a.md', data: { format: 'markdown', meta: {} } satisfies ArticleFileData });
  const tree = parseMarkdown(text, file);
  return { tree, file, meta: (file.data as unknown as ArticleFileData).meta };
};

describe('Markdown format', () => {
  it('puts front matter on the file and the body in the article tree', () => {
    const { tree, meta } = parse('---\ntitle: Talks resume\noutlet: Gulf Review\n---\n\n# Talks resume\n\nOfficials met.\n');
    expect(meta).toEqual({ title: 'Talks resume', outlet: 'Gulf Review' });
    expect(tree.children.map((c) => c.type)).toEqual(['heading', 'paragraph']);
  });

  it('keeps headings, block quotes and list items as structure, and links and emphasis as their text', () => {
    const { tree } = parse('## Background\n\n> Quoted words.\n\n- First item\n- Second *item*\n\nSee [the report](https://example.org) and `code`.');
    expect(tree.children.map((c) => c.type)).toEqual(['heading', 'blockquote', 'paragraph', 'paragraph', 'paragraph']);
    expect(textBlocks(tree).map(fullText)).toEqual(['Background', 'Quoted words.', 'First item', 'Second item', 'See the report and code.']);
  });

  it('drops raw HTML and images, warning with the line', () => {
    const { tree, file } = parse('Officials met.\n\n<script>alert(1)</script>\n\n![x](y.png) <b>Bold</b> words.');
    expect(textBlocks(tree).map(fullText)).toEqual(['Officials met.', 'Bold words.']);
    expect(file.messages[0]?.line).toBe(3);
    expect(String(file.messages[0]?.reason)).toMatch(/raw HTML/);
  });

  it('names each image in a warning, and keeps the alt text of one standing alone as a caption, out of the body', () => {
    const { tree, file } = parse('Officials met.\n\n![Smelter at dawn, Chuquicamata](smelter.jpg)\n\nOutput rose ![](chart.png) again.');
    expect(textBlocks(tree).map(fullText)).toEqual(['Officials met.', 'Smelter at dawn, Chuquicamata', 'Output rose again.']);
    expect(tree.children[1]?.data).toEqual({ boilerplate: 'caption' });
    expect(file.messages.map((m) => [m.line, m.ruleId])).toEqual([[3, 'image'], [5, 'image']]);
    expect(String(file.messages[0]?.reason)).toContain('Smelter at dawn');
  });

  it('takes the line under a picture for its caption when it ends with the picture’s credit', () => {
    const { tree } = parse('![Council chamber](c.jpg)\n\nResidents fill the chamber during the vote. (Jo Roe / The Coast Ledger)\n\nThe council voted 6-1. (It met for five hours.)\n');
    expect(tree.children.map((c) => c.data?.boilerplate ?? 'body')).toEqual(['caption', 'caption', 'body']);
    // The same line with no picture above it is left to the other rules; so is a line whose brackets hold no credit.
    expect(parse('Residents fill the chamber during the vote. (Jo Roe / The Coast Ledger)\n').tree.children[0]?.data).toBeUndefined();
    expect(parse('![x](c.jpg)\n\nThe council voted 6-1 (the mayor abstained).\n').tree.children[1]?.data).toBeUndefined();
  });

  it('refuses invalid front matter with the line of the bad field', () => {
    try {
      parse('---\ntitle: Talks\npublished: 2021-02-30\n---\nOfficials met.');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(IngestError);
      expect((error as IngestError).place?.line).toBe(3);
      expect((error as IngestError).reason).toMatch(/`published`/);
    }
  });

  it('parses a long file in stretches that start at blank lines outside code fences, comments and front matter', () => {
    const para = (i: number) => `Paragraph ${i} says officials met in Riyadh on Sunday, according to diplomats.`;
    const fence = ['```', 'code line', '', 'more code after a blank line', '```'].join('\n');
    const comment = ['<!--', 'a comment', '', 'still the comment', '-->'].join('\n');
    const text = ['---', 'title: Long', '', 'outlet: Desk', '---', ...Array.from({ length: 120 }, (_, i) => (i === 50 ? fence : i === 80 ? comment : para(i)))].join('\n\n');
    const starts = stretchStarts(text);
    expect(starts.length).toBeGreaterThan(2);
    for (const start of starts.slice(1)) {
      const before = text.slice(0, start);
      expect(before.endsWith('\n\n')).toBe(true);
      expect((before.match(/```/g) ?? []).length % 2).toBe(0);
      expect((before.match(/<!--/g) ?? []).length).toBe((before.match(/-->/g) ?? []).length);
      expect(start).toBeGreaterThan(text.indexOf('outlet: Desk'));
    }
    const { tree, meta } = parse(text);
    expect(meta).toEqual({ title: 'Long', outlet: 'Desk' });
    const texts = textBlocks(tree).map(fullText);
    expect(texts).toContain('code line more code after a blank line');
    expect(texts.filter((t) => t.startsWith('Paragraph'))).toHaveLength(118);
    const last = textBlocks(tree).at(-1);
    expect(last?.position?.start.line).toBe(text.split('\n').length);
  });
});

describe('Markdown exports (GFM and Pandoc)', () => {
  const body = (text: string) => {
    const { tree } = parse(text);
    return textBlocks(tree).map((b) => [fullText(b), b.data?.boilerplate ?? 'body']);
  };

  it('drops footnote markers and definitions, as apparatus', () => {
    expect(body('Output fell 6 percent.[^1]\n\n[^1]: Ministry bulletin, third quarter.\n')).toEqual([['Output fell 6 percent.', 'body']]);
  });

  it('sets a table of data aside with its title line above and its source line below', () => {
    const pipe = '**Table 1: Output, tonnes**\n\n| Quarter | 2025 |\n|---|---|\n| Q1 | 182,100 |\n\n*Source: Ministry of Mines*\n\nThe target is in doubt.\n';
    expect(body(pipe)).toEqual([['Table 1: Output, tonnes', 'caption'], ['Quarter 2025', 'other'], ['Q1 182,100', 'other'], ['Source: Ministry of Mines', 'credit'], ['The target is in doubt.', 'body']]);
    const grid = 'Copper output fell in every quarter of the year.\n\n+------+--------+\n| Q    | 2025   |\n+======+========+\n| Q1   | 182    |\n+------+--------+\n\nNote: provisional.\n';
    expect(body(grid)).toEqual([['Copper output fell in every quarter of the year.', 'body'], ['Q 2025', 'other'], ['Q1 182', 'other'], ['Note: provisional.', 'credit']]);
  });

  it('keeps a table whose rows are prose (a page laid out in a table), and the lines around it', () => {
    const long = 'The council voted on Monday night to rebuild the seawall at a cost of fourteen million dollars, after two winters of storm damage left cracks along nearly half of its length, two sections of its cap came loose and residents of the Lower Harbour asked for action.';
    expect(body(`Before the table.\n\n| ${long} |\n|---|\n| Short row |\n`).map(([, kind]) => kind)).toEqual(['body', 'body', 'body']);
  });

  it('drops Pandoc’s attribute blocks and keeps a span’s words', () => {
    expect(body('![](media/image1.jpeg){width="6in"\nheight="3in"}\n\n[]{#_Hlk1 .anchor}The government set a target.\n')).toEqual([['The government set a target.', 'body']]);
  });

  it('reads a front matter date written out, as exporters write it', () => {
    expect(parse('---\ndate: 14 October 2025\n---\n\nText.\n').meta.published).toBe('2025-10-14');
    expect(parse('---\npublished: Oct. 14, 2025\n---\n\nText.\n').meta.published).toBe('2025-10-14');
  });
});

describe('isCreditedCaption', () => {
  it('knows a short text ending with a credit: name and source split by a slash, or a picture word', () => {
    expect(isCreditedCaption('Pickets outside the terminal on Wednesday. (Jo Roe/AFP)')).toBe(true);
    expect(isCreditedCaption('Pickets outside the terminal. (Photo: Jo Roe)')).toBe(true);
    expect(isCreditedCaption('Pickets outside the terminal. (Photograph by Jo Roe for the Ledger)')).toBe(true);
    expect(isCreditedCaption('Output rose 4% (year on year).')).toBe(false);
    expect(isCreditedCaption('Tenants can sue for double damages (or both/either)')).toBe(false);
    expect(isCreditedCaption('Support stood at 41 percent. (Reuters/Ipsos)')).toBe(false);
    expect(isCreditedCaption('Pickets stayed out. (Jo Roe / AFP) and the talks went on.')).toBe(false);
    expect(isCreditedCaption(`${'word '.repeat(70)}(Jo Roe/AFP)`)).toBe(false);
  });
});
