// A synthetic corpus written out as a content folder, as the benchmarks build it.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SynthCorpus } from './synth.ts';

/**
 * Writes a corpus's files into a content folder: the articles, the project's curated metadata (the seeds keep theirs,
 * as on the seed site; a first user found them without it at 1,000 articles; the synthetic files have none) and its
 * glossary.
 */
export function writeContent(content: string, corpus: SynthCorpus): void {
  rmSync(content, { recursive: true, force: true });
  mkdirSync(join(content, 'articles'), { recursive: true });
  for (const f of corpus.files) writeFileSync(join(content, 'articles', f.name), f.text);
  copyFileSync('content/metadata.yaml', join(content, 'metadata.yaml'));
  copyFileSync('content/glossary.yaml', join(content, 'glossary.yaml'));
}
