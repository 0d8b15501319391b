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

  it('reads a timestamp as Jekyll writes it, with a space before the time and an offset without a colon', () => {
    expect(readFrontMatter('date: 2025-04-09 18:30:00 +1200', 2)).toMatchObject({ ok: true, meta: { published: '2025-04-09' } });
    expect(readFrontMatter('published: 2025-04-09 08:30', 2)).toMatchObject({ ok: true, meta: { published: '2025-04-09' } });
    expect(readFrontMatter('published: 2025-02-30 08:30 +0000', 2)).toMatchObject({ ok: false });
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

  it('leaves out a field written with no value, as clippers leave a slot blank, and says so', () => {
    expect(readFrontMatter('title: Swifts\npublished:\nauthor: ""\ndate: []\nsource_url: https://example.org/s', 2)).toEqual({
      ok: true,
      meta: { title: 'Swifts', source_url: 'https://example.org/s' },
      ignored: [
        { key: 'published', why: 'it has no value', place: { line: 3, column: 1 } },
        { key: 'author', why: 'it has no value', place: { line: 4, column: 1 } },
        { key: 'date', why: 'it has no value', place: { line: 5, column: 1 } },
      ],
    });
    // A blank field does not hide the same field under another name.
    expect(readFrontMatter('published:\ndate: 2024-09-17', 2)).toMatchObject({ ok: true, meta: { published: '2024-09-17' } });
    // Blank is not invalid: a value that is there and wrong still stops the build.
    expect(readFrontMatter('published: " "\ntitle: x', 2)).toMatchObject({ ok: true, meta: { title: 'x' } });
    expect(readFrontMatter('published: soon', 2)).toMatchObject({ ok: false });
  });

  it('reads names written as wiki links, and a web clipper’s `source` as the address', () => {
    const result = readFrontMatter('author:\n  - "[[Priya Ramaswamy]]"\n  - "[[people/Tom Ashe|Tom Ashe]]"\nsource: "https://example.org/news/a"', 2);
    expect(result).toMatchObject({ ok: true, meta: { author: 'Priya Ramaswamy, Tom Ashe', source_url: 'https://example.org/news/a' } });
    expect(readFrontMatter('author: "[[Priya Ramaswamy]]"', 2)).toMatchObject({ ok: true, meta: { author: 'Priya Ramaswamy' } });
    // `source` naming an agency is another tool's meaning: left out with a reason, not fatal.
    expect(readFrontMatter('source: Reuters', 2)).toMatchObject({ ok: true, meta: {}, ignored: [{ key: 'source', why: expect.stringMatching(/source_url/) }] });
  });

  it('refuses YAML that does not parse, or that is not a map, with a line', () => {
    expect(readFrontMatter('title: [unclosed\nauthor: x', 2)).toMatchObject({ ok: false, reason: expect.stringMatching(/not valid YAML/), place: { line: expect.any(Number) } });
    expect(readFrontMatter('- a\n- b', 2)).toMatchObject({ ok: false, place: { line: 2 } });
  });
});
