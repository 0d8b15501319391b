// Search over the real corpus, in Node: the same functions the browser runs.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/corpus/load.ts';
import { buildSearchData } from '../../../src/lib/search/data.ts';
import { createFuse, search } from '../../../src/lib/search/engine.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { snippet } from '../../../src/lib/text/snippet.ts';
import { loadGlossary } from '../../../src/lib/corpus/glossary.ts';

const corpus = loadCorpus();
// Round-trip through JSON, as the browser receives it.
const data = JSON.parse(JSON.stringify(buildSearchData(corpus, loadGlossary())));
const fuse = createFuse(data);
const prefixes = (q: string) => search(data, fuse, q).groups.map((g) => (corpus.find((a) => a.id === g.article.id)?.source_file ?? '').slice(0, 3));

describe('search', () => {
  it('MESA finds every alias in 000–003 and nothing in 004', () => {
    expect(prefixes('MESA').sort()).toEqual(['000', '001', '002', '003']);
  });

  it('JCPOA ranks the exact mention first and finds articles that only say "2015 deal" or "nuclear deal"', () => {
    const result = search(data, fuse, 'JCPOA');
    expect(prefixes('JCPOA')[0]).toBe('000');
    expect(prefixes('JCPOA').sort()).toEqual(['000', '002', '003', '004']);
    const vias = result.groups.slice(1).map((g) => g.hits[0]?.via);
    expect(vias).toEqual(expect.arrayContaining(['2015 deal', 'Iran nuclear deal']));
    expect(result.groups[0]?.hits[0]?.via).toBeNull();
  });

  it('forgives a typo: Pompoe finds Pompeo in 002', () => {
    const result = search(data, fuse, 'Pompoe');
    expect(prefixes('Pompoe')).toEqual(['002']);
    expect(result.groups[0]?.hits[0]?.segments.find((s) => s.mark)?.text).toBe('Pompeo');
  });

  it('is case-insensitive for words and matches quoted phrases exactly', () => {
    expect(prefixes('khashoggi')).toEqual(['004']);
    expect(prefixes('"Iran nuclear deal"')).toEqual(['002']);
    expect(prefixes('"nuclear deal Iran"')).toEqual([]);
  });

  it('numbers each hit by its paragraph (1-based), the paragraph holding the match', () => {
    const group = search(data, fuse, 'Pompeo').groups[0];
    const hit = group?.hits[0];
    const paragraphs = corpus.find((a) => a.id === group?.article.id)?.paragraphs ?? [];
    expect(paragraphs[(hit?.paragraph ?? 0) - 1]).toContain('Pompeo');
  });

  it('treats markup in a query as text', () => {
    expect(search(data, fuse, '<img src=x onerror=alert(1)>').groups).toEqual([]);
  });

  it('parses quoted phrases with straight or curly quotes', () => {
    expect(parseQuery('Iran "Arab NATO" “2015 deal”')).toEqual({ phrases: ['Arab NATO', '2015 deal'], text: 'Iran' });
  });

  it('cuts snippets around the first match and marks every match inside', () => {
    const text = `${'a '.repeat(200)}Pompeo met Pompeo ${'b '.repeat(200)}`;
    const segments = snippet(text, [[400, 406], [411, 417]]);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['Pompeo', 'Pompeo']);
    expect(segments[0]?.text).toBe('… ');
    expect(segments.at(-1)?.text).toBe(' …');
    expect(segments.map((s) => s.text).join('').length).toBeLessThan(260);
  });
});
