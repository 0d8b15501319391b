// Issue #11, done when: a saved-page (.html) rewrite of one seed and a Markdown (.md) rewrite of another, dropped into
// a scratch copy of content/articles/, are paired with their seeds by the unchanged engine. The rewrites were
// written blind by a second engineer (tests/fixtures/rewrites/); each case.json names its seed and file.
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { loadCorpus } from '../../../src/lib/corpus/load.ts';
import { compareCorpus } from '../../../src/lib/compare/index.ts';
import { idFromFileName } from '../../../src/lib/ingest/id.ts';

interface RewriteCase {
  seed: string;
  file: string;
  format: string;
  expected_metadata: Record<string, string>;
  inserted_sentence?: string;
}

const rewrites = ['html-004', 'md-003'].map((name) => {
  const spec = JSON.parse(readFileSync(join('tests/fixtures/rewrites', name, 'case.json'), 'utf8')) as RewriteCase;
  const ext = spec.file.split('.').pop() as string;
  return { name, spec, source: join('tests/fixtures/rewrites', name, spec.file), target: `zz-rewrite-${name}.${ext}` };
});

const root = mkdtempSync(join(tmpdir(), 'wirediff-rewrites-'));
cpSync('content', join(root, 'content'), { recursive: true });
for (const r of rewrites) copyFileSync(r.source, join(root, 'content', 'articles', r.target));
const corpus = loadCorpus({ articlesDir: join(root, 'content', 'articles'), metadataFile: join(root, 'content', 'metadata.yaml') });
const { pairs } = compareCorpus(corpus);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('rewrites of the seeds in other formats', () => {
  it('covers a saved page and a Markdown file', () => {
    expect(rewrites.map((r) => r.target.split('.').pop()).sort()).toEqual(['html', 'md']);
  });

  it.each(rewrites)('$name is read with the metadata it states and paired with its seed as a variant', ({ spec, target }) => {
    const entry = corpus.find((a) => a.source_file === target);
    expect(entry).toBeDefined();
    for (const key of ['title', 'author', 'published', 'outlet', 'source_url'] as const) expect(entry?.[key], key).toBe(spec.expected_metadata[key]);
    if (spec.inserted_sentence) expect(entry?.paragraphs.join(' ')).toContain(spec.inserted_sentence);
    const seed = idFromFileName(basename(spec.seed));
    const rewrite = idFromFileName(target);
    // Its only variant is its own seed: the other seeds tell other stories.
    const partners = pairs.filter((p) => p.variant && (p.left === rewrite || p.right === rewrite)).map((p) => (p.left === rewrite ? p.right : p.left));
    expect(partners).toEqual([seed]);
  });
});
