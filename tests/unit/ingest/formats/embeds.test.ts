import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseHtmlDocument } from '#html-document';
import { isEmbed, markEmbeds } from '../../../../src/lib/ingest/formats/embeds.ts';
import { parseHtml } from '../../../../src/lib/ingest/formats/html.ts';
import { fullText, textBlocks, unmarkedText, type ArticleFileData } from '../../../../src/lib/ingest/tree.ts';

const prose = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} says the river board closed the flood gates on Sunday after two days of heavy rain upstream.</p>`).join('');
const parse = (html: string) => {
  const file = new VFile({ path: 'a.html', data: { format: 'html', meta: {} } satisfies ArticleFileData });
  const blocks = textBlocks(parseHtml(html, file));
  return { body: blocks.map(unmarkedText).filter(Boolean), all: blocks.map(fullText) };
};

describe('isEmbed', () => {
  it('knows the platforms’ embed class names, and nothing like them', () => {
    const el = (cls: string) => parseHtmlDocument(`<html><body><blockquote class="${cls}"></blockquote></body></html>`).querySelector('blockquote') as Element;
    expect(isEmbed(el('twitter-tweet'))).toBe(true);
    expect(isEmbed(el('instagram-media extra'))).toBe(true);
    expect(isEmbed(el('tiktok-embed'))).toBe(true);
    expect(isEmbed(el('bluesky-embed'))).toBe(true);
    expect(isEmbed(el('pull-quote'))).toBe(false);
    expect(isEmbed(el('tweetable-quote'))).toBe(false);
  });
});

describe('markEmbeds', () => {
  it('replaces an embedded post by one element with its text', () => {
    const doc = parseHtmlDocument('<html><body><div id="c"><p>Before.</p><blockquote class="twitter-tweet"><p>Gates shut.</p>— River Board (@RiverBoard) <a href="#">March 3, 2024</a></blockquote></div></body></html>');
    const root = doc.getElementById('c') as Element;
    expect(markEmbeds(root)).toBe(1);
    expect(root.querySelector('blockquote')).toBeNull();
    expect(root.textContent).toContain('Gates shut.');
  });
});

describe('embedded posts in a saved page', () => {
  it('keeps the post and its signature apart from the body, and a quotation in the body', () => {
    const { body, all } = parse(`<html><body><article>${prose(3)}<blockquote class="twitter-tweet"><p>Gates shut at 6am. pic.twitter.com/abc</p>— River Board (@RiverBoard) <a href="#">March 3, 2024</a></blockquote><blockquote><p>“We had no choice,” the board’s chair wrote on X.</p></blockquote>${prose(2)}</article></body></html>`);
    expect(body.join(' ')).not.toMatch(/Gates shut|@RiverBoard/);
    expect(all.join(' ')).toMatch(/Gates shut at 6am\. pic\.twitter\.com\/abc — River Board \(@RiverBoard\) March 3, 2024/);
    expect(body).toContain('“We had no choice,” the board’s chair wrote on X.');
    expect(body).toHaveLength(6);
  });
});
