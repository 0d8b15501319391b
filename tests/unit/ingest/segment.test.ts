// Sentence splitting fixtures: each tests/fixtures/segment/<case>/ paragraph against its expected sentences.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../../../src/lib/ingest/sentences.ts';

const root = 'tests/fixtures/segment';

describe('splitSentences fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const input = readFileSync(join(root, name, 'input.txt'), 'utf8');
      const expected = JSON.parse(readFileSync(join(root, name, 'output.json'), 'utf8'));
      const actual = splitSentences(input);
      expect(actual).toEqual(expected);
      expect(actual.join(' ')).toBe(input.replace(/\s+/g, ' ').trim());
    });
  }
});
