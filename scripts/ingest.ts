// Parses and validates every article before Astro runs, so a bad file stops the build with one clear message
// and before anything is written to dist/. Warnings and the error are printed in the vfile reporter format that
// remark and eslint users know (file, then line:column, severity, reason). Usage: node scripts/ingest.ts [--json]
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { loadCorpus } from '../src/lib/corpus/load.ts';
import { IngestError } from '../src/lib/ingest/errors.ts';

const warned: VFile[] = [];
try {
  const started = performance.now();
  const articles = loadCorpus(
    undefined,
    (done, total) => {
      if (total >= 100 && (done % 100 === 0 || done === total)) process.stderr.write(`wirediff: parsed ${done}/${total} articles\n`);
    },
    (file) => {
      if (file.messages.length > 0) warned.push(file);
    },
  );
  if (warned.length > 0) process.stderr.write(`${reporter(warned)}\n`);
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(articles, null, 2)}\n`);
  } else {
    const ms = Math.round(performance.now() - started);
    console.log(`wirediff: ${articles.length} articles parsed and valid (${ms} ms)`);
  }
} catch (error) {
  if (!(error instanceof IngestError)) {
    console.error(`wirediff: cannot build: ${(error as Error).message}`);
    process.exit(1);
  }
  const file = new VFile({ path: error.file });
  const message = file.message(`cannot build: ${error.reason}`, { ...(error.place ? { place: error.place } : {}), ruleId: 'ingest', source: 'wirediff' });
  message.fatal = true;
  process.stderr.write(`${reporter([file])}\n`);
  process.exit(1);
}
