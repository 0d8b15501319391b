// The ingest must also run in the browser (issue #13's /check/ page): bundled for a browser, it builds with no Node
// built-ins and carries no DOM library, because "#html-document" resolves to the browser's own DOMParser there.
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';

describe('ingest in the browser', () => {
  it('bundles for the browser without linkedom or Node built-ins', async () => {
    const result = await build({
      entryPoints: ['src/lib/corpus/ingest-file.ts'],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'browser',
      format: 'esm',
      conditions: ['browser'],
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('src/lib/ingest/dom/browser.ts');
    expect(inputs.filter((i) => /linkedom|jsdom|dom\/node\.ts/.test(i))).toEqual([]);
    expect(inputs.filter((i) => i.startsWith('node:'))).toEqual([]);
    expect(inputs.some((i) => i.includes('@mozilla/readability'))).toBe(true);
  });
});
