// What Pandoc leaves in Markdown: attribute blocks and grid tables, told from braces and bars in prose.
import { describe, expect, it } from 'vitest';
import { gridTable, isGridTable, withoutAttributes } from '../../../../src/lib/ingest/formats/pandoc.ts';

describe('withoutAttributes', () => {
  it('drops attribute blocks and keeps a span’s words', () => {
    expect(withoutAttributes('{width="6.26in"\nheight="3.5in"}')).toBe('');
    expect(withoutAttributes('[]{#_Hlk209113472 .anchor}The government has set a target')).toBe('The government has set a target');
    expect(withoutAttributes('a [highlighted]{.mark} word')).toBe('a highlighted word');
  });

  it('drops kramdown attribute lists and Liquid tags a static-site post leaves in its source', () => {
    expect(withoutAttributes('…patch them for a third time.\n{: .lead}')).toBe('…patch them for a third time.\n');
    expect(withoutAttributes('Subscribe to The Daily{: .btn .btn-primary}')).toBe('Subscribe to The Daily');
    expect(withoutAttributes('{% include byline.html author=page.author %}')).toBe('');
    expect(withoutAttributes('Read {{ page.title }} first')).toBe('Read  first');
    // Braces in prose stay: a figure, a set, a colon with words.
    expect(withoutAttributes('the set {1, 2} and {: see below}')).toBe('the set {1, 2} and {: see below}');
  });

  it('leaves braces that hold prose, figures or code', () => {
    for (const text of ['the set {2019, 2020}', 'a note { see below }', 'if (x) { return y; }', 'the [bracketed] word']) expect(withoutAttributes(text)).toBe(text);
  });
});

describe('isGridTable and gridTable', () => {
  const grid = ['+------+------+', '| Q    | 2025 |', '+======+======+', '| Jan  | 190  |', '+------+------+'].join('\n');

  it('knows a grid table by its borders and rows, and reads its rows as a table', () => {
    expect(isGridTable(grid)).toBe(true);
    expect(gridTable(grid).children.map((r) => r.children.map((c) => (c.children[0] as { value: string }).value))).toEqual([['Q', '2025'], ['Jan', '190']]);
  });

  it('does not take prose with bars or a lone border', () => {
    expect(isGridTable('Turnout was 61% | up from 58%')).toBe(false);
    expect(isGridTable('+------+')).toBe(false);
    expect(isGridTable('| a | b |\n| c | d |')).toBe(false);
  });
});
