// The build's work before Astro renders: parse every file and compare the corpus, cached and in parallel, with
// progress for long corpora. Astro's content loader and getSite then find all of it in the cache.
import type { VFile } from 'vfile';
import type { Article } from '../schema/article.ts';
import type { ComparisonTimings, CorpusComparison } from '../compare/index.ts';
import { defaultLocation, type CorpusLocation } from '../corpus/load.ts';
import { loadCorpusCached, type LoadStats } from './corpus.ts';
import { compareCorpusBuild, type BuildCompareOptions, type BuildCompareStats, type CompareStage } from './compare.ts';
import { createProgress, stderrSink, type ProgressSink } from './progress.ts';
import { loadGlossary } from '../corpus/glossary.ts';
import { sortArticles } from '../corpus/sort.ts';
import { buildTermTable, type TermTable } from '../terms/table.ts';

/** Corpora smaller than this build too fast for progress lines to help. */
export const PROGRESS_FROM = 100;

/** What preparing a build produced and how long each part took. */
export interface PreparedBuild {
  articles: Article[];
  comparison: CorpusComparison & { timings: ComparisonTimings };
  /** The term table (found terms merged with the glossary) that keyed the comparison. */
  termTable: TermTable;
  load: LoadStats & { ms: number };
  compare: BuildCompareStats & { ms: number };
}

const STAGES: Record<CompareStage, [string, string]> = {
  terms: ['tokenising', 'articles'],
  candidates: ['finding candidate pairs', 'steps'],
  align: ['aligning', 'pairs'],
};

/** Progress callbacks for the comparison's stages (one reporter per stage), or none for a small corpus. */
export function compareProgress(size: number, sink: ProgressSink = stderrSink()): BuildCompareOptions['onProgress'] {
  if (size < PROGRESS_FROM) return undefined;
  const reporters = new Map<CompareStage, ReturnType<typeof createProgress>>();
  return (stage, done, total) => {
    let reporter = reporters.get(stage);
    if (!reporter) {
      reporter = createProgress(...STAGES[stage], sink);
      reporters.set(stage, reporter);
    }
    reporter.update(done, total);
  };
}

/** Parses and compares the corpus, through the cache, reporting progress on stderr for large corpora. */
export async function prepareBuild(
  location: CorpusLocation = defaultLocation(),
  options: Omit<BuildCompareOptions, 'onProgress'> & { onFile?: (file: VFile) => void } = {},
): Promise<PreparedBuild> {
  let started = performance.now();
  let ingest: ReturnType<typeof createProgress> | undefined;
  const { articles, stats: load } = loadCorpusCached(location, (done, total) => {
    if (total < PROGRESS_FROM) return;
    ingest ??= createProgress('parsing', 'files');
    ingest.update(done, total);
  }, options.dir ?? undefined, options.onFile);
  const loadMs = performance.now() - started;
  started = performance.now();
  // The term table keys the comparison (names with several spellings compare as one), so it comes first.
  const termTable = buildTermTable(sortArticles(articles), loadGlossary());
  const { comparison, stats } = await compareCorpusBuild(articles, { ...options, entities: termTable.entityNames, entityTable: termTable.entities, onProgress: compareProgress(articles.length) });
  return { articles, comparison, termTable, load: { ...load, ms: loadMs }, compare: { ...stats, ms: performance.now() - started } };
}
