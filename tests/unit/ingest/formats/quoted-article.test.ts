// A story quoted whole in a post (formats/quoted-article.ts): the quotation that holds nearly all of the extracted
// text is the article.
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '#html-document';
import { quotedArticle } from '../../../../src/lib/ingest/formats/quoted-article.ts';

const paragraph = (i: number) => `<p>Paragraph ${i + 1}: the ferry operator said weekend sailings to Bellerive would stop from July, after patronage on the route fell by almost a third.</p>`;
const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => paragraph(i)).join('');
const content = (html: string) => parseHtmlDocument(`<html><body><div id="c">${html}</div></body></html>`).querySelector('#c') as Element;

describe('quotedArticle', () => {
  it('finds the quotation holding nearly all of the text, between the poster’s few lines', () => {
    const post = content(`<p>Paywalled, so here is the full text.</p><blockquote><p><strong>Ferry operator cuts weekend sailings</strong></p>${paragraphs(8)}</blockquote><p>Source: the Examiner.</p>`);
    expect(quotedArticle(post)?.tagName).toBe('BLOCKQUOTE');
  });

  it('takes no quotation of a few paragraphs, nor one the article around it outweighs', () => {
    expect(quotedArticle(content(`${paragraphs(2)}<blockquote>${paragraphs(3)}</blockquote>`))).toBeNull();
    expect(quotedArticle(content(`${paragraphs(4)}<blockquote>${paragraphs(5)}</blockquote>${paragraphs(2)}`))).toBeNull();
    expect(quotedArticle(content(paragraphs(6)))).toBeNull();
  });
});
