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
