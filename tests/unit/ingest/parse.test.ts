// Parser fixtures: each tests/fixtures/ingest/<case>/ input against its expected entry.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from '../../../src/lib/ingest/parse.ts';
import { normaliseText } from '../../../src/lib/ingest/decode.ts';

const root = 'tests/fixtures/ingest';

describe('parseText fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const { sentences, ...parsed } = parseText(normaliseText(readFileSync(join(root, name, 'input.txt'), 'utf8')));
      expect(parsed).toEqual(JSON.parse(readFileSync(join(root, name, 'output.json'), 'utf8')));
      expect(sentences.map((s) => s.join(' '))).toEqual(parsed.paragraphs);
    });
  }
});
