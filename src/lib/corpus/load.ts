import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../ingest/decode.ts';
import { IngestError } from '../ingest/errors.ts';
import { parseText } from '../ingest/parse.ts';
import type { Article, Curated } from '../schema/article.ts';
import { buildEntry } from './build-entry.ts';
import { parseMetadata } from './metadata.ts';
import { sortArticles } from './sort.ts';

/** Parses one article file's bytes into a validated entry, or throws an IngestError naming the file and reason. */
export function ingestFile(fileName: string, bytes: Uint8Array, curated?: Curated, path = fileName): Article {
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new IngestError(path, decoded.reason);
  const parsed = parseText(decoded.text);
  if (parsed.paragraphs.length === 0) {
    throw new IngestError(path, 'no body text was found (after the title and boilerplate there is nothing left)');
  }
  try {
    return buildEntry(fileName, parsed, curated);
  } catch (error) {
    const issue = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
    if (!issue) throw error;
    throw new IngestError(path, `the parsed entry is not valid (${issue.path.join('.')}: ${issue.message})`);
  }
}

/** Options for reading a corpus folder; the defaults are the project's own content folder. */
export interface CorpusLocation {
  articlesDir: string;
  metadataFile: string;
}

/** The content folder: WIREDIFF_CONTENT when set (benchmarks and tests build other corpora), else ./content. */
export function contentRoot(): string {
  return process.env.WIREDIFF_CONTENT ?? 'content';
}

/** Where the articles and curated metadata live under the content folder. */
export function defaultLocation(): CorpusLocation {
  return { articlesDir: join(contentRoot(), 'articles'), metadataFile: join(contentRoot(), 'metadata.yaml') };
}

/** Turns one file's bytes into an entry: `ingestFile`, or a layer around it (the build cache, src/lib/build/). */
export type IngestFn = (fileName: string, bytes: Uint8Array, curated: Curated | undefined, path: string) => Article;

/**
 * Reads every `*.txt` in the articles folder into validated entries, sorted by date then id; throws on the first bad
 * file. `ingest` parses one file (default `ingestFile`).
 */
export function loadCorpus(
  location: CorpusLocation = defaultLocation(),
  onProgress?: (done: number, total: number) => void,
  ingest: IngestFn = ingestFile,
): Article[] {
  const metadata = existsSync(location.metadataFile)
    ? parseMetadata(readFileSync(location.metadataFile, 'utf8'), location.metadataFile)
    : new Map<string, Curated>();
  const files = readdirSync(location.articlesDir).filter((f) => f.endsWith('.txt')).sort();
  const seen = new Map<string, string>();
  const articles = files.map((file, index) => {
    const path = join(location.articlesDir, file);
    const entry = ingest(file, readFileSync(path), metadata.get(file), path);
    const clash = seen.get(entry.id);
    if (clash) throw new IngestError(path, `its id "${entry.id}" is the same as ${clash}'s; rename one of them`);
    seen.set(entry.id, file);
    onProgress?.(index + 1, files.length);
    return entry;
  });
  if (articles.length === 0) throw new Error(`${location.articlesDir}: no *.txt article files found`);
  return sortArticles(articles);
}
