// Variant detection only (issue #14's precision/recall row, without astro build): generates the benchmark's synthetic
// corpus, ingests and compares it as the build does (prepareBuild: cache, worker threads), groups the variant pairs
// and scores the groups against the known stories. Explains every wrongly grouped pair: a direct variant pair
// between two stories (the pair verdict is wrong) or a pair of unrelated articles joined through others (grouping).
// Usage: npm run bench:detect [-- --sizes 1000,10000] [--keep-cache] [--list 20] [--warm]
//   --keep-cache reuses parsed entries and pair results from the last run (a grouping change is then instant).
//   --warm then adds one article (the benchmark's N+1 corpus) and prepares again with the warm cache: what the
//   comparison reuses and what it costs, without astro build.
import { join, resolve } from 'node:path';
import { rmSync, writeFileSync } from 'node:fs';
import { generateCorpus, generateCorpusPlusOne, type SeedTruth } from './bench/synth.ts';
import { detectionScores } from './bench/scores.ts';
import { writeContent } from './bench/content.ts';
import { prepareBuild } from '../src/lib/build/prepare.ts';
import { idFromFileName } from '../src/lib/ingest/id.ts';
import seedTruth from './bench/seed-truth.json' with { type: 'json' };

const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
const sizes = (arg('--sizes') ?? '1000,10000').split(',').map(Number);
const list = Number(arg('--list') ?? 10);
const work = resolve(process.env.WIREDIFF_BENCH_DIR ?? '/tmp/wirediff-bench', 'detect');
const key = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

for (const n of sizes) {
  const root = join(work, String(n));
  if (!process.argv.includes('--keep-cache')) rmSync(root, { recursive: true, force: true });
  const corpus = generateCorpus(n, 'content/articles', seedTruth satisfies SeedTruth);
  const content = join(root, 'content');
  writeContent(content, corpus);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const { comparison, compare } = await prepareBuild({ articlesDir: join(content, 'articles'), metadataFile: join(content, 'metadata.yaml') }, { dir: join(root, 'cache') });
  const used = process.cpuUsage(cpu);
  const scores = detectionScores(comparison.groups, corpus.groups);
  // The pair verdicts and the known stories, for trying grouping rules without comparing again.
  writeFileSync(join(root, 'pairs.json'), JSON.stringify({ pairs: comparison.pairs, groups: corpus.groups }));

  const story = new Map<string, number>();
  corpus.groups.forEach((g, k) => g.forEach((f) => story.set(idFromFileName(f), k)));
  const variant = new Set(comparison.pairs.filter((p) => p.variant).map((p) => key(p.left, p.right)));
  const wrongVariants = comparison.pairs.filter((p) => p.variant && story.get(p.left) !== story.get(p.right));
  const missedVariants = comparison.pairs.filter((p) => !p.variant && story.get(p.left) === story.get(p.right));
  let wrongGrouped = 0;
  let wrongDirect = 0;
  for (const g of comparison.groups) {
    for (let i = 0; i < g.length; i++) {
      for (let j = i + 1; j < g.length; j++) {
        if (story.get(g[i] as string) === story.get(g[j] as string)) continue;
        wrongGrouped += 1;
        if (variant.has(key(g[i] as string, g[j] as string))) wrongDirect += 1;
      }
    }
  }
  const sizesOf = comparison.groups.map((g) => g.length).sort((a, b) => b - a);
  console.log(`N=${n}: precision ${scores.precision.toFixed(3)} recall ${scores.recall.toFixed(3)} (${scores.predicted} pairs grouped, ${scores.truth} true)`);
  console.log(`  pairs: ${comparison.pairs.length} candidates, ${variant.size} variant; ${wrongVariants.length} variant verdicts across stories, ${missedVariants.length} same-story candidates not variant`);
  console.log(`  wrongly grouped pairs: ${wrongGrouped}, of which ${wrongDirect} are themselves variant pairs and ${wrongGrouped - wrongDirect} joined only through others`);
  console.log(`  groups: ${comparison.groups.length}, largest ${sizesOf.slice(0, 8).join(', ')}`);
  console.log(`  prepare: ${Math.round(performance.now() - started)} ms wall, ${Math.round((used.user + used.system) / 1000)} ms CPU (process, all threads), ${compare.pairs_reused} pairs reused, ${compare.pairs_computed} computed`);
  for (const p of wrongVariants.slice(0, list)) console.log(`  across stories: ${p.left} ~ ${p.right} similarity ${p.similarity} kept ${p.left_kept}/${p.right_from_left}`);
  if (process.argv.includes('--warm')) {
    writeContent(content, generateCorpusPlusOne(n, 'content/articles', seedTruth));
    const warmCpu = process.cpuUsage();
    const warmStarted = performance.now();
    const warm = await prepareBuild({ articlesDir: join(content, 'articles'), metadataFile: join(content, 'metadata.yaml') }, { dir: join(root, 'cache') });
    const warmUsed = process.cpuUsage(warmCpu);
    const total = warm.compare.pairs_reused + warm.compare.pairs_computed;
    console.log(
      `  warm (+1 article): ${Math.round(performance.now() - warmStarted)} ms wall, ${Math.round((warmUsed.user + warmUsed.system) / 1000)} ms CPU; ` +
        `${warm.load.reused} entries and ${warm.compare.terms_reused} term lists reused; ${warm.compare.pairs_reused} of ${total} pairs reused, ${warm.compare.pairs_computed} aligned`,
    );
  }
}
