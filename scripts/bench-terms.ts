// Term-finding benchmark (issue #12): precision and recall of the acronym definitions and "known as" / "so-called" /
// "dubbed" aliases found in the texts, against hand-made gold (tests/fixtures/terms/<case>/gold.json), per case and
// overall, plus the short forms called ambiguous. Usage: npm run bench:terms
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { definitionScores, loadTermCases } from './lib/term-gold.ts';
import { sharedDir } from './bench/segment-cases.ts';
import { findDefinitions } from '../src/lib/terms/find.ts';

const fixed = (x: number) => x.toFixed(3);
const cases = loadTermCases();
let hits = 0;
let found = 0;
let required = 0;
console.log('Definitions found in the texts, against gold:');
const report = cases.map((c) => {
  const s = definitionScores(c);
  const optionalFound = c.found.length - s.extra.length - s.hits;
  hits += s.hits;
  found += c.found.length - optionalFound;
  required += c.gold.filter((g) => !g.optional).length;
  console.log(`  ${c.name.padEnd(14)} P ${fixed(s.precision)}  R ${fixed(s.recall)}  (${c.gold.length} gold, ${c.found.length} found; ambiguous: gold ${c.goldAmbiguous.join(', ') || '—'}, found ${c.foundAmbiguous.join(', ') || '—'})`);
  for (const m of s.missed) console.log(`      missed ${m.short} = ${m.long} (${m.file} ¶${m.paragraph + 1})`);
  for (const e of s.extra) console.log(`      extra  ${e.short} = ${e.long} (${e.file} ¶${e.paragraph + 1})`);
  return { name: c.name, precision: s.precision, recall: s.recall, missed: s.missed, extra: s.extra, goldAmbiguous: c.goldAmbiguous, foundAmbiguous: c.foundAmbiguous };
});
const overall = { precision: found === 0 ? 1 : hits / found, recall: required === 0 ? 1 : hits / required };
console.log(`  overall        P ${fixed(overall.precision)}  R ${fixed(overall.recall)}`);
// Held out: the peer projects' news pages (no definition gold): every definition found is printed for a reader to
// judge, with the count of paragraphs read. Their text comes from each page's expected.html, tags removed.
const pagesDir = join(sharedDir(), 'benchmarks', 'news-pages');
const spotCheck: { page: string; short: string; long: string }[] = [];
let paragraphs = 0;
if (existsSync(pagesDir)) {
  for (const page of readdirSync(pagesDir).sort()) {
    const file = join(pagesDir, page, 'expected.html');
    if (!existsSync(file)) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(/<(p|li|h\d)[^>]*>([\s\S]*?)<\/\1>/g)) {
      const text = (m[2] as string).replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#x27;|&#39;|&rsquo;/g, '’').replace(/&quot;|&ldquo;|&rdquo;/g, '"').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ');
      paragraphs += 1;
      for (const d of findDefinitions(text)) spotCheck.push({ page, short: d.short, long: d.long });
    }
  }
  console.log(`Held-out spot check, ${paragraphs} paragraphs of the shared news pages (no gold; judge each):`);
  for (const d of spotCheck) console.log(`  ${d.page.padEnd(26)} ${d.short} = ${d.long}`);
}

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/terms.json', `${JSON.stringify({ date: new Date().toISOString(), cases: report, overall, spotCheck: { paragraphs, found: spotCheck } }, null, 2)}\n`);
