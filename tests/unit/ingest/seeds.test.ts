// The five seed articles, parsed by the real pipeline: what a reader sees on each article page.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/corpus/load.ts';
import type { Article } from '../../../src/lib/schema/article.ts';

const articles = loadCorpus();
const seed = (prefix: string): Article => {
  const found = articles.find((a) => a.source_file.startsWith(prefix));
  if (!found) throw new Error(`no seed ${prefix}`);
  return found;
};
const kinds = (a: Article) => a.boilerplate.map((b) => b.kind);
const body = (a: Article) => a.paragraphs.join('\n');

describe('seed articles', () => {
  it('000 has no title of its own, so it is derived from the first sentence', () => {
    const a = seed('000');
    expect(a.title_from).toBe('derived');
    expect(a.title.startsWith('Donald Trump’s administration moves forward quietly')).toBe(true);
    expect(a.outlet).toBeNull();
    expect(a.boilerplate).toEqual([]);
    expect(a.paragraphs).toHaveLength(7);
  });

  it('001 separates caption, headline and the "Tasnim –" dateline', () => {
    const a = seed('001');
    expect(a.title).toBe('Trump seeks to revive ‘Arab NATO’ to confront Iran: Report');
    expect(a.title_from).toBe('text');
    expect(a.boilerplate.find((b) => b.kind === 'caption')?.text).toBe('Donald Trump');
    expect(a.dateline).toBe('Tasnim');
    expect(a.outlet).toBe('Tasnim');
    expect(a.outlet_from).toBe('text');
    expect(a.paragraphs[0]?.startsWith('The Trump administration is quietly pushing ahead')).toBe(true);
    expect(body(a)).not.toContain('Donald Trump\n');
    expect(body(a)).toContain('three major sponsors of terrorism in the region');
  });

  it('002 keeps the author bio and CC BY 4.0 licence line out of the body', () => {
    const a = seed('002');
    expect(a.author).toBe('Seyed Hossein Mousavian');
    expect(a.author_from).toBe('text');
    expect(a.license).toBe('CC BY 4.0');
    expect(a.outlet).toBe('Mehr News Agency');
    expect(kinds(a)).toEqual(['author-bio', 'license']);
    expect(body(a)).not.toMatch(/Princeton|Creative Commons/);
    expect(a.paragraphs.at(-1)?.endsWith('along racial and sectarian lines.')).toBe(true);
  });

  it('003 takes its date from "date 2019-04-11" and leaves it out of the body', () => {
    const a = seed('003');
    expect(a.published).toBe('2019-04-11');
    expect(a.published_from).toBe('text');
    expect(body(a)).not.toContain('2019-04-11');
    expect(a.paragraphs[0]?.startsWith('Egypt has pulled out')).toBe(true);
    expect(a.boilerplate).toEqual([
      { kind: 'date', text: 'date 2019-04-11' },
      { kind: 'credit', text: 'Agencies contributed to this report.' },
    ]);
  });

  it('004 drops share links and unrelated headlines, keeps crossheads as headings', () => {
    const a = seed('004');
    expect(a.title).toBe('US, Israel push Arab allies for joint defence pact amid Iran tensions');
    expect(kinds(a)).toContain('standfirst');
    expect(kinds(a)).toContain('share');
    expect(kinds(a).filter((k) => k === 'related')).toHaveLength(8);
    expect(body(a)).not.toMatch(/Share post|Sajjan Jindal|Gazan hospital|read more/);
    expect(a.paragraphs.at(-1)).toBe('“But it is a work in progress,” she added.');
    expect(a.headings.map((i) => a.paragraphs[i])).toEqual(['Isolating Iran', 'Arab Resistance', 'Trust Issues']);
  });

  it('every sentence list joins back to its paragraph', () => {
    for (const a of articles) expect(a.sentences.map((s) => s.join(' '))).toEqual(a.paragraphs);
  });
});
