// Saved news pages benchmark (issue #11): builds the 30 pages of ../shared/benchmarks/news-pages/ as `.html`
// articles in a scratch copy of the site, and scores title, byline, date and body token F1 against Readability's
// extraction (scoring rules: README there). The pages are read from ../shared and never copied into the project.
// Usage: npm run bench:pages [-- --quick]   (--quick scores the ingest output without running the Astro build)
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCorpus } from '../src/lib/corpus/load.ts';
import { scoreHeldout } from './bench/heldout-score.ts';
import { bylineRight, titleRight, tokenF1, tokens, visibleText } from './bench/pages-score.ts';

/** `--verbose` shows each miss: of the news pages, and of each case (set 3's too, which is otherwise held out). */
const verbose = process.argv.includes('--verbose');

interface Expected {
  title: string;
  byline: string | null;
  publishedTime: string | null;
}
interface Entry {
  source_file: string;
  title: string;
  author: string | null;
  published: string | null;
  paragraphs: string[];
}

/** The shared benchmark folder: WIREDIFF_SHARED, else ../shared beside the repo, else /work/shared. */
function sharedRoot(): string {
  const candidates = [process.env.WIREDIFF_SHARED, resolve('..', 'shared'), '/work/shared'].filter((p): p is string => Boolean(p));
  return candidates.find((p) => existsSync(join(p, 'benchmarks'))) ?? (candidates[0] as string);
}

/** Byline lines that name no person are not scored (README: bbc-1 names the outlet, seattletimes-1 a date line). */
function namesPerson(byline: string | null): byline is string {
  if (!byline) return false;
  return !/^\s*(?:\w+ news|\w+ \d{1,2}, \d{4})/i.test(byline) && !/\b(?:updated|\d{1,2}:\d{2})\b/i.test(byline.split('\n')[0] ?? '');
}

const pagesDir = join(sharedRoot(), 'benchmarks', 'news-pages');
const pages = readdirSync(pagesDir).filter((d) => existsSync(join(pagesDir, d, 'source.html'))).sort();
const scratch = mkdtempSync(join(tmpdir(), 'wirediff-pages-'));
const content = join(scratch, 'content');
mkdirSync(join(content, 'articles'), { recursive: true });
copyFileSync('content/glossary.yaml', join(content, 'glossary.yaml'));
writeFileSync(join(content, 'metadata.yaml'), '{}\n');
for (const page of pages) copyFileSync(join(pagesDir, page, 'source.html'), join(content, 'articles', `${page}.html`));

let entries: Entry[];
try {
  if (process.argv.includes('--quick')) {
    entries = loadCorpus({ articlesDir: join(content, 'articles'), metadataFile: join(content, 'metadata.yaml') });
  } else {
    const env = { ...process.env, WIREDIFF_CONTENT: content, WIREDIFF_CACHE_DIR: join(scratch, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
    const dist = join(scratch, 'dist');
    execFileSync(process.execPath, ['scripts/ingest.ts'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], { env, stdio: 'ignore' });
    const list = JSON.parse(readFileSync(join(dist, 'api', 'articles.json'), 'utf8')) as { id: string; source_file: string }[];
    entries = list.map((a) => JSON.parse(readFileSync(join(dist, 'api', 'articles', `${a.id}.json`), 'utf8')) as Entry);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

let titles = 0;
let bylines = 0;
let bylineTotal = 0;
let dates = 0;
let dateTotal = 0;
const f1s: number[] = [];
const mark = (scored: boolean, right: boolean) => (scored ? (right ? 'yes' : 'NO ') : ' - ');
console.log('page                        title byline date  body F1');
for (const page of pages) {
  const expected = JSON.parse(readFileSync(join(pagesDir, page, 'expected-metadata.json'), 'utf8')) as Expected;
  const entry = entries.find((e) => e.source_file === `${page}.html`);
  const title = Boolean(entry && titleRight(entry.title, expected.title));
  const person = namesPerson(expected.byline);
  const byline = person && Boolean(entry && bylineRight(entry.author, expected.byline as string));
  const dated = Boolean(expected.publishedTime);
  const date = dated && entry?.published === expected.publishedTime?.slice(0, 10);
  const f1 = entry ? tokenF1(tokens(entry.paragraphs.join('\n')), tokens(visibleText(readFileSync(join(pagesDir, page, 'expected.html'), 'utf8')))) : 0;
  titles += Number(title);
  bylines += Number(byline);
  bylineTotal += Number(person);
  dates += Number(date);
  dateTotal += Number(dated);
  f1s.push(f1);
  console.log(`${page.padEnd(28)}${mark(true, title)}   ${mark(person, byline)}    ${mark(dated, date)}  ${f1.toFixed(3)}`);
  if (verbose && entry) {
    if (!title) console.log(`    title: ${JSON.stringify(entry.title)} expected ${JSON.stringify(expected.title)}`);
    if (person && !byline) console.log(`    byline: ${JSON.stringify(entry.author)} expected ${JSON.stringify(expected.byline)}`);
    if (dated && !date) console.log(`    date: ${entry.published} expected ${expected.publishedTime}`);
  }
}
const mean = f1s.reduce((a, b) => a + b, 0) / f1s.length;
console.log(`news pages: title ${titles}/${pages.length}, byline ${bylines}/${bylineTotal}, date ${dates}/${dateTotal}, body F1 mean ${mean.toFixed(2)} (min ${Math.min(...f1s).toFixed(2)})`);

// The page-debris cases written blind (tests/fixtures/heldout*/README.md): set 1 and set 2 were tuned on after they
// were first scored, as sets 4 to 9 were, and set 10 in part; set 3 is held out.
const SETS: [string, string][] = [
  ['tests/fixtures/heldout', 'page-debris set 1 (written blind, tuned on)'],
  ['tests/fixtures/heldout-2', 'page-debris set 2 (written blind, tuned on)'],
  ['tests/fixtures/heldout-3', 'page-debris set 3 (held out)'],
  ['tests/fixtures/heldout-4', 'page-debris set 4 (written blind, tuned on)'],
  ['tests/fixtures/heldout-5', 'page-debris set 5 (written blind, tuned on)'],
  ['tests/fixtures/heldout-6', 'page-debris set 6 (written blind, tuned on)'],
  ['tests/fixtures/heldout-7', 'page-debris set 7 (written blind, tuned on)'],
  ['tests/fixtures/heldout-8', 'page-debris set 8 (written blind, tuned on)'],
  ['tests/fixtures/heldout-9', 'page-debris set 9 (written blind, tuned on)'],
  ['tests/fixtures/heldout-10', 'page-debris set 10 (written blind, partly tuned on)'],
  ['tests/fixtures/heldout-11', 'page-debris set 11 (written blind, partly tuned on)'],
  ['tests/fixtures/heldout-12', 'page-debris set 12 (written blind, partly tuned on)'],
];
for (const [root, label] of SETS) {
  const cases = scoreHeldout(root);
  const passed = cases.flatMap((c) => c.checks).filter((c) => c.ok).length;
  const total = cases.flatMap((c) => c.checks).length;
  for (const c of cases) {
    const failed = c.checks.filter((x) => !x.ok);
    console.log(`  ${c.name.padEnd(36)} ${c.checks.length - failed.length}/${c.checks.length}${failed.length > 0 && verbose ? `  missed: ${failed.map((x) => x.check).join('; ')}` : ''}`);
  }
  console.log(`${label}: ${passed}/${total} checks`);
}
