// Dates as readers see them (found at 1,000 articles: "2019-04-11" among an article's facts, "11 April 2019" in its
// header and everywhere else): every page writes a publication date one way, in words (formatDate), inside a <time>
// whose datetime is the ISO date machines read.
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/lib/present/format.ts';
import { builtPages, fileFor, pageCases, read } from './pages.ts';

const pages = builtPages();
const articles: { url: string; published: string | null }[] = JSON.parse(read('dist/api/articles.json'));
const dated = articles.filter((a): a is { url: string; published: string } => a.published !== null);

describe('dates', () => {
  it('has dated articles to check', () => {
    expect(dated.length).toBeGreaterThan(0);
  });

  it.each(pageCases(pages))('%s writes every <time> in words', (_path, p) => {
    const times = [...read(p.file).matchAll(/<time datetime="([^"]*)"[^>]*>([^<]*)<\/time>/g)];
    expect(times.filter(([, iso, text]) => text !== formatDate(iso ?? null)).map(([tag]) => tag)).toEqual([]);
  });

  it.each(dated.map((a) => [a.url, a.published]))('%s gives its date among its facts as its header does', (url, published) => {
    const html = read(fileFor(url) ?? '');
    const time = `<time datetime="${published}">${formatDate(published)}</time>`;
    const header = /<header>[\s\S]*?<h1/.exec(html)?.[0] ?? '';
    const fact = /<dt>Published<\/dt>\s*<dd>([\s\S]*?)<\/dd>/.exec(html)?.[1] ?? '';
    expect(header).toContain(time);
    expect(fact).toContain(time);
    expect(fact.replace(/<[^>]*>/g, '')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
