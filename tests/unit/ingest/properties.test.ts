// Property tests over the ingest. Inputs that carry article text must give an entry (a refusal fails the test);
// arbitrary bytes in any format give an entry or the pipeline's own typed error, never a crash.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ingestFile } from '../../../src/lib/corpus/ingest-file.ts';
import { IngestError } from '../../../src/lib/ingest/errors.ts';
import { articleSchema, type Article } from '../../../src/lib/schema/article.ts';
import { splitSentences } from '../../../src/lib/ingest/sentences.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Parses and checks the entry's invariants; throws (failing the property) on a refusal. */
function mustParse(name: string, text: string): Article {
  const entry = ingestFile(name, utf8(text));
  expect(articleSchema.safeParse(entry).success).toBe(true);
  expect(entry.sentences.map((s) => s.join(' '))).toEqual(entry.paragraphs);
  return entry;
}

// Prose-like text: words, punctuation, quotes, newlines, abbreviations and markup characters.
const token = fc.oneof(
  fc.constantFrom('U.S.', 'Oct.', 'Mr.', 'J.', '“', '”', '.', '!', '?', '...', ' – ', '\n', '\n\n', '  ', '<script>', '# ', '---', '{{', '}}', 'date 2019-04-11', 'Share post:', 'Related', '€', '🎉', 'قال', '&amp;', '<', '>'),
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.stringMatching(/^[A-Z][a-z]{1,8}$/),
);
const junk = fc.array(token, { maxLength: 60 }).map((t) => t.join(' '));
/** A sentence any article could open with: capitalised words and a full stop. */
const sentence = fc.array(fc.stringMatching(/^[a-z]{2,9}$/), { minLength: 8, maxLength: 20 }).map((w) => `Officials ${w.join(' ')} on Sunday.`);
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const bodyOf = (a: Article) => a.paragraphs.join('\n');

describe('parser properties', () => {
  it('plain text that opens with a sentence always gives an entry with that sentence in its body', () => {
    fc.assert(fc.property(sentence, junk, (first, rest) => {
      expect(bodyOf(mustParse('prop.txt', `${first}\n\n${rest}`))).toContain(first);
    }), { numRuns: 300 });
  });

  it('Markdown that opens with a sentence always gives an entry; markup characters stay text', () => {
    fc.assert(fc.property(sentence, junk, (first, rest) => {
      const entry = mustParse('prop.md', `---\ntitle: A title\n---\n\n${first}\n\n${rest}\n`);
      expect(bodyOf(entry)).toContain(first);
      expect(entry.title).toBe('A title');
    }), { numRuns: 300 });
  });

  it('a saved page with an article paragraph always gives an entry with that paragraph', () => {
    fc.assert(fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), junk, (sentences, rest) => {
      const page = `<!doctype html><html><head><title>A page</title></head><body><nav><a href="/">Home</a></nav><article><h1>A page</h1><p>${sentences.join(' ')}</p><p>${escapeHtml(rest)}</p></article></body></html>`;
      const entry = mustParse('prop.html', page);
      expect(bodyOf(entry)).toContain(sentences[0]);
      expect(bodyOf(entry)).not.toContain('Home');
    }), { numRuns: 100 });
  });

  it.each(['txt', 'md', 'html'])('arbitrary bytes as .%s give an entry or an IngestError, never a crash', (ext) => {
    fc.assert(fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 400 }).map(utf8)), (bytes) => {
      try {
        const entry = ingestFile(`prop.${ext}`, bytes);
        expect(articleSchema.safeParse(entry).success).toBe(true);
      } catch (error) {
        if (!(error instanceof IngestError)) throw error;
      }
    }), { numRuns: 200 });
  });

  it('sentences always join back to the paragraph', () => {
    fc.assert(fc.property(junk, (s) => {
      const paragraph = s.replace(/\s+/g, ' ').trim();
      expect(splitSentences(paragraph).join(' ')).toBe(paragraph);
    }), { numRuns: 300 });
  });
});
