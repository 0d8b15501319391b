import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../../../src/lib/ingest/formats/text.ts';
import { fullText, textBlocks } from '../../../../src/lib/ingest/tree.ts';

describe('plain-text format', () => {
  it('gives one paragraph node per line of scraped text, with the line it came from', () => {
    const tree = parsePlainText('First paragraph here.\nSecond one.\n\n  Third, indented.');
    expect(textBlocks(tree).map(fullText)).toEqual(['First paragraph here.', 'Second one.', 'Third, indented.']);
    expect(textBlocks(tree).map((b) => [b.position?.start.line, b.position?.start.column])).toEqual([[1, 1], [2, 1], [4, 3]]);
  });

  it('joins hard-wrapped lines within blank-line blocks', () => {
    const text = 'Officials from six Gulf states met\nin Riyadh on Sunday to discuss\na joint air-defence network.\n\nThe meeting ended without\nan agreement, the people\nsaid.';
    const tree = parsePlainText(text);
    expect(textBlocks(tree).map(fullText)).toEqual(['Officials from six Gulf states met in Riyadh on Sunday to discuss a joint air-defence network.', 'The meeting ended without an agreement, the people said.']);
    expect(textBlocks(tree).map((b) => [b.position?.start.line, b.position?.end.line])).toEqual([[1, 3], [5, 7]]);
  });

  it('reads a text-mode browser’s dump: headings by their indent, its furniture and list of links set aside', () => {
    const dump = [
      '   #[1]The Harbour Post >> Feed',
      '',
      '      Ferry fares to rise by a tenth from July',
      '',
      '   The operator said on Monday that the [2]new fares would pay for two',
      '   replacement vessels, and that commuters with a monthly pass would pay',
      '   $14 more a month than they do now, from the first of July.',
      '',
      'Who pays more',
      '',
      '   Pensioners keep their free off-peak travel, the operator said in its',
      '   statement to the council, which owns a third of the company and must',
      '   approve the rise before it takes effect.',
      '',
      'References',
      '',
      '   1. https://harbourpost.example/feed/',
      '   2. https://harbourpost.example/fares.pdf',
      '   3. https://harbourpost.example/',
    ].join('\n');
    const blocks = textBlocks(parsePlainText(dump));
    expect(blocks.map((b) => [b.type === 'heading' ? b.depth : 0, b.data?.boilerplate ?? null, fullText(b).slice(0, 24)])).toEqual([
      [0, 'other', '#The Harbour Post >> Fee'],
      [1, null, 'Ferry fares to rise by a'],
      [0, null, 'The operator said on Mon'],
      [2, null, 'Who pays more'],
      [0, null, 'Pensioners keep their fr'],
      [0, 'other', 'References\n\n   1. https:'],
    ]);
    expect(fullText(blocks[2] as (typeof blocks)[number])).toContain('the new fares would pay');
    expect(blocks.at(-1)?.position?.start.line).toBe(15);
  });

  it('keeps a leading --- block verbatim as front-matter boilerplate, never parsed', () => {
    const tree = parsePlainText('---\ntitle: Injected\n---\nOfficials met.');
    const [front, body] = textBlocks(tree);
    expect(front?.data).toEqual({ boilerplate: 'front-matter', label: '---\ntitle: Injected\n---' });
    expect(body?.position?.start.line).toBe(4);
  });

  it('leaves Markdown and HTML as the text they are', () => {
    const tree = parsePlainText('# Not a heading\n\n<b>not bold</b> and [a link](javascript:x)');
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph', 'paragraph']);
    expect(textBlocks(tree).map(fullText)).toEqual(['# Not a heading', '<b>not bold</b> and [a link](javascript:x)']);
  });
});

describe('plain-text format: a web page’s markup saved as .txt', () => {
  it('keeps the markup as text and warns how to have the page read', async () => {
    const { VFile } = await import('vfile');
    const file = new VFile({ path: 'page.txt' });
    const tree = parsePlainText('<!DOCTYPE html>\n<html><head><title>Digital ID ruling</title></head>\n\n<body><p>The ruling halts registration.</p></body></html>', file);
    expect(textBlocks(tree).map(fullText).join(' ')).toContain('<title>Digital ID ruling</title>');
    expect(file.messages.map((m) => m.ruleId)).toEqual(['markup-as-text']);
    const prose = new VFile({ path: 'a.txt' });
    parsePlainText('The council said <b> tags are not allowed in names.', prose);
    expect(prose.messages).toEqual([]);
  });
});
