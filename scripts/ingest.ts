// Parses and validates every article, then compares the corpus, before Astro runs: a bad file stops the build with
// one message (vfile reporter format: file, line:column, reason) before anything is written to dist/, and the parsed
// entries and pair alignments land in the build cache (node_modules/.cache/wirediff/), where Astro's content loader
// and getSite find them. It also writes the site's data files (JSON API, search and check indexes) into one bundle
// there, which the build unpacks into dist/ after Astro (src/lib/build/data-bundle.ts).
// Usage: node scripts/ingest.ts [--json] [--workers N]
// Started by scripts/build.ts with an IPC channel, it sends the build summary there instead of printing its line.
import { prepareBuild, PROGRESS_FROM } from '../src/lib/build/prepare.ts';
import { createProgress } from '../src/lib/build/progress.ts';
import { loadGlossary } from '../src/lib/corpus/glossary.ts';
import { storyTimeline } from '../src/lib/present/timeline.ts';
import { estimatePages } from './lib/page-estimate.ts';
import { exitOnBuildError, warningCollector } from './lib/report.ts';
import { summarisePrepared } from './lib/build-summary.ts';
import { buildSite } from '../src/lib/site.ts';
import { dataBundlePath, writeDataBundle } from '../src/lib/build/data-bundle.ts';
import { contentStamp } from '../src/lib/build/content-stamp.ts';
import { dataFileBodies } from '../src/data/data-files.ts';

const workersArg = process.argv.find((_, i) => process.argv[i - 1] === '--workers');
const warnings = warningCollector();

try {
  const started = performance.now();
  // Stamped before reading: a file changed while the corpus is prepared makes the bundle stale, never wrongly current.
  const stamp = contentStamp();
  const built = await prepareBuild(undefined, { onFile: warnings.onFile, ...(workersArg ? { workers: Number(workersArg) } : {}) });
  warnings.print();
  // The JSON API and the search and check indexes are written here, for the build to add to dist/ after Astro.
  const dataStarted = performance.now();
  const site = buildSite(built.articles, loadGlossary(), { comparison: built.comparison, termTable: built.termTable });
  const progress = built.articles.length >= PROGRESS_FROM ? createProgress('writing', 'data files') : null;
  const data = { ...writeDataBundle(dataBundlePath(), stamp, dataFileBodies(site, progress?.update)), ms: performance.now() - dataStarted };
  if (process.send) {
    const cpu = process.cpuUsage();
    const n = built.articles.length;
    const expectedPages = estimatePages(n, built.comparison, loadGlossary().length, storyTimeline(built.articles).length);
    process.send(summarisePrepared(built, { expectedPages, progress: n >= PROGRESS_FROM, cpuMs: (cpu.user + cpu.system) / 1000, data }), () => process.disconnect());
  } else if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(built.articles, null, 2)}\n`);
  } else {
    const { load, compare } = built;
    const ms = (x: number) => `${Math.round(x)} ms`;
    console.log(
      `wirediff: ${built.articles.length} articles parsed and valid (${load.parsed} parsed, ${load.reused} from the cache, ${ms(load.ms)}); ` +
        `${compare.pairs_computed + compare.pairs_reused} candidate pairs (${compare.pairs_computed} aligned on ${compare.workers} thread(s), ${compare.pairs_reused} from the cache, ${ms(compare.ms)}); ` +
        `${built.comparison.pairs.filter((p) => p.variant).length} variant pairs in ${built.comparison.groups.length} groups; ${data.files} data files (${ms(data.ms)}) (${ms(performance.now() - started)} in all)`,
    );
  }
} catch (error) {
  exitOnBuildError(error);
}
