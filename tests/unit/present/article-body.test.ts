import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { articleBodyHast } from '../../../src/lib/present/article-body.ts';
import { paragraphNumbers } from '../../../src/lib/corpus/numbering.ts';

const body = { paragraphs: ['First.', 'A Crosshead', 'Second.', 'Quoted one.', 'Quoted two.', '<script>alert(1)</script> stays text.'], headings: [1], quotes: [3, 4] };

describe('article body tree', () => {
  it('numbers text paragraphs only; a crosshead takes the number of the paragraph it heads', () => {
    expect(paragraphNumbers(body)).toEqual([1, 2, 2, 3, 4, 5]);
  });

  it('renders numbered paragraphs, crossheads as headings and quotations grouped, with every text escaped', () => {
    const html = toHtml(articleBodyHast(body));
    expect(html.match(/id="p\d+"/g)).toEqual(['id="p1"', 'id="p2"', 'id="p3"', 'id="p4"', 'id="p5"']);
    expect(html).toContain('<h2 class="para" dir="ltr">A Crosshead</h2>');
    expect(html.match(/<blockquote>/g)).toHaveLength(1);
    expect(html).toMatch(/<blockquote>\s*<p id="p3"[\s\S]*<p id="p4"[\s\S]*<\/blockquote>/);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script> stays text.');
    expect(html).toContain('<a href="#p1" class="para-anchor" aria-label="Paragraph 1">¶1</a>');
  });
});
