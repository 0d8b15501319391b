// Term-finding benchmark (issue #12): precision and recall of the acronym definitions and "known as" / "so-called" /
// "dubbed" aliases found in the texts, against hand-made gold (tests/fixtures/terms/<case>/gold.json), per case and
// overall, plus the short forms called ambiguous. Usage: npm run bench:terms
import { mkdirSync, writeFileSync } from 'node:fs';
import { definitionScores, loadTermCases } from './lib/term-gold.ts';

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
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/terms.json', `${JSON.stringify({ date: new Date().toISOString(), cases: report, overall }, null, 2)}\n`);
