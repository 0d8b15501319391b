import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../../src/lib/ingest/formats/front-matter.ts';

describe('Markdown front matter', () => {
  it('validates the stated fields; an author list is joined, a timestamp is its day', () => {
    const result = readFrontMatter('title: Talks resume\nauthor: [Jane Doe, John Roe]\npublished: 2021-09-02T10:00:00+03:00\nsource_url: https://example.org/a', 2);
    expect(result).toEqual({ ok: true, ignored: [], meta: { title: 'Talks resume', author: 'Jane Doe, John Roe', published: '2021-09-02', source_url: 'https://example.org/a' } });
  });

  it('reports an unknown key with its line in the file, and ignores it', () => {
    const result = readFrontMatter('title: Talks\nlayout: post', 2);
    expect(result.ok && result.ignored).toEqual([{ key: 'layout', place: { line: 3, column: 1 } }]);
  });

  it('refuses an invalid value with the line of the field', () => {
    expect(readFrontMatter('title: Talks\npublished: next Tuesday', 2)).toMatchObject({ ok: false, reason: expect.stringMatching(/`published`/), place: { line: 3 } });
    expect(readFrontMatter('source_url: not a url', 2)).toMatchObject({ ok: false, reason: expect.stringMatching(/`source_url`/), place: { line: 2 } });
  });

  it('reads the names generators give the same fields (date, pubDate, authors, canonical_url), under the field’s own name first', () => {
    const result = readFrontMatter('title: Swifts\nauthors:\n  - Imogen Vasquez\n  - Rafał Zieliński\ndate: 2024-07-22T08:30:00+01:00\ncanonical_url: https://example.org/s\nslug: swifts', 2);
    expect(result).toEqual({ ok: true, ignored: [{ key: 'slug', place: { line: 8, column: 1 } }], meta: { title: 'Swifts', author: 'Imogen Vasquez, Rafał Zieliński', published: '2024-07-22', source_url: 'https://example.org/s' } });
    expect(readFrontMatter('published: 2020-01-02\ndate: 2024-07-22', 2)).toMatchObject({ ok: true, meta: { published: '2020-01-02' }, ignored: [{ key: 'date' }] });
  });

  it('leaves out, with a reason, another tool’s field whose value the field cannot take (Hugo’s `url` is a path)', () => {
    expect(readFrontMatter('title: Swifts\nurl: /posts/swifts/\ndate: someday', 2)).toEqual({
      ok: true,
      meta: { title: 'Swifts' },
      ignored: [
        { key: 'date', why: expect.stringMatching(/^read as `published` it must be a date/), place: { line: 4, column: 1 } },
        { key: 'url', why: expect.stringMatching(/^read as `source_url` it must be a full http/), place: { line: 3, column: 1 } },
      ],
    });
    expect(readFrontMatter('published: someday', 2)).toMatchObject({ ok: false, reason: expect.stringMatching(/`published`/), place: { line: 2 } });
  });

  it('refuses YAML that does not parse, or that is not a map, with a line', () => {
    expect(readFrontMatter('title: [unclosed\nauthor: x', 2)).toMatchObject({ ok: false, reason: expect.stringMatching(/not valid YAML/), place: { line: expect.any(Number) } });
    expect(readFrontMatter('- a\n- b', 2)).toMatchObject({ ok: false, place: { line: 2 } });
  });
});
