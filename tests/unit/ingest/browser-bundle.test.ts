// The ingest must also run in the browser (issue #13's /check/ page): bundled for a browser, it builds with no Node
// built-ins and carries no DOM library, because "#html-document" resolves to the browser's own DOMParser there; and
// the browser's entry (ingestWith with formats/load.ts) leaves the HTML and Markdown parsers to chunks of their own.
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';

/** esbuild bundling as for a browser page, in memory. */
const BROWSER = { bundle: true, write: false, metafile: true, platform: 'browser', format: 'esm', conditions: ['browser'] as string[], logLevel: 'silent' } as const;

describe('ingest in the browser', () => {
  it('bundles for the browser without linkedom or Node built-ins', async () => {
    const result = await build({
      ...BROWSER,
      entryPoints: ['src/lib/corpus/ingest-file.ts'],
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('src/lib/ingest/dom/browser.ts');
    expect(inputs.filter((i) => /linkedom|jsdom|dom\/node\.ts/.test(i))).toEqual([]);
    expect(inputs.filter((i) => i.startsWith('node:'))).toEqual([]);
    expect(inputs.some((i) => i.includes('@mozilla/readability'))).toBe(true);
  });

  it('keeps Readability, remark and YAML out of what reading plain text loads', async () => {
    const result = await build({
      ...BROWSER,
      entryPoints: ['src/lib/corpus/ingest-with.ts', 'src/lib/ingest/formats/load.ts'],
      splitting: true,
      outdir: 'out',
    });
    const outputs = Object.entries(result.metafile.outputs);
    /** Every input of an output and of the outputs it imports statically (what loading it fetches at once). */
    const loadedBy = (name: string, seen = new Set<string>()): string[] => {
      if (seen.has(name)) return [];
      seen.add(name);
      const output = result.metafile.outputs[name];
      if (!output) return [];
      return [...Object.keys(output.inputs), ...output.imports.filter((i) => i.kind === 'import-statement').flatMap((i) => loadedBy(i.path, seen))];
    };
    const heavy = /@mozilla\/readability|remark-parse|micromark|node_modules\/yaml\/|hast-util-to-mdast/;
    const roots = ['src/lib/corpus/ingest-with.ts', 'src/lib/ingest/formats/load.ts'];
    const entries = outputs.filter(([, o]) => roots.includes(o.entryPoint ?? '')).map(([name]) => name);
    expect(entries).toHaveLength(2);
    for (const entry of entries) expect(loadedBy(entry).filter((i) => heavy.test(i))).toEqual([]);
    // ...and they are still bundled, behind the dynamic imports.
    const all = outputs.flatMap(([, o]) => Object.keys(o.inputs));
    expect(all.some((i) => i.includes('@mozilla/readability'))).toBe(true);
    expect(all.some((i) => i.includes('remark-parse'))).toBe(true);
  });
});
