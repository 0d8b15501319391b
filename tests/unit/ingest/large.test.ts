// Very large and pathological files (issue #8): each is parsed in bounded time or refused with a reason. The
// generous per-test timeout only catches a hang (such inputs once took minutes); speed is measured elsewhere.
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../src/lib/corpus/load.ts';
import { IngestError } from '../../../src/lib/ingest/errors.ts';
import { articleSchema } from '../../../src/lib/schema/article.ts';
import { hostileTexts } from '../../../scripts/bench/hostile.ts';

const cases = hostileTexts();

describe('large files', () => {
  it.each(cases)('%s: an entry or a refusal, never a hang', (name, text) => {
    try {
      const entry = ingestFile(`${name}.txt`, new TextEncoder().encode(text));
      expect(articleSchema.safeParse(entry).success).toBe(true);
      expect(entry.sentences.map((s) => s.join(' '))).toEqual(entry.paragraphs);
    } catch (error) {
      expect(error).toBeInstanceOf(IngestError);
    }
  }, 60_000);
});
