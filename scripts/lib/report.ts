// How the command-line scripts report on the corpus: warnings and a refused file in the vfile reporter format that
// remark and eslint users know (the file, then "line:column  severity  reason"), on stderr.
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { IngestError } from '../../src/lib/ingest/errors.ts';

/** Collects the parsed files that carry warnings, to print them together once parsing is done. */
export function warningCollector(): { onFile: (file: VFile) => void; print: () => void } {
  const warned: VFile[] = [];
  return {
    onFile: (file) => {
      if (file.messages.length > 0) warned.push(file);
    },
    print: () => {
      if (warned.length > 0) process.stderr.write(`${reporter(warned)}\n`);
    },
  };
}

/** Prints why the build cannot go on (a refused file as one reporter message naming it) and exits with status 1. */
export function exitOnBuildError(error: unknown): never {
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
