// Parses and validates every article before Astro runs, so a bad file stops the build with one clear message
// and before anything is written to dist/. Usage: node scripts/ingest.ts [--json]
import { loadCorpus } from '../src/lib/corpus/load.ts';
import { IngestError } from '../src/lib/ingest/errors.ts';

try {
  const started = performance.now();
  const articles = loadCorpus(undefined, (done, total) => {
    if (total >= 100 && (done % 100 === 0 || done === total)) process.stderr.write(`wirediff: parsed ${done}/${total} articles\n`);
  });
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(articles, null, 2)}\n`);
  } else {
    const ms = Math.round(performance.now() - started);
    console.log(`wirediff: ${articles.length} articles parsed and valid (${ms} ms)`);
  }
} catch (error) {
  const message = error instanceof IngestError ? `${error.file}: ${error.reason}` : (error as Error).message;
  console.error(`wirediff: cannot build: ${message}`);
  process.exit(1);
}
