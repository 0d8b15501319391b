// One article file to one validated entry with a given format parser, with no file-system access and no parser
// imported here: the build (ingest-file.ts, every parser at hand) and the browser (a parser loaded on demand) run the
// same steps.
import type { VFile } from 'vfile';
import { decodeText } from '../ingest/decode.ts';
import { IngestError } from '../ingest/errors.ts';
import { formatOf, MAX_BYTES, type Format, type FormatParser } from '../ingest/formats/index.ts';
import { parseArticle } from '../ingest/parse.ts';
import type { Article, Curated } from '../schema/article.ts';
import { buildEntry } from './build-entry.ts';

/** The format a file is read in: its extension's, and plain text for any other name. */
export function fileFormat(fileName: string): Format {
  return formatOf(fileName) ?? 'text';
}

/** The steps of ingestWith and ingestGivenWith; `given` marks a text given to check (ArticleFileData.given). */
function ingest(parse: FormatParser, fileName: string, bytes: Uint8Array, curated: Curated | undefined, path: string, onFile: ((file: VFile) => void) | undefined, given: boolean): Article {
  const format = fileFormat(fileName);
  const decoded = decodeText(bytes, MAX_BYTES[format]);
  if (!decoded.ok) throw new IngestError(path, decoded.reason);
  const { parsed, file } = parseArticle(decoded.text, format, parse, path, given, curated?.outlet);
  onFile?.(file);
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

/**
 * Parses one article file's bytes with `parse`, the parser of its fileFormat, into a validated entry, or throws an
 * IngestError naming the file, the place where there is one, and the reason. Warnings (vfile messages) go to
 * `onFile` when given.
 */
export function ingestWith(parse: FormatParser, fileName: string, bytes: Uint8Array, curated?: Curated, path = fileName, onFile?: (file: VFile) => void): Article {
  return ingest(parse, fileName, bytes, curated, path, onFile, false);
}

/**
 * Parses a text given to check or compare with (pasted, or a reader's file) as ingestWith parses an article file,
 * except that lines which would all be caption, title and standfirst are its body: a reader who pastes a quotation
 * without a full stop wants it checked, not refused as a headline with no story.
 */
export function ingestGivenWith(parse: FormatParser, fileName: string, bytes: Uint8Array, path = fileName, onFile?: (file: VFile) => void): Article {
  return ingest(parse, fileName, bytes, undefined, path, onFile, true);
}
