// Property tests: whatever bytes or text arrive, the parser returns a valid entry or its own typed error.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ingestFile } from '../../../src/lib/corpus/load.ts';
import { IngestError } from '../../../src/lib/ingest/errors.ts';
import { articleSchema } from '../../../src/lib/schema/article.ts';
import { splitSentences } from '../../../src/lib/ingest/sentences.ts';

function outcome(bytes: Uint8Array): 'entry' | 'refused' {
  try {
    const entry = ingestFile('prop.txt', bytes);
    expect(articleSchema.safeParse(entry).success).toBe(true);
    expect(entry.sentences.map((s) => s.join(' '))).toEqual(entry.paragraphs);
    return 'entry';
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    return 'refused';
  }
}

// Prose-like text: words, punctuation, quotes, newlines, abbreviations and markup characters.
const token = fc.oneof(
  fc.constantFrom('U.S.', 'Oct.', 'Mr.', 'J.', '“', '”', '.', '!', '?', '...', ' – ', '\n', '\n\n', '  ', '<script>', '# ', '---', '{{', '}}', 'date 2019-04-11', 'Share post:', '€', '🎉', 'قال'),
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.stringMatching(/^[A-Z][a-z]{1,8}$/),
);
const prose = fc.array(token, { maxLength: 80 }).map((t) => t.join(' '));

describe('parser properties', () => {
  it('arbitrary Unicode text gives an entry or an IngestError', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => { outcome(new TextEncoder().encode(s)); }), { numRuns: 300 });
  });

  it('prose-like text gives an entry or an IngestError', () => {
    fc.assert(fc.property(prose, (s) => { outcome(new TextEncoder().encode(s)); }), { numRuns: 300 });
  });

  it('arbitrary bytes give an entry or an IngestError', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => { outcome(b); }), { numRuns: 300 });
  });

  it('sentences always join back to the paragraph', () => {
    fc.assert(fc.property(prose, (s) => {
      const paragraph = s.replace(/\s+/g, ' ').trim();
      expect(splitSentences(paragraph).join(' ')).toBe(paragraph);
    }), { numRuns: 300 });
  });
});
