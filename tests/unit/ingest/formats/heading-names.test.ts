import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseHtmlDocument } from '#html-document';
import { droppedForHeader, shieldHeaderHeadings } from '../../../../src/lib/ingest/formats/heading-names.ts';
import { parseHtml } from '../../../../src/lib/ingest/formats/html.ts';
import { fullText, textBlocks, type ArticleFileData } from '../../../../src/lib/ingest/tree.ts';

const prose = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} says the county board voted to cut evening bus service on three routes, citing a gap in its operating budget.</p>`).join('');
const texts = (html: string) => {
  const file = new VFile({ path: 'a.html', data: { format: 'html', meta: {} } satisfies ArticleFileData });
  return textBlocks(parseHtml(html, file)).map(fullText);
};

describe('droppedForHeader', () => {
  it('is true for names Readability drops only for "header"', () => {
    expect(droppedForHeader('section-header ')).toBe(true);
    expect(droppedForHeader('header-anchor-post ')).toBe(true);
  });

  it('is false for names that drop or weigh a heading down for more, or keep it anyway', () => {
    expect(droppedForHeader('sidebar-header ')).toBe(false);
    expect(droppedForHeader('widget-header ')).toBe(false);
    expect(droppedForHeader('share-header ')).toBe(false);
    expect(droppedForHeader('article-header ')).toBe(false);
    expect(droppedForHeader('crosshead ')).toBe(false);
  });
});

describe('shieldHeaderHeadings', () => {
  it('hides the names while extraction reads the page and puts them back', () => {
    const doc = parseHtmlDocument('<html><body><div id="c"><h2 class="section-header" id="h-1">Costs</h2><h2 class="widget-header">Popular</h2></div></body></html>');
    const restore = shieldHeaderHeadings(doc);
    const [costs, popular] = [...doc.querySelectorAll('h2')] as Element[];
    expect(costs?.hasAttribute('class')).toBe(false);
    expect(popular?.getAttribute('class')).toBe('widget-header');
    restore(doc.getElementById('c') as Element);
    expect(costs?.getAttribute('class')).toBe('section-header');
    expect(costs?.getAttribute('id')).toBe('h-1');
  });

  it('keeps a crosshead named a header in the extracted article', () => {
    const out = texts(`<html><body><header class="site-header"><h2 class="site-header-title">The Gazette</h2></header><article>${prose(3)}<h2 class="section-header">Who rides the bus</h2>${prose(3)}</article></body></html>`);
    expect(out).toContain('Who rides the bus');
    expect(out).not.toContain('The Gazette');
  });
});
