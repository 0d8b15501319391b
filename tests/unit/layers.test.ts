// The layering of the code, held by a test: data flows one way, so a module may import only from its own layer or
// from a lower one. Every file under src/ and scripts/ is read and each of its imports checked.
import { describe, expect, it } from 'vitest';
import { globSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/**
 * The layers, lowest first. An import may go to the same layer or any layer listed before it, never after.
 * - schema: zod schemas and their types; depends on nothing of ours, so every layer may use it (ingest labels
 *   boilerplate with its kinds).
 * - text: words, lexicon, snippets, text direction: pure functions of strings.
 * - ingest → corpus → compare → terms → search: the data flow (terms before search: search finds aliases).
 * - routes: every URL and anchor id; above the engine, so core data holds ids and never URLs.
 * - present (view models) → api (public JSON shapes) → build (src/lib/build/: the build's cache, worker pool and
 *   progress; Node-only) → site (src/lib/site.ts, and src/data/: the one way pages
 *   reach the corpus) → app (pages, components, layouts, client, content config): render only.
 * - scripts/lib, then scripts: command-line entry points, which may use all of src/ but never tests/.
 */
const LAYERS = ['schema', 'text', 'ingest', 'corpus', 'compare', 'terms', 'search', 'routes', 'present', 'api', 'build', 'site', 'app', 'scripts-lib', 'scripts'] as const;
type Layer = (typeof LAYERS)[number];

/** Layers whose code runs in the browser (search and the pair reader), or must be able to: no Node built-ins. */
const BROWSER_SAFE: readonly Layer[] = ['schema', 'text', 'ingest', 'compare', 'terms', 'search', 'routes', 'present', 'api'];
/** The browser-side custom elements, checked like the browser-safe layers. */
const BROWSER_DIR = 'src/client/';

/** The layer a repository path belongs to, or null for files outside the layering (tests, packages, config). */
function layerOf(path: string): Layer | 'tests' | null {
  if (path.startsWith('tests/')) return 'tests';
  if (path.startsWith('scripts/lib/')) return 'scripts-lib';
  if (path.startsWith('scripts/')) return 'scripts';
  if (path === 'src/lib/routes.ts') return 'routes';
  if (path === 'src/lib/site.ts' || path.startsWith('src/data/')) return 'site';
  const lib = /^src\/lib\/([^/]+)\//.exec(path);
  if (lib) return (LAYERS as readonly string[]).includes(lib[1] as string) ? (lib[1] as Layer) : null;
  if (path.startsWith('src/')) return 'app';
  return null;
}

/** Every module specifier a file imports: static and type imports, re-exports, side-effect and dynamic imports. */
function importsOf(source: string): string[] {
  const patterns = [
    /\bimport\s+(?:type\s+)?[^'";]*?\sfrom\s*['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?[^'";]*?\sfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((p) => [...source.matchAll(p)].map((m) => m[1] as string));
}

/** What is wrong with one import of one file, or null when it is allowed. */
function violation(file: string, specifier: string): string | null {
  const from = layerOf(file);
  if (from === null || from === 'tests') return null;
  if (specifier.startsWith('.')) {
    const target = normalize(join(dirname(file), specifier)).replaceAll('\\', '/');
    const to = layerOf(target);
    if (to === 'tests') return `${file} imports ${target} from tests/`;
    if (to === null) return null;
    if (LAYERS.indexOf(to) > LAYERS.indexOf(from)) return `${file} (${from}) imports ${target} from the higher layer ${to}`;
    return null;
  }
  if (file.startsWith('src/lib/') && /^astro(?:$|[:/])/.test(specifier) && specifier !== 'astro/zod') {
    return `${file} imports ${specifier}: src/lib is plain TypeScript (only astro/zod is allowed)`;
  }
  const browser = (BROWSER_SAFE as readonly string[]).includes(from) || file.startsWith(BROWSER_DIR);
  if (browser && /^node:|^(?:fs|path|os|url|child_process|crypto|zlib)(?:\/|$)/.test(specifier)) {
    return `${file} (${from}) imports ${specifier}, but it must run in the browser`;
  }
  return null;
}

const root = process.cwd();
const files = globSync(['src/**/*.{ts,astro,mjs,js}', 'scripts/**/*.{ts,mjs,js}'], { cwd: root }).map((f) => f.replaceAll('\\', '/')).sort();

describe('layers', () => {
  it('reads every source file and finds its imports', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain('src/lib/routes.ts');
    expect(importsOf("import type { A } from './a.ts';\nimport b, { c } from \"../b.ts\";\nexport * from './d.ts';\nimport './e.css';\nawait import('./f.ts');")).toEqual(['./a.ts', '../b.ts', './d.ts', './e.css', './f.ts']);
  });

  it('places every file of src/lib in a layer', () => {
    expect(files.filter((f) => f.startsWith('src/lib/') && layerOf(f) === null)).toEqual([]);
  });

  it('finds an upward import, an import from tests/, Astro in src/lib and Node in browser code', () => {
    expect(violation('src/lib/compare/index.ts', '../present/format.ts')).toMatch(/higher layer present/);
    expect(violation('src/lib/compare/index.ts', '../routes.ts')).toMatch(/higher layer routes/);
    expect(violation('scripts/bench.ts', '../tests/support/site.ts')).toMatch(/from tests/);
    expect(violation('src/lib/corpus/load.ts', 'astro:content')).toMatch(/plain TypeScript/);
    expect(violation('src/lib/schema/article.ts', 'astro/zod')).toBeNull();
    expect(violation('src/lib/search/engine.ts', 'node:fs')).toMatch(/browser/);
    expect(violation('src/client/search-box.ts', 'node:path')).toMatch(/browser/);
    expect(violation('src/lib/corpus/load.ts', 'node:fs')).toBeNull();
    expect(violation('src/pages/index.astro', '../lib/site.ts')).toBeNull();
    expect(violation('tests/unit/x.test.ts', '../../src/lib/site.ts')).toBeNull();
  });

  it('has no import from a higher layer or from tests/, no Astro in src/lib and no Node in browser code', () => {
    const problems = files.flatMap((file) => importsOf(readFileSync(join(root, file), 'utf8')).flatMap((s) => violation(file, s) ?? []));
    expect(problems).toEqual([]);
  });

  it('keeps process globals out of browser code', () => {
    const browser = files.filter((f) => f.startsWith(BROWSER_DIR) || (BROWSER_SAFE as readonly string[]).includes(layerOf(f) ?? ''));
    const using = browser.filter((f) => /\bprocess\.(?:env|argv|cwd)\b/.test(readFileSync(join(root, f), 'utf8')));
    expect(using).toEqual([]);
  });
});
