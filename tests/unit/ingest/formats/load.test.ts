// formats/load.ts: the browser's on-demand parsers are the build's own (formats/parsers.ts), format by format.
import { describe, expect, it } from 'vitest';
import { loadFormatParser } from '../../../../src/lib/ingest/formats/load.ts';
import { FORMAT_PARSERS } from '../../../../src/lib/ingest/formats/parsers.ts';
import type { Format } from '../../../../src/lib/ingest/formats/index.ts';

describe('loadFormatParser', () => {
  it.each(['text', 'markdown', 'html'] satisfies Format[])('loads the same %s parser as the build uses', async (format) => {
    await expect(loadFormatParser(format)).resolves.toBe(FORMAT_PARSERS[format]);
  });
});
