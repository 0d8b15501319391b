import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { IngestError } from '../ingest/errors.ts';
import { ARTICLE_EXTENSIONS, formatOf } from '../ingest/formats/index.ts';
import type { Article, Curated } from '../schema/article.ts';
import { ingestFile } from './ingest-file.ts';
import { parseMetadata } from './metadata.ts';
import { sortArticles } from './sort.ts';
import { contentRoot } from './root.ts';

/** Options for reading a corpus folder; the defaults are the project's own content folder. */
export interface CorpusLocation {
  articlesDir: string;
  metadataFile: string;
}

/** The content folder (one place for it: root.ts). */
export { contentRoot };

/** Where the articles and curated metadata live under the content folder. */
export function defaultLocation(): CorpusLocation {
  return { articlesDir: join(contentRoot(), 'articles'), metadataFile: join(contentRoot(), 'metadata.yaml') };
}

export { ingestFile } from './ingest-file.ts';

/** Turns one file's bytes into an entry: `ingestFile`, or a layer around it (the build cache, src/lib/build/). */
export type IngestFn = (fileName: string, bytes: Uint8Array, curated: Curated | undefined, path: string, onFile?: (file: VFile) => void) => Article;

/** How to read a corpus: a layer around `ingestFile` (default: none), and where each parsed file's warnings go. */
export interface LoadOptions {
  ingest?: IngestFn;
  onFile?: (file: VFile) => void;
}

/** A warning for a file in the articles folder that is no article format, naming the formats read. */
function skippedFile(path: string): VFile {
  const file = new VFile({ path });
  file.message(`not read: only ${ARTICLE_EXTENSIONS.map((e) => `.${e}`).join(', ')} files are articles (convert it to one of them to add it)`, { ruleId: 'not-an-article', source: 'wirediff' });
  return file;
}

/** A warning for each file name the curated metadata lists that no article file in the folder has. */
function unmatchedMetadata(path: string, names: readonly string[]): VFile {
  const file = new VFile({ path });
  for (const name of names) file.message(`\`${name}\` names no file in the articles folder: its fields are not used (check the name and its extension)`, { ruleId: 'unmatched-metadata', source: 'wirediff' });
  return file;
}

/**
 * Reads every article file (`.txt`, `.md`, `.html`, `.htm`) in the articles folder into validated entries, sorted by
 * date then id; throws on the first bad file. Each parsed file (with any warnings) is passed to `onFile`.
 */
export function loadCorpus(
  location: CorpusLocation = defaultLocation(),
  onProgress?: (done: number, total: number) => void,
  { ingest = ingestFile, onFile }: LoadOptions = {},
): Article[] {
  const metadata = existsSync(location.metadataFile)
    ? parseMetadata(readFileSync(location.metadataFile, 'utf8'), location.metadataFile)
    : new Map<string, Curated>();
  const listed = readdirSync(location.articlesDir).sort();
  // A file of another kind (a .csv, a .docx) is left out, but said so: a reader who dropped it in expects it read.
  // Hidden files (.DS_Store, .gitkeep) are the system's, not the reader's.
  for (const f of listed) if (formatOf(f) === null && !f.startsWith('.')) onFile?.(skippedFile(join(location.articlesDir, f)));
  const files = listed.filter((f) => formatOf(f) !== null);
  // Curated fields under a name no article file has (a typo, a file renamed) would be dropped without a word.
  const unknown = [...metadata.keys()].filter((name) => !files.includes(name));
  if (unknown.length > 0) onFile?.(unmatchedMetadata(location.metadataFile, unknown));
  const seen = new Map<string, string>();
  const articles = files.map((file, index) => {
    const path = join(location.articlesDir, file);
    const entry = ingest(file, readFileSync(path), metadata.get(file), path, onFile);
    const clash = seen.get(entry.id);
    if (clash) throw new IngestError(path, `its id "${entry.id}" is the same as ${clash}'s; rename one of them`);
    seen.set(entry.id, file);
    onProgress?.(index + 1, files.length);
    return entry;
  });
  if (articles.length === 0) throw new Error(`${location.articlesDir}: no article files found (${ARTICLE_EXTENSIONS.map((e) => `*.${e}`).join(', ')})`);
  return sortArticles(articles);
}
