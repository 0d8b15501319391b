import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '#html-document';
import { paragraphsFromBreaks } from '../../../../src/lib/ingest/formats/line-breaks.ts';

const body = (html: string) => parseHtmlDocument(`<!doctype html><html><body>${html}</body></html>`).body;
// A paragraph's text with its line breaks read as spaces.
const paragraphs = (root: Element) => [...root.querySelectorAll('p')].map((p) => p.innerHTML.replace(/<br>/gi, ' ').replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim());

describe('paragraphsFromBreaks', () => {
  it('makes a paragraph of each run of text between double breaks, inside inline markup too', () => {
    const root = body('<td><font><b>Fire destroys elevator</b></font><br><br><font><b>By Dale Roe</b><br>Staff Writer</font><br> <br><font>First paragraph.<br><br>Second paragraph.<br><br><br>Third.</font></td>');
    expect(paragraphsFromBreaks(root)).toBe(2);
    expect(paragraphs(root)).toEqual(['Fire destroys elevator', 'By Dale Roe Staff Writer', 'First paragraph.', 'Second paragraph.', 'Third.']);
    expect(root.querySelectorAll('br')).toHaveLength(1);
  });

  it('leaves single breaks, blocks and pages without double breaks alone', () => {
    const root = body('<div><p>One line<br>and the next.</p><table><tr><td>Cell</td></tr></table></div>');
    const before = root.innerHTML;
    expect(paragraphsFromBreaks(root)).toBe(0);
    expect(root.innerHTML).toBe(before);
  });

  it('keeps a block between runs where it stands', () => {
    const root = body('<div>Before.<br><br><table><tr><td>Photo</td></tr></table>After one.<br><br>After two.</div>');
    paragraphsFromBreaks(root);
    expect([...(root.firstElementChild as Element).children].map((c) => c.tagName)).toEqual(['P', 'TABLE', 'P', 'P']);
  });
});
