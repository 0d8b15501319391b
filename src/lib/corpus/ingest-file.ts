// One article file to one validated entry, with no file-system access, so the build, the tests and the command line
// run the same steps as the browser's /check/ and /compare/ pages (which load each format's parser on demand and
// call ingestWith themselves).
import type { VFile } from 'vfile';
import { FORMAT_PARSERS } from '../ingest/formats/parsers.ts';
import type { Article, Curated } from '../schema/article.ts';
import { fileFormat, ingestGivenWith, ingestWith } from './ingest-with.ts';

/**
 * Parses one article file's bytes into a validated entry, or throws an IngestError naming the file, the place
 * where there is one, and the reason. Warnings (vfile messages) go to `onFile` when given.
 */
export function ingestFile(fileName: string, bytes: Uint8Array, curated?: Curated, path = fileName, onFile?: (file: VFile) => void): Article {
  return ingestWith(FORMAT_PARSERS[fileFormat(fileName)], fileName, bytes, curated, path, onFile);
}

/** Parses a text given to check (a reader's file) with its format's parser, as ingestGivenWith does. */
export function ingestGivenFile(fileName: string, bytes: Uint8Array, path = fileName, onFile?: (file: VFile) => void): Article {
  return ingestGivenWith(FORMAT_PARSERS[fileFormat(fileName)], fileName, bytes, path, onFile);
}
