// Every page says what it is to browsers, search engines and link previews: language, title, description,
// canonical URL (its own), Open Graph tags and the feed; the 404 page asks not to be indexed instead.
import { describe, expect, it } from 'vitest';
import { builtPages, pageCases, read, refreshTargetOf } from './pages.ts';
import { startTags, type Tag } from './html.ts';
import { publicSite } from '../../../src/lib/routes.ts';

const site = new URL(publicSite(process.env).url);
const pages = builtPages();

function meta(tags: Tag[], key: 'name' | 'property', value: string): string | undefined {
  return tags.find((t) => t.name === 'meta' && t.attrs.get(key) === value)?.attrs.get('content');
}

function link(tags: Tag[], rel: string): Tag | undefined {
  return tags.find((t) => t.name === 'link' && (t.attrs.get('rel') ?? '').split(/\s+/).includes(rel));
}

describe('page metadata', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pageCases(pages))('%s', (path, page) => {
    const html = read(page.file);
    const tags = startTags(html);
    expect(tags.find((t) => t.name === 'html')?.attrs.get('lang')).toBe('en');
    expect(html).toMatch(/<title>[^<]*\S[^<]*<\/title>/);
    expect(meta(tags, 'name', 'viewport')).toContain('width=device-width');
    const description = meta(tags, 'name', 'description') ?? '';
    expect(description.length).toBeGreaterThan(20);
    expect(meta(tags, 'property', 'og:title')).toBeTruthy();
    expect(meta(tags, 'property', 'og:description')).toBe(description);
    expect(link(tags, 'alternate')?.attrs.get('type')).toBe('application/atom+xml');
    expect(link(tags, 'icon')).toBeDefined();
    if (path === '/404.html') {
      expect(meta(tags, 'name', 'robots')).toBe('noindex');
      expect(link(tags, 'canonical')).toBeUndefined();
      return;
    }
    // A page that only leads to another (a list's "/1/" address) names that one as canonical.
    const canonical = new URL(link(tags, 'canonical')?.attrs.get('href') ?? '', 'invalid:/');
    expect(canonical.href).toBe(new URL(refreshTargetOf(html) ?? path, site).href);
    expect(meta(tags, 'property', 'og:url')).toBe(canonical.href);
  });
});
