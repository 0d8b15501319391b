// A build of the seeds without content/glossary.yaml (issue #12): the terms the texts define still get pages with
// their long forms, search data with their names, and /api/terms.json entries whose names all come from the text.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSiteWith } from '../support/build-site.ts';

const built = buildSiteWith({}, {}, { withoutGlossary: true });
afterAll(() => rmSync(built.root, { recursive: true, force: true }));
const read = (path: string) => readFileSync(join(built.dist, path), 'utf8');

describe('a build without glossary.yaml', () => {
  it('has term pages for MESA and JCPOA with their long forms', () => {
    const mesa = read('terms/mesa/index.html');
    expect(mesa).toContain('Middle East Strategic Alliance');
    expect(mesa).toContain('Middle East Security Alliance');
    expect(mesa).toMatch(/Ambiguous/);
    expect(read('terms/jcpoa/index.html')).toContain('Joint Comprehensive Plan of Action');
    expect(existsSync(join(built.dist, 'terms/gcc/index.html'))).toBe(true);
  });

  it('gives search the found names, so "Joint Comprehensive Plan of Action" names JCPOA', () => {
    // Search shards carry each term with all its names (see README, "Search in shards").
    const shards = readdirSync(join(built.dist, 'search/shards')).map((f) => JSON.parse(read(`search/shards/${f}`)) as { terms: { slug: string; aliases: string[] }[] });
    const jcpoa = shards.flatMap((s) => s.terms).find((t) => t.slug === 'jcpoa');
    expect(jcpoa?.aliases).toEqual(expect.arrayContaining(['JCPOA', 'Joint Comprehensive Plan of Action']));
  });

  it('says every name comes from the text, with article and paragraph', () => {
    const terms = JSON.parse(read('api/terms.json')) as { slug: string; aliases: { from: string; article: string | null; paragraph: number | null }[] }[];
    expect(terms.map((t) => t.slug)).toEqual(expect.arrayContaining(['mesa', 'jcpoa', 'gcc']));
    for (const t of terms) for (const a of t.aliases) expect(a.from === 'text' && a.article !== null && a.paragraph !== null).toBe(true);
  });
});
