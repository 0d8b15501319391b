// Sentence-boundary benchmark (issue #11): scores splitSentences on case files of the peer segmenters' shape
// (`[{ id, text, expected }]`, default: the Golden Rules and the extended English cases in the shared benchmarks
// folder) and times it on the two-megabyte hostile paragraphs the ingest test uses.
// Usage: npm run bench:segment [-- [--verbose] FILE...]   (WIREDIFF_SHARED overrides where ../shared is)
import { basename } from 'node:path';
import { splitSentences } from '../src/lib/ingest/sentences.ts';
import { defaultCaseFiles, losslessSingleLine, readCases, scoreCases, type CaseResult } from './bench/segment-cases.ts';
import { hostileTexts } from './bench/hostile.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const files = args.filter((a) => !a.startsWith('--'));
const percent = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(1) : '0.0'}%`;
const passed = (results: CaseResult[]) => results.filter((r) => r.pass).length;

/** Prints a failing case: the expected sentences the splitter missed (-) and the ones it gave instead (+). */
function explain(r: CaseResult): void {
  const expected = r.case.expected.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
  console.log(`  ${r.case.id}${r.case.lossless === false ? ' (not lossless upstream)' : ''}${r.case.has_newline ? ' (line breaks)' : ''}`);
  for (const s of expected) if (!r.actual.includes(s)) console.log(`    - ${s}`);
  for (const s of r.actual) if (!expected.includes(s)) console.log(`    + ${s}`);
}

let pass = 0;
let total = 0;
for (const file of files.length ? files : defaultCaseFiles()) {
  const results = scoreCases(readCases(file), splitSentences);
  const single = results.filter((r) => losslessSingleLine(r.case));
  console.log(`${basename(file)}: ${passed(results)}/${results.length} cases pass; lossless single-line ${passed(single)}/${single.length} (${percent(passed(single), single.length)})`);
  if (verbose) results.filter((r) => !r.pass).forEach(explain);
  pass += passed(results);
  total += results.length;
}

// Best of three runs; CPU time beside wall time, since the machines this runs on are shared.
console.log('Splitting the 2 MB hostile paragraphs of tests/unit/ingest/large.test.ts (best of 3, wall / CPU):');
for (const [name, text] of hostileTexts()) {
  let wall = Infinity;
  let cpu = Infinity;
  let count = 0;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    count = text.split('\n').flatMap(splitSentences).length;
    const used = process.cpuUsage(usage);
    wall = Math.min(wall, performance.now() - started);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  console.log(`  ${name.padEnd(26)} ${wall.toFixed(0).padStart(5)} ms / ${cpu.toFixed(0).padStart(5)} ms  ${count} sentences`);
}
console.log(`segmentation: ${pass}/${total} cases pass`);
