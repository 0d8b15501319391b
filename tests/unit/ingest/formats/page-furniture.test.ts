import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '#html-document';
import { nameWords, namedFurniture, namedUnprinted, removeNamedFurniture } from '../../../../src/lib/ingest/formats/page-furniture.ts';

const PROSE = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the article says what the council decided and why it matters to residents.</p>`).join('');
const content = (html: string) => parseHtmlDocument(`<!doctype html><html><body><div id="root">${html}</div></body></html>`).getElementById('root') as Element;
const el = (cls: string) => content(`<div class="${cls}"></div>`).firstElementChild as Element;

describe('nameWords', () => {
  it('splits class names at dashes, underscores and camel case, and joins neighbours', () => {
    expect(nameWords('story__share pull-quote')).toEqual(expect.arrayContaining(['story', 'share', 'pullquote']));
    expect(nameWords('relatedArticles')).toEqual(expect.arrayContaining(['related', 'articles']));
    expect(nameWords('about-the-author')).toContain('abouttheauthor');
  });

  it('leaves out classes that state a condition', () => {
    expect(nameWords('pb-sig-line hasnt-bio is-not-column')).not.toContain('bio');
  });
});

describe('namedFurniture', () => {
  it('knows newsletter boxes, pull quotes, bios, share bars, related lists and ad slots by their names', () => {
    for (const cls of ['newsletter-box', 'c-newsletter--promo', 'pullquote', 'author-bio', 'sharedaddy sd-sharing', 'jp-relatedposts', 'ad-slot ad-slot--inline', 'post-navigation']) expect(namedFurniture(el(cls)), cls).toBe(true);
  });

  it('leaves article, byline and body names alone', () => {
    for (const cls of ['article-body', 'story__content', 'byline', 'pb-sig-line hasnt-bio', 'headline', 'shareholders-table', 'biography']) expect(namedFurniture(el(cls)), cls).toBe(false);
  });
});

describe('namedUnprinted', () => {
  it('knows what a page keeps out of print, a wiki’s edit links and its notices about the page', () => {
    for (const cls of ['infobox noprint', 'mw-editsection', 'archived-notice', 'flaggedrevs_short noprint']) expect(namedUnprinted(el(cls)), cls).toBe(true);
    for (const cls of ['print-edition', 'notices-list', 'mw-parser-output', 'article-body', 'no-ads']) expect(namedUnprinted(el(cls)), cls).toBe(false);
  });
});

describe('removeNamedFurniture', () => {
  it('removes the boxes inside the content and keeps the paragraphs around them', () => {
    const root = content(`${PROSE(3)}<div class="newsletter-box"><p>Get the Weekly. Sign up now</p></div><blockquote class="pullquote"><p>It matters</p></blockquote>${PROSE(2)}<p class="author-bio">Ana Ruiz is our reporter.</p>`);
    expect(removeNamedFurniture(root)).toBe(3);
    expect(root.querySelectorAll('p')).toHaveLength(5);
    expect(root.textContent).not.toMatch(/Sign up|It matters|Ana Ruiz/);
  });

  it('keeps a wrapper that holds much of the text, whatever it is called; a box’s heading does not keep it', () => {
    const root = content(`<div class="post-social">${PROSE(4)}</div><div class="related-box"><h2>Related</h2><a href="/x">Talks stall</a></div>${PROSE(1)}`);
    expect(removeNamedFurniture(root)).toBe(1);
    expect(root.querySelectorAll('p')).toHaveLength(5);
    expect(root.textContent).not.toMatch(/Related|Talks stall/);
  });
});
