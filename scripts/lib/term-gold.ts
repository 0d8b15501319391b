// Hand-made acronym-definition gold (tests/fixtures/terms/<case>/gold.json), found by the real term finder over the
// ingested paragraphs and scored: shared by the term gold test and `npm run bench:terms`.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'astro/zod';
import { ingestFile } from '../../src/lib/corpus/load.ts';
import type { Article } from '../../src/lib/schema/article.ts';
import { buildTermTable } from '../../src/lib/terms/table.ts';

const root = 'tests/fixtures/terms';

const definitionSchema = z.object({
  short: z.string().min(1),
  long: z.string().min(1),
  file: z.string().min(1),
  paragraph_text_starts: z.string().min(1),
  kind: z.enum(['acronym', 'alias']),
  optional: z.boolean().optional(),
});
const specSchema = z.object({
  definitions: z.array(definitionSchema),
  ambiguous: z.array(z.object({ short: z.string(), longs: z.array(z.string()).min(2) })).optional(),
});

/** One definition as gold and finder both state it: which file, which paragraph of the file (0-based), and the pair. */
export interface ScoredDefinition {
  file: string;
  paragraph: number;
  short: string;
  long: string;
  kind: 'acronym' | 'alias';
  optional?: boolean;
}

/** A term gold case: gold and found definitions, and the short forms the finder and the gold call ambiguous. */
export interface TermCase {
  name: string;
  gold: ScoredDefinition[];
  found: ScoredDefinition[];
  goldAmbiguous: string[];
  foundAmbiguous: string[];
}

/** The case folders of tests/fixtures/terms (adding a case is adding a folder). */
export function termCaseNames(): string[] {
  return readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

/** The file's paragraphs as the gold counts them: blocks separated by blank lines (or an indented line), trimmed. */
function rawParagraphs(file: string): string[] {
  return readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').split(/\n[ \t]*\n|\n(?=[ \t])/).map((p) => p.replace(/\s+/g, ' ').trim());
}

const normal = (text: string) => text.replace(/[“”"‘’]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Loads one case: ingests its files, builds the term table over them without a glossary, and lists both sides. */
export function loadTermCase(name: string): TermCase {
  const file = join(root, name, 'gold.json');
  const spec = specSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const files = [...new Set(spec.definitions.map((d) => d.file))].sort();
  const raw = new Map(files.map((f) => [f, rawParagraphs(f)]));
  const rawIndex = (f: string, starts: string) => {
    const i = (raw.get(f) ?? []).findIndex((p) => p.startsWith(starts.replace(/\s+/g, ' ')));
    if (i < 0) throw new Error(`${file}: no paragraph of ${f} starts with ${JSON.stringify(starts)}`);
    return i;
  };
  const gold = spec.definitions.map((d) => ({ file: d.file, paragraph: rawIndex(d.file, d.paragraph_text_starts), short: d.short, long: d.long, kind: d.kind, optional: d.optional }));
  const articles: (Article & { file: string })[] = files.map((f) => ({ ...ingestFile(basename(f), readFileSync(f)), file: f }));
  const table = buildTermTable(articles, []);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const found = table.found.map((f): ScoredDefinition => {
    const article = byId.get(f.article) as Article & { file: string };
    const text = (article.paragraphs[f.paragraph - 1] as string).replace(/\s+/g, ' ');
    const paragraph = (raw.get(article.file) ?? []).findIndex((p) => p.includes(text.slice(0, 60)));
    return { file: article.file, paragraph, short: f.short, long: f.long, kind: f.kind };
  });
  return {
    name,
    gold,
    found,
    goldAmbiguous: (spec.ambiguous ?? []).map((a) => a.short).sort(),
    foundAmbiguous: table.terms.filter((t) => t.ambiguous).map((t) => t.name).sort(),
  };
}

/** Every term gold case. */
export function loadTermCases(): TermCase[] {
  return termCaseNames().map(loadTermCase);
}

/** Precision and recall of found definitions against gold; optional gold items count neither way. */
export function definitionScores(c: Pick<TermCase, 'gold' | 'found'>): { precision: number; recall: number; hits: number; missed: ScoredDefinition[]; extra: ScoredDefinition[] } {
  const same = (g: ScoredDefinition, f: ScoredDefinition) => g.file === f.file && g.paragraph === f.paragraph && g.kind === f.kind && g.short === f.short && normal(g.long) === normal(f.long);
  const used = new Set<number>();
  let hits = 0;
  let optionalHits = 0;
  const missed: ScoredDefinition[] = [];
  for (const g of c.gold) {
    const i = c.found.findIndex((f, k) => !used.has(k) && same(g, f));
    if (i >= 0) {
      used.add(i);
      if (g.optional) optionalHits += 1;
      else hits += 1;
    } else if (!g.optional) missed.push(g);
  }
  const extra = c.found.filter((_f, k) => !used.has(k));
  const scored = c.found.length - optionalHits;
  const required = c.gold.filter((g) => !g.optional).length;
  return { precision: scored === 0 ? 1 : hits / scored, recall: required === 0 ? 1 : hits / required, hits, missed, extra };
}
