// Comparison benchmark (issues #3, #12): link precision / recall / F1 against the hand-made gold alignments, typed-change
// precision / recall against the hand-made change gold (tuned and held-out cases apart), variant detection precision /
// recall (seed corpus and a synthetic one), and the cost of aligning pairs.
// Usage: npm run bench:compare (add --changes to list each missed and extra change)
import { mkdirSync, writeFileSync } from 'node:fs';
import { linkScores, loadGoldCases } from './lib/gold.ts';
import { changeScores, loadChangeCases, type ChangeScores } from './lib/change-gold.ts';
import { loadCorpus, ingestFile } from '../src/lib/corpus/load.ts';
import { alignPair, compareCorpus } from '../src/lib/compare/index.ts';
import { generateCorpus, type SeedTruth } from './bench/synth.ts';
import { detectionScores } from './bench/scores.ts';
import { percentiles } from './bench/measure.ts';
import { createRandom } from './bench/random.ts';
import seedTruth from './bench/seed-truth.json' with { type: 'json' };

const fixed = (x: number) => x.toFixed(3);
const report: Record<string, unknown> = {};

console.log('Sentence links against gold:');
report.gold = loadGoldCases().map((c) => {
  const s = linkScores(c);
  console.log(`  ${c.name.padEnd(14)} ${c.tuned ? 'tuned  ' : 'untuned'}  P ${fixed(s.precision)}  R ${fixed(s.recall)}  F1 ${fixed(s.f1)}  (${c.gold.size} gold links)`);
  return { name: c.name, tuned: c.tuned, ...s };
});

console.log('Typed changes against gold (tests/fixtures/changes):');
const verbose = process.argv.includes('--changes');
const changeCases = loadChangeCases().map((c) => ({ c, s: changeScores(c.gold, c.alignment.changes) }));
for (const { c, s } of changeCases) {
  const note = c.parsed ? '' : '  (format not parsed yet: its markup reached the body)';
  console.log(`  ${c.name.padEnd(26)} ${c.tuned ? 'tuned   ' : 'held out'}  P ${fixed(s.precision)}  R ${fixed(s.recall)}  (${s.hits} of ${s.required} gold found, ${s.listed} listed, ${s.generic} generic)${note}`);
  if (verbose) {
    for (const m of s.missed) console.log(`      missed ${m.type}: ${m.left ?? '—'} → ${m.right ?? '—'}`);
    for (const e of s.extra) console.log(`      extra  ${e.type}: ${e.left ?? '—'} → ${e.right ?? '—'}`);
  }
}
const pooled = (list: ChangeScores[]) => {
  const hits = list.reduce((n, s) => n + s.hits, 0);
  const listed = list.reduce((n, s) => n + s.listed, 0);
  const required = list.reduce((n, s) => n + s.required, 0);
  return { precision: listed === 0 ? 1 : hits / listed, recall: required === 0 ? 1 : hits / required, cases: list.length };
};
const changeOverall = {
  tuned: pooled(changeCases.filter((x) => x.c.tuned && x.c.parsed).map((x) => x.s)),
  heldOut: pooled(changeCases.filter((x) => !x.c.tuned && x.c.parsed).map((x) => x.s)),
  all: pooled(changeCases.filter((x) => x.c.parsed).map((x) => x.s)),
};
for (const [label, o] of Object.entries(changeOverall)) console.log(`  overall ${label.padEnd(8)} P ${fixed(o.precision)}  R ${fixed(o.recall)}  (${o.cases} parsed cases)`);
report.changes = { cases: changeCases.map(({ c, s }) => ({ name: c.name, tuned: c.tuned, parsed: c.parsed, precision: s.precision, recall: s.recall, hits: s.hits, required: s.required, listed: s.listed, generic: s.generic })), overall: changeOverall };

const corpus = loadCorpus();
const seedGroups = (() => {
  const files = corpus.map((a) => a.source_file);
  const grouped = new Set((seedTruth as SeedTruth).variants.flat());
  return [...(seedTruth as SeedTruth).variants.filter((g) => g.every((f) => files.includes(f))), ...files.filter((f) => !grouped.has(f)).map((f) => [f])];
})();
const seeds = detectionScores(compareCorpus(corpus).groups, seedGroups);
console.log(`Variant detection, seed corpus: P ${fixed(seeds.precision)}  R ${fixed(seeds.recall)}`);
const synth = generateCorpus(200, 'content/articles', seedTruth as SeedTruth);
const synthArticles = synth.files.map((f) => ingestFile(f.name, new TextEncoder().encode(f.text)));
const synthScores = detectionScores(compareCorpus(synthArticles).groups, synth.groups);
console.log(`Variant detection, 200 synthetic articles: P ${fixed(synthScores.precision)}  R ${fixed(synthScores.recall)}`);
report.detection = { seeds, synthetic200: synthScores };

/** A deterministic text of about `words` words from a vocabulary, in sentences of 12–20 words. */
function text(words: number, vocabulary: string[], seed: number): string {
  const r = createRandom(seed);
  const sentences: string[] = [];
  for (let n = 0; n < words; ) {
    const length = r.int(12, 20);
    const s = Array.from({ length }, () => r.pick(vocabulary)).join(' ');
    sentences.push(`${s.charAt(0).toUpperCase()}${s.slice(1)}.`);
    n += length;
  }
  return sentences.reduce((acc, s, i) => acc + (i % 4 === 0 && i ? '\n\n' : ' ') + s, '').trim();
}
const article = (name: string, body: string) => ingestFile(name, new TextEncoder().encode(body));
const time = (f: () => void, runs: number) => {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  return percentiles(times);
};

const pool = 'alliance summit defence missile officials gulf states pact proposal talks security minister regional iran saudi washington plan sources said would could network radars cooperation military'.split(' ');
const base = text(600, pool, 1);
const rewrite = base.replace(/said/g, 'stated').replace(/\. ([A-Z])/g, (m, c, i) => (i % 3 === 0 ? `, and ${c.toLowerCase()}` : m));
const pair600 = time(() => alignPair(article('a.txt', base), article('b.txt', rewrite), corpus), 20);
console.log(`Align + diff, a ~600-word pair: median ${pair600.median.toFixed(1)} ms, p95 ${pair600.p95.toFixed(1)} ms (goal well under 50 ms)`);
const seedPair = time(() => alignPair(corpus[0] as never, corpus[1] as never, corpus), 20);
console.log(`Align + diff, two seed articles: median ${seedPair.median.toFixed(1)} ms`);
const other = 'harbour cargo freight vessel tanker crane dock berth quay shipping port customs container tonnage orchestra violin concerto soprano rehearsal'.split(' ');
const big = time(() => alignPair(article('x.txt', text(5000, pool, 2)), article('y.txt', text(5000, other, 3)), corpus), 3);
console.log(`Align + diff, two unrelated 5,000-word texts: median ${big.median.toFixed(0)} ms, p95 ${big.p95.toFixed(0)} ms (must never hang)`);
report.cost = { pair600, seedPair, unrelated5000: big };

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/compare.json', `${JSON.stringify({ date: new Date().toISOString(), ...report }, null, 2)}\n`);
