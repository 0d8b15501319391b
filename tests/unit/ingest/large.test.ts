// Very large and pathological files (issue #8): each is parsed in bounded time or refused with a reason. The
// generous per-test timeout only catches a hang (such inputs once took minutes); speed is measured elsewhere.
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../src/lib/corpus/load.ts';
import { IngestError } from '../../../src/lib/ingest/errors.ts';
import { articleSchema } from '../../../src/lib/schema/article.ts';
import { hostileTexts } from '../../../scripts/bench/hostile.ts';

const cases = hostileTexts();

/** Large files in the structured formats, with the extension they are read as. */
const structured: [string, string, string][] = [
  ['many short paragraphs', 'txt', 'Officials met in Riyadh on Sunday.\n\n'.repeat(1_000_000 / 36)],
  // micromark is quadratic in long runs of block quotes: 4,000 of them took over a minute before Markdown was parsed in stretches.
  ['block quotes between paragraphs', 'md', '> Officials met.\n\nBody text here.\n\n'.repeat(500_000 / 35)],
  ['a page of many paragraphs', 'html', `<html><body><article>${'<p>Officials met in Riyadh on Sunday, diplomats said.</p>\n'.repeat(500_000 / 59)}</article></body></html>`],
  ['a page of one flat run of lines', 'html', `<html><body>${'Officials met in Riyadh on Sunday. <br>'.repeat(2_000_000 / 40)}</body></html>`],
  ['a page nested thousands deep', 'html', `<html><body>${'<div>'.repeat(20_000)}<p>Officials met in Riyadh on Sunday, diplomats said.</p>${'</div>'.repeat(20_000)}</body></html>`],
  ['quotes nested thousands deep', 'md', `${'> '.repeat(5_000)}Officials met in Riyadh on Sunday, diplomats said.\n`],
];

describe('large files in every format', () => {
  it.each(structured)('%s (.%s): an entry or a refusal, never a hang or a crash', (name, ext, text) => {
    try {
      const entry = ingestFile(`large.${ext}`, new TextEncoder().encode(text));
      expect(articleSchema.safeParse(entry).success).toBe(true);
    } catch (error) {
      expect(error).toBeInstanceOf(IngestError);
    }
  }, 120_000);
});

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
