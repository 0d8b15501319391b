// Ingest fixtures: each folder of tests/fixtures/ingest/ holds one input file (.txt, .md or .html) and the entry the
// pipeline must build from it, sentences included. Adding a case is adding a folder.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFile } from '../../../src/lib/corpus/ingest-file.ts';

const root = 'tests/fixtures/ingest';
const cases = readdirSync(root).sort().map((name) => {
  const input = readdirSync(join(root, name)).find((f) => f.startsWith('input.'));
  if (!input) throw new Error(`${name}: no input.* file`);
  return [name, input] as const;
});

describe('ingest fixtures', () => {
  it('cover every format', () => {
    const formats = new Set(cases.map(([, input]) => input.split('.').pop()));
    expect([...formats].sort()).toEqual(['html', 'md', 'txt']);
  });

  it.each(cases)('%s', (name, input) => {
    const ext = input.split('.').pop() as string;
    const entry = ingestFile(`${name}.${ext}`, readFileSync(join(root, name, input)));
    expect(entry).toEqual(JSON.parse(readFileSync(join(root, name, 'entry.json'), 'utf8')));
    expect(entry.sentences.map((s) => s.join(' '))).toEqual(entry.paragraphs);
  });
});
