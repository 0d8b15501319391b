// The header an article's markup gives its head: the writer's <address> read and taken out, a kicker taken out, a deck named.
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../../src/lib/ingest/dom/node.ts';
import { readArticleHeader } from '../../../../src/lib/ingest/formats/article-header.ts';

const page = (header: string) =>
  parseHtmlDocument(`<html><body><article><header>${header}</header><p>Households in 14 suburbs will have running water for only 12 hours a day from next Monday.</p></article></body></html>`);

describe('readArticleHeader', () => {
  it('reads the writer from the address box’s link and takes the box, bio and all, out; names the deck; drops the kicker', () => {
    const doc = page('<h1>Northern suburbs face water rotation</h1><h2>Fourteen areas will have water only from 8am to 8pm from next week</h2><h3 class="op-kicker">Drought crisis</h3><address><a href="https://example.org/lwazi">Lwazi Mthembu</a> Lwazi Mthembu covers local government. Follow him @LwaziWrites</address>');
    expect(readArticleHeader(doc, doc.querySelector('h1'))).toEqual({ author: 'Lwazi Mthembu', standfirst: 'Fourteen areas will have water only from 8am to 8pm from next week' });
    expect(doc.body?.textContent).not.toMatch(/covers local government|Drought crisis/);
    expect(doc.querySelector('h2')).not.toBeNull();
  });

  it('takes out an address box with no name in its link, and reads nothing from a page without an article header', () => {
    const doc = page('<h1>Headline here</h1><address>Newsroom, 1 Main St. Call 555-0100</address>');
    expect(readArticleHeader(doc, doc.querySelector('h1'))).toEqual({});
    expect(doc.querySelector('address')).toBeNull();
    const plain = parseHtmlDocument('<html><body><h1>Headline</h1><address><a>Jo Roe</a></address><p>Text.</p></body></html>');
    expect(readArticleHeader(plain, plain.querySelector('h1'))).toEqual({});
    expect(plain.querySelector('address')).not.toBeNull();
  });

  it('leaves a heading above the headline to the other rules: a section’s name', () => {
    const doc = page('<h4 class="upperdek">Biz &amp; IT</h4><h1>Headline here</h1>');
    readArticleHeader(doc, doc.querySelector('h1'));
    expect(doc.querySelector('h4')?.textContent).toBe('Biz & IT');
  });
});
