// What the build's prepare step hands to the page step: counts and timings only, small enough to cross a process
// boundary. scripts/build.ts runs the prepare step in a child process (scripts/ingest.ts) so that the parsed corpus
// and its comparison are freed before `astro build` starts, instead of sitting in memory beside it. Type imports
// only: build.ts loads this module, and should not load the parsing and comparison code it no longer runs.
import type { PreparedBuild } from '../../src/lib/build/prepare.ts';

/** The prepare step's figures: what was parsed and compared, how long it took, and the pages to expect. */
export interface BuildSummary {
  articles: number;
  variantPairs: number;
  load: PreparedBuild['load'];
  compare: PreparedBuild['compare'];
  timings: PreparedBuild['comparison']['timings'];
  /** About how many files `astro build` will write (the page progress line's total). */
  expectedPages: number;
  /** Whether the corpus is large enough for progress lines while pages render. */
  progress: boolean;
  /** CPU time (user + system) the prepare step used, all its threads. */
  cpuMs: number;
  /** The data files (JSON API, search and check indexes) the prepare step wrote into the bundle, and how long it took. */
  data: { files: number; bytes: number; ms: number };
}

/** The summary of a prepared build, with what the prepare step estimated and measured. */
export function summarisePrepared(prepared: PreparedBuild, extra: Pick<BuildSummary, 'expectedPages' | 'progress' | 'cpuMs' | 'data'>): BuildSummary {
  const { articles, comparison, load, compare } = prepared;
  return {
    articles: articles.length,
    variantPairs: comparison.pairs.filter((p) => p.variant).length,
    load,
    compare,
    timings: comparison.timings,
    ...extra,
  };
}

/** The line the build prints once the corpus is prepared. */
export function summaryLine(s: BuildSummary): string {
  const { load, compare } = s;
  return (
    `wirediff: ${s.articles} articles (${load.reused} from the cache, ${load.parsed} parsed); ${compare.pairs_reused + compare.pairs_computed} candidate pairs ` +
    `(${compare.pairs_reused} from the cache, ${compare.pairs_computed} aligned on ${compare.workers} thread(s)); ${s.variantPairs} variant pairs; ` +
    `${s.data.files} data files (${(s.data.bytes / 2 ** 20).toFixed(1)} MB) in ${Math.round(s.data.ms)} ms`
  );
}

/** Whether a message from the prepare child is a build summary (anything else is ignored). */
export function isBuildSummary(message: unknown): message is BuildSummary {
  const m = message as Partial<BuildSummary> | null;
  return typeof m === 'object' && m !== null && typeof m.articles === 'number' && typeof m.expectedPages === 'number' && typeof m.cpuMs === 'number' && typeof m.data === 'object' && typeof m.progress === 'boolean' && typeof m.load === 'object' && typeof m.compare === 'object';
}
