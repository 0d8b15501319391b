// What the sharded search loses in typo tolerance against the first release's whole-index fuzzy search (issue #14):
// words of the corpus misspelt at the start, second letter, middle and end, searched both ways over the same build.
// Prints the queries that found articles before and find none now, and those answered through other words than the
// one meant. Usage: npm run build && npm run bench:typos
// [-- --dist other/dist] [-- --words 60]
import { globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SearchDocument } from '../src/lib/search/data.ts';
import { recordTexts } from '../src/lib/search/data.ts';
import { plan, type IndexSource } from '../src/lib/search/engine.ts';
import { shardOf } from '../src/lib/search/shards.ts';
import { textKeys } from '../src/lib/text/keys.ts';
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
  /** Answered through approximate words, the word meant among them. */
  meant: number;
  /** Answered through approximate words, none of them the word meant: each with the words it was taken for. */
  elsewhere: (Typo & { found: string[] })[];
}

/** The words keys stand for as the corpus writes them (their forms, or the key itself), read from their shards. */
async function writtenAs(source: IndexSource, keys: readonly string[]): Promise<Set<string>> {
  const { boundaries } = await source.manifest();
  const written = new Set<string>();
  for (const key of keys) {
    const shard = await source.shard(shardOf(boundaries, key));
    const forms = shard.forms[shard.keys.indexOf(key)] ?? '';
    for (const form of forms ? forms.split(' ') : [key]) written.add(form);
  }
  return written;
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
  const figures: TypoFigures = { queries: 0, wholeIndexFound: 0, shardedFound: 0, lost: [], gained: [], meant: 0, elsewhere: [] };
  const keysOfWord = new Map<string, string[]>();
  for (const typo of wordsToMisspell(docs, count).flatMap(typosOf)) {
    const before = reference(typo.query).size > 0;
    // Typed whole and followed by a space: the word is complete, as when a reader pastes or presses Enter.
    const found = await plan(source, `${typo.query} `);
    const now = found.ranked.length > 0;
    // The keys the word meant is found under, as the index keys it (a name's key is not its lower-cased letters),
    // its key as a plain word (a term's name is found as the term) and its letters (a name the word rules know).
    if (!keysOfWord.has(typo.word)) {
      const asIndexed = [...((await plan(source, `${typo.word} `)).matchers[0]?.keys?.keys() ?? [])];
      const plain = [typo.word, typo.word.toLowerCase()].flatMap((w) => textKeys(w).map((k) => k.key));
      keysOfWord.set(typo.word, [...asIndexed, ...plain, typo.word.toLowerCase()]);
    }
    const approximate = found.parts[0]?.approximate ?? [];
    if (now && approximate.length > 0) {
      if (approximate.some((k) => keysOfWord.get(typo.word)?.includes(k)) || (await writtenAs(source, approximate)).has(typo.word.toLowerCase())) figures.meant += 1;
      else figures.elsewhere.push({ ...typo, found: approximate });
    }
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
  console.log(`answered through approximate words: ${f.meant + f.elsewhere.length}, the word meant among them ${f.meant}; taken for other words only: ${f.elsewhere.length}${f.elsewhere.length ? `: ${f.elsewhere.map((t) => `${t.query} (${t.word}) → ${t.found.join('/')}`).join(', ')}` : ''}`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/typos.json', `${JSON.stringify({ date: new Date().toISOString(), dist, words: count, ...f }, null, 2)}\n`);
}
