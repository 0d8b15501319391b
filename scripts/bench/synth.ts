// Synthetic corpora for the benchmarks: stories in the seed corpus's register, each copied by 0-3 "outlets" with
// the edits outlets make to wire copy, plus rewrites of the real seeds. Ground truth is the set of variant groups.
// Distinct stories share names, topic words and stock phrases, as unrelated wire stories on one beat do, but each
// composes its own sentences (scripts/bench/vocabulary.ts), so only its copies share its sentences.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom, type Random } from './random.ts';
import * as v from './vocabulary.ts';

/** One generated article file. */
export interface SynthFile {
  name: string;
  text: string;
}

/** A generated corpus and the variant groups it was built with (file names; singletons included). */
export interface SynthCorpus {
  files: SynthFile[];
  groups: string[][];
}

type Slots = Record<string, string>;

function storySlots(r: Random): Slots {
  const [c1, c2, c3, c4] = r.shuffle(v.countries);
  return {
    c1: c1 as string, c2: c2 as string, c3: c3 as string, c4: c4 as string,
    city1: r.pick(v.cities), city2: r.pick(v.cities), person1: r.pick(v.people), person2: r.pick(v.people),
    role1: r.pick(v.roles), role2: r.pick(v.roles), org: r.pick(v.orgs), topic: r.pick(v.topics),
    month: r.pick(v.months), said: r.pick(v.saidVerbs),
    n1: String(r.int(2, 9)), n2: String(r.int(2, 36)), n3: String(r.int(1, 28)), n4: String(r.int(2, 90)),
    n5: String(r.int(3, 60)), n6: String(r.int(3, 400)), n7: String(r.int(50, 5000)), n8: String(r.int(60, 130)),
  };
}

function fill(template: string, slots: Slots): string {
  const text = template.replace(/\{(\w+)\}/g, (_, key: string) => slots[key] ?? key);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One sentence's template, composed from the vocabulary's parts: a speaker's claim, a fact or a quotation, with an
 * ending. `used` keeps a story from repeating a claim, fact or quotation.
 */
function sentenceTemplate(r: Random, used: Set<string>): string {
  const fresh = (items: readonly string[]): string => {
    const left = items.filter((x) => !used.has(x));
    const item = r.pick(left.length > 0 ? left : items);
    used.add(item);
    return item;
  };
  const tail = r.pick(v.tails);
  const kind = r.next();
  if (kind < 0.65) return `${r.pick(v.speakers)} ${r.pick(v.speechVerbs)} ${r.pick(v.subjects)} ${fresh(v.predicates)}${tail}.`;
  if (kind < 0.9) return `${fresh(v.facts)}${tail}.`;
  return `“${fresh(v.quotes)},” ${r.pick(['{person1}', '{person2}'])} ${r.pick(v.speechVerbs)}${tail}.`;
}

/** A fresh wire story: a title and paragraphs of one to three sentences, now and then a boilerplate line last. */
function baseStory(r: Random): { title: string; paragraphs: string[][] } {
  const slots = storySlots(r);
  const used = new Set<string>();
  const sentences = Array.from({ length: r.int(9, 16) }, () => fill(sentenceTemplate(r, used), slots));
  const paragraphs: string[][] = [];
  for (let i = 0; i < sentences.length; ) {
    const size = i === 0 ? 1 : r.int(1, 3);
    paragraphs.push(sentences.slice(i, i + size));
    i += size;
  }
  if (r.chance(0.15)) paragraphs.push([r.pick(v.boilerplate)]);
  return { title: fill(r.pick(v.titles), slots), paragraphs };
}

/** Splits a seed file into a title-less story of paragraphs and rough sentences (the pipeline re-parses it anyway). */
function seedStory(text: string): { title: string | null; paragraphs: string[][] } {
  const paragraphs = text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 60)
    .map((p) => p.split(/(?<=[.!?”])\s+(?=[A-Z“])/));
  return { title: null, paragraphs };
}

/** Lower-cases a sentence's first word when it is a function word, so merged sentences read naturally. */
function lowerFirstWord(sentence: string): string {
  return sentence.replace(/^(The|A|An|It|This|These|Those|Under|At|Similar)\b/, (w) => w.toLowerCase());
}

function paraphrase(r: Random, sentence: string): string {
  let out = sentence;
  for (const [a, b] of r.shuffle(v.synonyms).slice(0, r.int(1, 2))) {
    const [from, to] = r.chance(0.5) ? [a, b] : [b, a];
    out = out.replace(new RegExp(`\\b${from}\\b`), to);
  }
  return out;
}

/** One outlet's rewrite: drops, paraphrases, an inserted clause, new sentences, merges and reordered paragraphs. */
function rewrite(r: Random, story: { title: string | null; paragraphs: string[][] }, outlet: string): string {
  const extra = storySlots(r);
  let paragraphs = story.paragraphs.map((p, pi) =>
    p.filter((_, si) => pi + si === 0 || !r.chance(0.12)).map((s) => (r.chance(0.4) ? paraphrase(r, s) : s)),
  ).filter((p) => p.length > 0);
  if (r.chance(0.6)) {
    const pi = r.int(0, paragraphs.length - 1);
    const p = paragraphs[pi] as string[];
    const si = r.int(0, p.length - 1);
    p[si] = (p[si] as string).replace(/^([^,]+?)( said| has| have| is| are| was)\b/, `$1, ${r.pick(v.insertions)},$2`);
  }
  if (r.chance(0.3)) {
    const p = paragraphs[r.int(0, paragraphs.length - 1)] as string[];
    const si = r.int(0, p.length - 1);
    p[si] = (p[si] as string).replace(/\b\d+\b/, (n) => String(Number(n) + r.int(1, 9)));
  }
  if (r.chance(0.25)) {
    const p = paragraphs.find((x) => x.length >= 2);
    if (p) p.splice(0, 2, `${(p[0] as string).replace(/[.!?]$/, '')}, and ${lowerFirstWord(p[1] as string)}`);
  }
  for (let k = r.int(0, 2); k > 0; k--) paragraphs.splice(r.int(1, paragraphs.length), 0, [fill(sentenceTemplate(r, new Set()), extra)]);
  if (r.chance(0.3) && paragraphs.length > 3) {
    const i = r.int(1, paragraphs.length - 2);
    [paragraphs[i], paragraphs[i + 1]] = [paragraphs[i + 1] as string[], paragraphs[i] as string[]];
  }
  paragraphs = paragraphs.filter((p) => p.length > 0);
  const lines = paragraphs.map((p) => p.join(' '));
  if (r.chance(0.5)) lines[0] = `${outlet} – ${lines[0]}`;
  const title = story.title && r.chance(0.7) ? paraphrase(r, story.title) : null;
  const debris = r.chance(0.3) ? ['Share post:', `${fill('{c3} weighs {topic}', extra)}`, `${fill('{city2} (Reuters) - {person1} said...', extra)}`] : [];
  return [...(title ? [title] : []), ...lines, ...debris].join('\n\n');
}

const outlets = ['Gulf Wire', 'Levant Today', 'Press Desk', 'Capital Post', 'Daily Courier', 'Region Monitor'];

/** Pairs of seed files that are known copies of one story, so their rewrites share a group. */
export interface SeedTruth {
  variants: string[][];
}

/**
 * Builds a corpus of n articles: the real seeds first, then groups of 1-4 copies of a story (a third of the
 * stories rewrite a real seed, at most twice per seed; the rest are synthetic). Deterministic for a given seed.
 */
export function generateCorpus(n: number, seedDir: string, truth: SeedTruth, randomSeed = 20180727): SynthCorpus {
  const r = createRandom(randomSeed + n);
  const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();
  const files: SynthFile[] = seeds.slice(0, n).map((name) => ({ name, text: readFileSync(join(seedDir, name), 'utf8') }));
  const parent = new Map<string, string>(files.map((f) => [f.name, f.name]));
  const find = (x: string): string => (parent.get(x) === x ? x : find(parent.get(x) as string));
  const union = (a: string, b: string) => parent.set(find(a), find(b));
  for (const [a, b] of truth.variants) if (a && b && parent.has(a) && parent.has(b)) union(a, b);

  // Each seed is rewritten by at most two stories, so groups stay the size real wire pick-ups have.
  const seedUses = new Map<string, number>();
  let story = 0;
  while (files.length < n) {
    story += 1;
    const candidate = r.chance(1 / 3) && seeds.length > 0 ? r.pick(seeds) : null;
    const seedName = candidate && (seedUses.get(candidate) ?? 0) < 2 ? candidate : null;
    if (seedName) seedUses.set(seedName, (seedUses.get(seedName) ?? 0) + 1);
    const base = seedName ? seedStory(readFileSync(join(seedDir, seedName), 'utf8')) : baseStory(r);
    const size = Math.min(n - files.length, r.pick([1, 1, 1, 1, 2, 2, 2, 3, 3, 4]));
    const names: string[] = [];
    for (let k = 0; k < size; k++) {
      const name = `syn_${String(story).padStart(4, '0')}_${k}.txt`;
      const text = k === 0 && !seedName
        ? [base.title, ...base.paragraphs.map((p) => p.join(' '))].join('\n\n')
        : rewrite(r, base, r.pick(outlets));
      files.push({ name, text });
      parent.set(name, name);
      names.push(name);
    }
    for (const name of names.slice(1)) union(names[0] as string, name);
    if (seedName && parent.has(seedName) && names[0]) union(seedName, names[0]);
  }
  const groups = new Map<string, string[]>();
  for (const f of files) groups.set(find(f.name), [...(groups.get(find(f.name)) ?? []), f.name]);
  return { files, groups: [...groups.values()] };
}

/**
 * The corpus `generateCorpus(n)` makes plus one more article: its generator is seeded with (seed + n), so asking for
 * n + 1 articles from (seed − 1) replays the same stream one file further (a new rewrite, or a new story's first
 * article). Benchmarks and tests use it to add one article to a built corpus.
 */
export function generateCorpusPlusOne(n: number, seedDir: string, truth: SeedTruth, randomSeed = 20180727): SynthCorpus {
  const base = generateCorpus(n, seedDir, truth, randomSeed);
  const plus = generateCorpus(n + 1, seedDir, truth, randomSeed - 1);
  base.files.forEach((f, i) => {
    if (plus.files[i]?.name !== f.name || plus.files[i]?.text !== f.text) throw new Error(`synth: the ${n + 1}-article corpus does not extend the ${n}-article one at ${f.name}`);
  });
  return plus;
}
