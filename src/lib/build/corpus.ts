// Parsed entries cached by the file's bytes, its curated metadata and the ingest code's version: a layer around
// ingestFile/loadCorpus, so the parsers know nothing of it and an unchanged file is never parsed twice.
import { join } from 'node:path';
import type { Article, Curated } from '../schema/article.ts';
import { defaultLocation, ingestFile, loadCorpus, type CorpusLocation, type IngestFn } from '../corpus/load.ts';
import { cacheDir, codeVersion, digest, INGEST_CODE, Pack } from './cache.ts';

/** What a cached load did: entries reused and parsed anew. */
export interface LoadStats {
  reused: number;
  parsed: number;
}

/**
 * `ingest` (default ingestFile) behind a pack of parsed entries keyed by file name (the id and format come from
 * it), bytes, curated metadata and the ingest code's version. A bad file is never cached: it throws every time.
 */
export function cachedIngest(pack: Pack<Article>, version: string, ingest: IngestFn = ingestFile): IngestFn {
  return (fileName: string, bytes: Uint8Array, curated: Curated | undefined, path: string) => {
    const key = digest('entry', version, fileName, bytes, JSON.stringify(curated ?? null));
    const known = pack.get(key);
    if (known) return known;
    const entry = ingest(fileName, bytes, curated, path);
    pack.set(key, entry);
    return entry;
  };
}

/** loadCorpus through the entry cache in `dir`; saves the pack (only this corpus's entries) when every file parsed. */
export function loadCorpusCached(
  location: CorpusLocation = defaultLocation(),
  onProgress?: (done: number, total: number) => void,
  dir = cacheDir(),
): { articles: Article[]; stats: LoadStats } {
  const pack = new Pack<Article>(join(dir, 'entries.ndjson'));
  const articles = loadCorpus(location, onProgress, cachedIngest(pack, codeVersion(INGEST_CODE)));
  pack.save();
  return { articles, stats: { reused: pack.hits, parsed: pack.misses } };
}
