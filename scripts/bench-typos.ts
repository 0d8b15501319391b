// What the sharded search loses in typo tolerance against the first release's whole-index fuzzy search (issue #14):
// words of the corpus misspelt at the start, second letter, middle and end, searched both ways over the same build.
// Prints the queries that found articles before and find none now. Usage: npm run build && npm run bench:typos
// [-- --dist other/dist] [-- --words 60]
import { globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SearchDocument } from '../src/lib/search/data.ts';
import { recordTexts } from '../src/lib/search/data.ts';
import { plan } from '../src/lib/search/engine.ts';
import { words } from '../src/lib/text/words.ts';
import { distSearchSource } from './lib/dist-source.ts';
import { wholeIndexSearch } from './bench/whole-index-search.ts';

/** One misspelling: where in the word and how. */
export interface Typo {
  word: string;
  query: string;
  slip: string;
}

const shift = (c: string) => (c === 'z' ? 'a' : c === 'Z' ? 'A' : /[a-y]/i.test(c) ? String.fromCharCode(c.charCodeAt(0) + 1) : c);

/** Misspellings of a word, one slip each: first letter changed, second dropped, two middle letters swapped, one added at the end. */
export function typosOf(word: string): Typo[] {
  const mid = Math.floor(word.length / 2);
  const slips: [string, string][] = [
    ['first letter changed', `${shift(word[0] as string)}${word.slice(1)}`],
    ['second letter dropped', `${word[0]}${word.slice(2)}`],
    ['middle letters swapped', `${word.slice(0, mid - 1)}${word[mid]}${word[mid - 1]}${word.slice(mid + 1)}`],
    ['letter added at the end', `${word}${word.at(-1)}`],
  ];
  return slips.filter(([, q]) => q !== word).map(([slip, query]) => ({ word, query, slip }));
}

/** The words to misspell: the most widespread words of at least five letters, names first, in a fixed order. */
export function wordsToMisspell(docs: readonly SearchDocument[], count: number): string[] {
  const spread = new Map<string, number>();
  for (const doc of docs) for (const w of new Set(recordTexts(doc).flatMap(words))) if (w.length >= 5 && /^\p{L}+$/u.test(w)) spread.set(w, (spread.get(w) ?? 0) + 1);
  const ranked = [...spread].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const names = ranked.filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
  const others = ranked.filter((w) => /^\p{Ll}/u.test(w) && !names.some((n) => n.toLowerCase() === w));
  return [...names.slice(0, Math.ceil(count / 2)), ...others.slice(0, Math.floor(count / 2))];
}

/** Figures of one comparison: how many misspellings each engine answers, and those only the first release answered. */
export interface TypoFigures {
  queries: number;
  wholeIndexFound: number;
  shardedFound: number;
  /** Found articles before, none now. */
  lost: Typo[];
  /** None before, articles now. */
  gained: Typo[];
}

/** Compares the two engines on misspellings of the corpus's own words, over one build. */
export async function measureTypos(dist: string, count = 60): Promise<TypoFigures> {
  // Every document in index order: the packs in their order, each holding consecutive articles.
  const docs = globSync('search/docs/*.json', { cwd: dist })
    .map((f) => ({ n: Number(/(\d+)\.json$/.exec(f)?.[1]), pack: JSON.parse(readFileSync(join(dist, f), 'utf8')) as SearchDocument[] }))
    .sort((a, b) => a.n - b.n)
    .flatMap((d) => d.pack);
  const reference = wholeIndexSearch(docs.flatMap((doc, article) => recordTexts(doc).map((text) => ({ article, text }))));
  const source = distSearchSource(dist);
  const figures: TypoFigures = { queries: 0, wholeIndexFound: 0, shardedFound: 0, lost: [], gained: [] };
  for (const typo of wordsToMisspell(docs, count).flatMap(typosOf)) {
    const before = reference(typo.query).size > 0;
    // Typed whole and followed by a space: the word is complete, as when a reader pastes or presses Enter.
    const now = (await plan(source, `${typo.query} `)).ranked.length > 0;
    figures.queries += 1;
    if (before) figures.wholeIndexFound += 1;
    if (now) figures.shardedFound += 1;
    if (before && !now) figures.lost.push(typo);
    if (!before && now) figures.gained.push(typo);
  }
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = process.argv.find((_, i) => process.argv[i - 1] === '--dist') ?? 'dist';
  const count = Number(process.argv.find((_, i) => process.argv[i - 1] === '--words') ?? 60);
  const f = await measureTypos(dist, count);
  console.log(`${f.queries} misspellings of ${count} corpus words: the whole-index search found articles for ${f.wholeIndexFound}, the sharded search for ${f.shardedFound}`);
  console.log(`lost (found before, nothing now): ${f.lost.length}`);
  const bySlip = new Map<string, Typo[]>();
  for (const t of f.lost) bySlip.set(t.slip, [...(bySlip.get(t.slip) ?? []), t]);
  for (const [slip, list] of bySlip) console.log(`  ${slip} (${list.length}): ${list.map((t) => `${t.query} (${t.word})`).join(', ')}`);
  console.log(`gained (nothing before, found now): ${f.gained.length}${f.gained.length ? `: ${f.gained.map((t) => `${t.query} (${t.word})`).join(', ')}` : ''}`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/typos.json', `${JSON.stringify({ date: new Date().toISOString(), dist, words: count, ...f }, null, 2)}\n`);
}
