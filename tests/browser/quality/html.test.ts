// The gates' own HTML reading, so a broken helper cannot make every gate pass by finding nothing.
import { describe, expect, it } from 'vitest';
import { decodeEntities, idsOf, startTags } from './html.ts';
import { urlPathOf } from './pages.ts';

describe('gate helpers', () => {
  it('decodes character references', () => {
    expect(decodeEntities('/search/?q=a&amp;b=&#34;c&#x22;&nbsp;&bogus;')).toBe('/search/?q=a&b="c"\u00a0&bogus;');
  });

  it('reads start tags and their attributes, skipping comments, scripts and styles', () => {
    const html = `<!doctype html><html lang=en><!-- <a href="/commented/"> --><a class="x" href='/a/?q=1&amp;r=2#top' hidden>a</a>
      <script>const s = '<a href="/in-script/">';</script><style>a[href="/in-style/"]{}</style><img src="/i.svg" alt="">`;
    expect(startTags(html).map((t) => [t.name, Object.fromEntries(t.attrs)])).toEqual([
      ['html', { lang: 'en' }],
      ['a', { class: 'x', href: '/a/?q=1&r=2#top', hidden: '' }],
      ['script', {}],
      ['style', {}],
      ['img', { src: '/i.svg', alt: '' }],
    ]);
  });

  it('collects ids', () => {
    expect(idsOf('<main id="main"><p id="p1">x</p><p ID="p2"></p></main>')).toEqual(new Set(['main', 'p1', 'p2']));
  });

  it('maps built files to the URL paths a static host serves', () => {
    expect(['dist/index.html', 'dist/a/b/index.html', 'dist/404.html'].map((f) => urlPathOf(f, 'dist'))).toEqual(['/', '/a/b/', '/404.html']);
  });
});
