// Lighthouse on one built page of each kind (home, an article, a pair page, search, terms, method: those that
// exist), printing the four category scores; the goal is 100 in all four. A benchmark, not a test: scores move
// with machine load. Usage: npm run build && npm run audit [-- --desktop]
import { existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import lighthouse, { desktopConfig } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs, chromiumPath } from './lib/browser.ts';
import { serveStatic } from './lib/server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const desktop = process.argv.includes('--desktop');

/** One page per kind, in a fixed order; kinds whose pages are not built are left out. */
function pagesToAudit(): { kind: string; path: string }[] {
  const first = (pattern: string) => globSync(pattern, { cwd: 'dist' }).sort()[0];
  const articles = JSON.parse(readFileSync('dist/api/articles.json', 'utf8')) as { url: string }[];
  const pair = first('compare/*/index.html');
  const candidates = [
    { kind: 'home', path: '/' },
    { kind: 'article', path: articles[0]?.url },
    { kind: 'pair', path: pair ? `/${pair.replace(/index\.html$/, '')}` : undefined },
    { kind: 'search', path: existsSync('dist/search/index.html') ? '/search/' : undefined },
    { kind: 'terms', path: existsSync('dist/terms/index.html') ? '/terms/' : undefined },
    { kind: 'method', path: existsSync('dist/method/index.html') ? '/method/' : undefined },
  ];
  return candidates.flatMap((c) => (c.path ? [{ kind: c.kind, path: c.path }] : []));
}

interface PageResult {
  kind: string;
  path: string;
  scores: Record<string, number | null>;
  /** Audits that cost points: id, title, score. */
  failing: { category: string; id: string; title: string; score: number | null }[];
}

if (!existsSync('dist/index.html')) {
  console.error('audit: no build found in dist/; run `npm run build` first');
  process.exit(1);
}

const site = await serveStatic();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? chromiumPath(),
  chromeFlags: chromiumArgs,
});
const results: PageResult[] = [];
let lighthouseVersion = '';
try {
  for (const { kind, path } of pagesToAudit()) {
    const run = await lighthouse(
      `${site.origin}${path}`,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      desktop ? desktopConfig : undefined,
    );
    if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
    const lhr = run.lhr;
    lighthouseVersion = lhr.lighthouseVersion;
    const scores: Record<string, number | null> = {};
    const failing: PageResult['failing'] = [];
    for (const id of CATEGORIES) {
      const category = lhr.categories[id];
      scores[id] = category?.score === null || category?.score === undefined ? null : Math.round(category.score * 100);
      for (const ref of category?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
        failing.push({ category: id, id: ref.id, title: audit.title, score: audit.score });
      }
    }
    results.push({ kind, path, scores, failing });
    process.stderr.write(`audit: ${kind} ${path} done\n`);
  }
} finally {
  await chrome.kill();
  await site.close();
}

const header = ['kind', 'page', ...CATEGORIES];
const rows = results.map((r) => [r.kind, r.path, ...CATEGORIES.map((c) => String(r.scores[c] ?? '–'))]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
console.log(`Lighthouse ${lighthouseVersion} (${desktop ? 'desktop' : 'mobile'} preset)`);
console.log(line(header));
for (const row of rows) console.log(line(row));
for (const r of results) {
  for (const f of r.failing) console.log(`  ${r.path} ${f.category}: ${f.id} (${f.score}): ${f.title}`);
}

mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/audit.json',
  `${JSON.stringify({ date: new Date().toISOString(), lighthouse: lighthouseVersion, preset: desktop ? 'desktop' : 'mobile', pages: results }, null, 2)}\n`,
);
console.log('audit: wrote bench-results/audit.json');
