import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildEntry, closeQuotations, deriveTitle } from '../../../src/lib/corpus/build-entry.ts';
import type { ParsedText } from '../../../src/lib/ingest/parse.ts';

function parsed(fields: Partial<ParsedText> = {}): ParsedText {
  return {
    title: null,
    outlet: null,
    published: null,
    author: null,
    license: null,
    dateline: null,
    source_url: null,
    language: null,
    paragraphs: ['Dock workers voted on Friday. The strike ends.'],
    sentences: [['Dock workers voted on Friday.', 'The strike ends.']],
    headings: [],
    quotes: [],
    boilerplate: [],
    ...fields,
  };
}

describe('deriveTitle', () => {
  it('drops closing punctuation and keeps a short sentence whole', () => {
    expect(deriveTitle('Dock workers voted on Friday.')).toBe('Dock workers voted on Friday');
    expect(deriveTitle('Is it over?!')).toBe('Is it over');
  });

  it('cuts a long sentence at a word boundary with an ellipsis', () => {
    const sentence = `${'word '.repeat(30).trim()}.`; // 149 characters before the stop
    const title = deriveTitle(sentence);
    expect(title).toBe(`${'word '.repeat(18).trim()}…`); // the last space within 90 characters is at 89
    expect(title.length).toBe(90);
  });

  it('cuts a long word at 90 characters when there is no space late enough', () => {
    expect(deriveTitle('x'.repeat(120))).toBe(`${'x'.repeat(90)}…`);
  });

  it('gives an empty title for text with nothing but closing punctuation', () => {
    expect(deriveTitle('?!.')).toBe('');
    expect(deriveTitle('')).toBe('');
  });
});

describe('buildEntry', () => {
  it('takes curated values over stated ones and says where each came from', () => {
    const entry = buildEntry('Port_Strike.txt', parsed({ title: 'Port strike ends', outlet: 'Stated Outlet', published: '2024-01-02', author: 'Amira Saleh' }), {
      outlet: 'Curated Outlet',
      kind: 'rewrite',
    });
    expect(entry).toMatchObject({
      id: 'port_strike',
      source_file: 'Port_Strike.txt',
      title: 'Port strike ends',
      title_from: 'text',
      outlet: 'Curated Outlet',
      outlet_from: 'curated',
      published: '2024-01-02',
      published_from: 'text',
      author: 'Amira Saleh',
      author_from: 'text',
      kind: 'rewrite',
      kind_from: 'curated',
      source_url: null,
      source_url_from: null,
      license_from: null,
    });
  });

  it('derives a title from the first sentence when the file has none', () => {
    const entry = buildEntry('a.txt', parsed());
    expect([entry.title, entry.title_from]).toEqual(['Dock workers voted on Friday', 'derived']);
  });

  it('falls back to the file name when the first sentence has no letters to make a title of', () => {
    expect(buildEntry('a.txt', parsed({ paragraphs: ['...'], sentences: [['...']] })).title).toBe('Untitled (a.txt)');
  });

  it('counts the body’s words', () => {
    expect(buildEntry('a.txt', parsed()).word_count).toBe(8);
  });

  it('refuses an entry the schema does not accept (no body, or an id with nothing URL-safe)', () => {
    expect(() => buildEntry('a.txt', parsed({ paragraphs: [], sentences: [] }))).toThrow();
    expect(() => buildEntry('تقرير.txt', parsed())).toThrow();
    expect(() => buildEntry('a.txt', parsed(), { published: '2024-02-30' as string })).toThrow();
  });
});

describe('closeQuotations', () => {
  it('closes a quotation the first sentence opened and did not close', () => {
    expect(deriveTitle('“The sanctions are illegal.')).toBe('“The sanctions are illegal”');
    expect(closeQuotations('„Wir werden antworten,')).toBe('„Wir werden antworten“');
    expect(closeQuotations('«Nous répondrons')).toBe('«Nous répondrons»');
    expect(closeQuotations('"We will respond')).toBe('"We will respond"');
  });

  it('closes a long quotation after the ellipsis that cuts it', () => {
    const title = deriveTitle(`“${'word '.repeat(30).trim()}.`);
    expect(title.endsWith('…”')).toBe(true);
  });

  it('leaves closed quotations, apostrophes and low quotes with their own closing mark alone', () => {
    for (const title of ['“We will not accept this,” he said', 'The minister’s “red line”', '„Wir kommen“, sagte er', '«Oui», dit-il', 'He said "no"']) {
      expect(closeQuotations(title)).toBe(title);
    }
  });

  it('never leaves an opening curly mark without a closing one', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('“', '”', 'a', ' ', ',', '…'), { maxLength: 30 }), (parts) => {
        const closed = closeQuotations(parts.join(''));
        const count = (m: string) => closed.split(m).length - 1;
        expect(count('”')).toBeGreaterThanOrEqual(count('“'));
      }),
    );
  });
});
