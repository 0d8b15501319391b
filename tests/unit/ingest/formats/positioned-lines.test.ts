// A page of absolutely placed lines (a PDF converted to HTML) read back into headings and paragraphs in reading order.
// The two fixtures are poppler's `pdftohtml -c -s -i -noframes` output for PDFs Chromium printed from the
// `.source.html` pages beside them; the small pages below are written out line by line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../../src/lib/ingest/dom/node.ts';
import { flowPlacedLines } from '../../../../src/lib/ingest/formats/positioned-lines.ts';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/positioned-lines/${name}`, import.meta.url), 'utf8');

/** The rebuilt body as "TAG text" rows, or null when the page was left as it was. */
function flow(html: string): string[] | null {
  const doc = parseHtmlDocument(html);
  if (!flowPlacedLines(doc.body as Element)) return null;
  return [...(doc.body as Element).children].map((e) => `${e.tagName} ${e.textContent}`);
}

/** A page of placed lines: [top, left, class, text]; classes ft0 (body, 12px Times), ft1 (34px), ft2 (12px Helvetica), ft3 (9px). */
function page(lines: [number, number, string, string][], pages = 1): string {
  const style = '<style>.ft0{font-size:12px;font-family:Times;color:#000}.ft1{font-size:34px;font-family:Times;color:#000}.ft2{font-size:12px;font-family:Helvetica;color:#000}.ft3{font-size:9px;font-family:Helvetica;color:#000}</style>';
  const placed = (n: number) =>
    `<div id="page${n}-div" style="position:relative;width:918px;height:1188px;">${lines.map(([top, left, cls, text]) => `<p style="position:absolute;top:${top}px;left:${left}px;white-space:nowrap" class="${cls}">${text}</p>`).join('\n')}</div>`;
  return `<!DOCTYPE html><html><head><title>X</title>${style}</head><body>${Array.from({ length: pages }, (_, i) => placed(i + 1)).join('')}</body></html>`;
}

/** A column of body lines from `top`, 14px apart, at `left`; the first indented by 9px when `indent`. */
const column = (top: number, left: number, texts: string[], indent = false): [number, number, string, string][] =>
  texts.map((text, i) => [top + i * 14, left + (indent && i === 0 ? 9 : 0), 'ft0', text]);

describe('flowPlacedLines', () => {
  it('reads a three-column page: the folio, the headline across the columns, its deck and byline, then each column top to bottom', () => {
    const rows = flow(fixture('ferry-three-columns.html')) as string[];
    expect(rows.slice(0, 6)).toEqual([
      'P B2',
      'P THE HARBOURSIDE ECHO',
      'P MONDAY, OCTOBER 13, 2025',
      'H1 Ferry operator ﬁned over late sailings on Ardrossan route',
      'P Regulator says passengers were left waiting for hours on 41 occasions',
      'P By Morag Tennant',
    ]);
    const paragraphs = rows.filter((r) => r.startsWith('P ') && r.length > 120);
    expect(paragraphs).toHaveLength(9);
    expect(paragraphs[0]).toMatch(/^P ARDROSSAN — The company that runs the ferry .* last winter\.$/);
    // The paragraph broken at the foot of the first column goes on at the top of the second.
    expect(paragraphs[3]).toMatch(/^P Clyde Link said it accepted the ﬁndings and had already changed the way its control room alerts passengers, including text messages .* repairs\.$/);
    expect(rows).toContain('H2 Hauliers count the cost');
    expect(rows.indexOf('H2 Hauliers count the cost')).toBe(rows.indexOf(paragraphs[3] as string) + 1);
  });

  it('sets a section under a label over headed items apart, to the end of its column (briefs beside the story)', () => {
    const rows = flow(fixture('ferry-three-columns.html')) as string[];
    const at = rows.indexOf('ASIDE IN BRIEF');
    expect(at).toBeGreaterThan(0);
    expect(rows.slice(at)).toEqual(['ASIDE IN BRIEF', 'ASIDE Kayakers rescued', expect.stringMatching(/^ASIDE Largs lifeboat crew/), 'ASIDE Library to close', expect.stringMatching(/^ASIDE Saltcoats library/)]);
  });

  it('goes on from page to page, leaving out the running heads and feet after the first page’s head', () => {
    const rows = flow(fixture('canal-two-pages.html')) as string[];
    expect(rows.slice(0, 4)).toEqual(['P THE MIDLANDS LEDGER', 'P Thursday, 5 March 2026', 'H1 Canal trust warns of summer closures after dry winter', 'P By Priya Chaudhary, Environment Reporter']);
    expect(rows.join('\n')).not.toMatch(/Page \d/);
    expect(rows.filter((r) => /MIDLANDS LEDGER/.test(r))).toHaveLength(1);
    expect(rows).toContain('P The trust said it had spent £1.2 million over the winter on repairs to lock gates and culverts that lose water, and that volunteers had surveyed more than 200 locks for leaks since January.');
    expect(rows.at(-1)).toMatch(/^P Boaters who see water escaping .* around the clock\.$/);
    // The photo's caption, in smaller type between paragraphs, is set apart; the crosshead is a heading.
    expect(rows).toContain('ASIDE Narrowboats moored at Marsworth, where the reservoirs feed the canal’s summit. Photo: Ledger archive');
    expect(rows).toContain('H2 Hire firms worried');
  });

  it('starts a paragraph at an indent, after a gap, and after a short line ending a sentence where the page does not indent', () => {
    const indented = flow(page([[40, 54, 'ft1', 'Headline'], ...column(100, 54, ['First paragraph runs on', 'over two lines.'], true), ...column(128, 54, ['Second one starts here', 'and ends here.', 'Third paragraph.'], true)]));
    expect(indented).toEqual(['H1 Headline', 'P First paragraph runs on over two lines.', 'P Second one starts here and ends here. Third paragraph.']);
    const spaced = flow(page([[40, 54, 'ft1', 'Headline'], ...column(100, 54, ['First paragraph runs on', 'over two lines.']), ...column(140, 54, ['After a gap, the second', 'one goes on to its end.', 'A third line.'])]));
    expect(spaced).toEqual(['H1 Headline', 'P First paragraph runs on over two lines.', 'P After a gap, the second one goes on to its end. A third line.']);
    const flush = flow(page([[40, 54, 'ft1', 'Headline'], ...column(100, 54, ['A flush paragraph that runs on and on', 'across to its end.', 'Another one here that runs on and on', 'to its own end, longer still.'])]));
    expect(flush).toEqual(['H1 Headline', 'P A flush paragraph that runs on and on across to its end.', 'P Another one here that runs on and on to its own end, longer still.']);
  });

  it('joins a word hyphenated at a line’s end, and keeps a hyphen before a capital', () => {
    const rows = flow(page([[40, 54, 'ft1', 'Headline'], ...column(100, 54, ['The council ap-', 'proved the plan with Anglo-', 'French backing, and the', 'rest of the lines follow.'])]));
    expect(rows).toEqual(['H1 Headline', 'P The council approved the plan with Anglo-French backing, and the rest of the lines follow.']);
  });

  it('reads the left column whole before the right one when nothing crosses them', () => {
    const rows = flow(page([[40, 54, 'ft1', 'Headline over both columns of the page'], ...column(100, 54, ['Left column begins', 'and continues', 'down the page']), ...column(100, 330, ['here, where the right', 'column ends the story.', 'Its last line.'])]));
    expect(rows).toEqual(['H1 Headline over both columns of the page', 'P Left column begins and continues down the page here, where the right column ends the story. Its last line.']);
  });

  it('makes a short line in another type a crosshead only when body text follows it', () => {
    const rows = flow(page([[40, 54, 'ft1', 'Headline'], ...column(100, 54, ['One paragraph of body', 'text ends here.']), [140, 54, 'ft2', 'A crosshead'], ...column(160, 54, ['More body text goes', 'on to the end.']), [200, 54, 'ft3', 'Contact the writer at desk@example.org']]));
    expect(rows).toEqual(['H1 Headline', 'P One paragraph of body text ends here.', 'H2 A crosshead', 'P More body text goes on to the end.', 'ASIDE Contact the writer at desk@example.org']);
  });

  // The timeout only catches a hang: every crossing line cuts the page, and columns past a broadsheet's are not read.
  it('reads a page of many thousand placed lines, crossing lines and columns without end, in bounded time', () => {
    const lines: [number, number, string, string][] = [];
    for (let i = 0; i < 6000; i++) lines.push([i * 7, (i % 400) * 30, i % 2 ? 'ft1' : 'ft0', `line ${i} of a long page`]);
    const rows = flow(page(lines)) as string[];
    expect(rows.join(' ')).toContain('line 5999 of a long page');
  }, 30_000);

  it('leaves a page alone that is not one of placed lines', () => {
    expect(flow('<html><body><p>One</p><p>Two</p></body></html>')).toBeNull();
    // A few placed elements (a badge, a tooltip) on an ordinary page.
    expect(flow(page(column(100, 54, ['one', 'two', 'three'])))).toBeNull();
    // Placed lines holding less than most of the page's text.
    const mostlyFlowing = page(column(100, 54, Array.from({ length: 12 }, (_, i) => `line ${i}`))).replace('</body>', `<p>${'Flowing text of the page. '.repeat(40)}</p></body>`);
    expect(flow(mostlyFlowing)).toBeNull();
  });
});
