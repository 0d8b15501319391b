// A synthetic corpus written out as a content folder, as the benchmarks build it.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SynthCorpus } from './synth.ts';

/** Writes a corpus's files into a content folder (articles, empty metadata, the project glossary). */
export function writeContent(content: string, corpus: SynthCorpus): void {
  rmSync(content, { recursive: true, force: true });
  mkdirSync(join(content, 'articles'), { recursive: true });
  for (const f of corpus.files) writeFileSync(join(content, 'articles', f.name), f.text);
  writeFileSync(join(content, 'metadata.yaml'), '{}\n');
  copyFileSync('content/glossary.yaml', join(content, 'glossary.yaml'));
}
