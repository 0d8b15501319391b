// Parsed entries cached by the file's bytes, its curated metadata and the ingest code's version: a layer around
// ingestFile/loadCorpus, so the parsers know nothing of it and an unchanged file is never parsed twice. A file's
// warnings are cached with its entry, so a warm build reports exactly what a cold one does.
import { join } from 'node:path';
import { VFile } from 'vfile';
import type { Article, Curated } from '../schema/article.ts';
import { defaultLocation, ingestFile, loadCorpus, type CorpusLocation, type IngestFn } from '../corpus/load.ts';
import { cacheDir, codeVersion, digest, INGEST_CODE, Pack } from './cache.ts';

/** What a cached load did: entries reused and parsed anew. */
export interface LoadStats {
  reused: number;
  parsed: number;
}

/** A vfile message as the cache keeps it: what the reporter prints. */
interface StoredMessage {
  reason: string;
  place: VFile['messages'][number]['place'];
  ruleId: string | undefined;
  source: string | undefined;
  fatal: boolean | null | undefined;
}

/** One cache record: the entry and the warnings its parse raised. */
interface StoredEntry {
  entry: Article;
  messages: StoredMessage[];
}

/** Replays stored warnings on a fresh file, so `onFile` sees what the parse said. */
function replay(path: string, messages: readonly StoredMessage[]): VFile {
  const file = new VFile({ path });
  for (const m of messages) {
    const message = file.message(m.reason, { ...(m.place ? { place: m.place } : {}), ...(m.ruleId ? { ruleId: m.ruleId } : {}), ...(m.source ? { source: m.source } : {}) });
    message.fatal = m.fatal;
  }
  return file;
}

/**
 * `ingest` (default ingestFile) behind a pack of parsed entries keyed by file name (the id and format come from
 * it), bytes, curated metadata and the ingest code's version. A bad file is never cached: it throws every time.
 */
export function cachedIngest(pack: Pack<StoredEntry>, version: string, ingest: IngestFn = ingestFile): IngestFn {
  return (fileName, bytes, curated: Curated | undefined, path, onFile) => {
    const key = digest('entry', version, fileName, bytes, JSON.stringify(curated ?? null));
    const known = pack.get(key);
    if (known) {
      onFile?.(replay(path, known.messages));
      return known.entry;
    }
    let messages: StoredMessage[] = [];
    const entry = ingest(fileName, bytes, curated, path, (file) => {
      messages = file.messages.map((m) => ({ reason: m.reason, place: m.place, ruleId: m.ruleId, source: m.source, fatal: m.fatal }));
      onFile?.(file);
    });
    pack.set(key, { entry, messages });
    return entry;
  };
}

/** loadCorpus through the entry cache in `dir`; saves the pack (only this corpus's entries) when every file parsed. */
export function loadCorpusCached(
  location: CorpusLocation = defaultLocation(),
  onProgress?: (done: number, total: number) => void,
  dir = cacheDir(),
  onFile?: (file: VFile) => void,
): { articles: Article[]; stats: LoadStats } {
  const pack = new Pack<StoredEntry>(join(dir, 'entries.ndjson'));
  const articles = loadCorpus(location, onProgress, { ingest: cachedIngest(pack, codeVersion(INGEST_CODE)), onFile });
  pack.save();
  return { articles, stats: { reused: pack.hits, parsed: pack.misses } };
}
