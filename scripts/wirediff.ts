// The wirediff command line (package.json "bin", via bin/wirediff.js):
//   wirediff diff A B [--json]   align two files (.txt, .md, .html) and print the rows, word changes marked
//   wirediff check FILE [--json] rank the built corpus's articles that share text with a file, as /check/ does
// Options: --dist DIR (the built site, default ./dist; its articles weigh the words as the build does).
// Exit status: 0 no differences (diff) or no article sharing text (check); 1 differences or matches found;
// 2 bad input or usage, with one line naming the file; 3 (check) a text too short to trace, so not checked.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { alignPair, canAlign } from '../src/lib/compare/index.ts';
import { traceText } from '../src/lib/search/trace.ts';
import { ingestFile, ingestGivenFile } from '../src/lib/corpus/ingest-file.ts';
import { fileFormat } from '../src/lib/corpus/ingest-with.ts';
import { IngestError } from '../src/lib/ingest/errors.ts';
import type { Article } from '../src/lib/schema/article.ts';
import { toAlignmentJson } from '../src/lib/api/pairs.ts';
import { pairView } from '../src/lib/present/pair-view.ts';
import { checkView } from '../src/lib/present/check-view.ts';
import { checkLines, marksFor, pairLines, readLines } from '../src/lib/present/terminal.ts';
import { readSummary } from '../src/lib/present/read-view.ts';
import { articleUrl, CHECK_MANIFEST_URL } from '../src/lib/routes.ts';
import { distArticles, distEntities, distSearchSource, distSource, hasCheckIndex } from './lib/dist-source.ts';
import { buildTermTable } from '../src/lib/terms/table.ts';
import { warningCollector } from './lib/report.ts';

const USAGE = `usage: wirediff diff A B [--json] [--dist DIR]
       wirediff check FILE [--json] [--dist DIR]

  diff    align two article files (.txt, .md, .html) sentence by sentence and print every row,
          removed words as [-…-] and added words as {+…+} (coloured on a terminal unless NO_COLOR is set);
          --json prints the alignment in the shape of /api/pairs/<left>--<right>.json
  check   list the articles of the built corpus that share text with FILE, best first, as /check/ does
  --dist  the built site (default: dist); run "npm run build" first

exit status: 0 no differences / no article shares text, 1 differences / matching articles found, 2 bad input,
             3 (check) a text too short to trace, so not checked`;

/** The input files' warnings, printed on stderr after the result. */
const warnings = warningCollector();

/** Bad input or usage: one line on stderr, exit status 2. */
class Refusal extends Error {}

/** Reads an article file; `given` reads it as a text given to check (head-only lines are its body, as on /check/). */
function readArticle(path: string, given = false): Article {
  let bytes: Uint8Array;
  try {
    if (statSync(path).isDirectory()) throw new Refusal(`${path}: is a folder, not an article file`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof Refusal) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new Refusal(`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`);
  }
  try {
    // What the parse noted (a front-matter field left out, say) goes to stderr as the build reports it.
    return given ? ingestGivenFile(basename(path), bytes, path, warnings.onFile) : ingestFile(basename(path), bytes, undefined, path, warnings.onFile);
  } catch (error) {
    if (error instanceof IngestError) throw new Refusal(`${error.file}: ${error.reason}`);
    throw error;
  }
}

function print(lines: readonly string[]): void {
  process.stdout.write(`${lines.join('\n')}\n`);
}

function diff(files: string[], json: boolean, dist: string): number {
  if (files.length !== 2) throw new Refusal(`diff takes two files, not ${files.length}\n${USAGE}`);
  const [a, b] = files as [string, string];
  const left = readArticle(a);
  const right = readArticle(b);
  if (!canAlign(left, right)) throw new Refusal(`${a}, ${b}: too long to align together (split them into shorter pieces)`);
  // With a built corpus, words weigh what they weigh in the build and names follow its entity rules: two corpus files
  // give the pair page's alignment. Without one, the acronyms the two texts define are the only corpus terms.
  const built = hasCheckIndex(dist);
  const context = built ? distArticles(dist) : [];
  const entities = built ? distEntities(dist) : buildTermTable([left, right], []).entities;
  const { similarity, variant: _variant, ...alignment } = alignPair(left, right, context, undefined, entities);
  if (json) print([JSON.stringify(toAlignmentJson(alignment), null, 2)]);
  else print(pairLines(pairView(alignment, left, right, similarity), marksFor(process.stdout.isTTY === true, process.env.NO_COLOR), [a, b]));
  return alignment.rows.every((r) => r.kind === 'same') ? 0 : 1;
}

async function check(files: string[], json: boolean, dist: string): Promise<number> {
  if (files.length !== 1) throw new Refusal(`check takes one file, not ${files.length}\n${USAGE}`);
  if (!hasCheckIndex(dist)) throw new Refusal(`${dist}${CHECK_MANIFEST_URL}: no built corpus to check against (run "npm run build", or give --dist)`);
  const checked = readArticle(files[0] as string, true);
  const source = distSource(dist);
  const result = await traceText(checked, source, distSearchSource(dist));
  const view = checkView(result, '', (await source.manifest()).articles);
  if (json) {
    const matches = result.matches.map((m, i) => {
      const shown = view.matches[i];
      return {
        id: m.article.id,
        title: m.article.title,
        url: articleUrl(m.article.id),
        similarity: m.similarity,
        variant: m.variant,
        checked_found: m.checkedFound,
        article_found: m.articleFound,
        verdict: shown?.verdict,
        shared: shown?.shared ?? [],
        shared_count: (shown?.shared.length ?? 0) + (shown?.sharedMore ?? 0),
        wire: m.article.wire ?? null,
        facts_differ: shown?.factsText ?? null,
        facts_values: shown?.factsValues ?? null,
      };
    });
    // Leads for a text told in other words: articles naming most of its names and figures, sharing no text.
    const related = result.related.map((r) => ({ id: r.article.id, title: r.article.title, url: articleUrl(r.article.id), facts: r.facts, facts_of: r.of, facts_share: r.share }));
    print([JSON.stringify({ matches, too_short: result.by === 'too-short', read: readSummary(checked), related }, null, 2)]);
  } else print([...checkLines(view, marksFor(process.stdout.isTTY === true, process.env.NO_COLOR)), '', ...readLines(readSummary(checked), files[0] as string, fileFormat(files[0] as string) === 'html')]);
  // A text too short to trace was not checked: a script must not read that as "no article shares text".
  if (result.by === 'too-short') return 3;
  return result.matches.length > 0 ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' }, dist: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    throw new Refusal(`${(error as Error).message}\n${USAGE}`);
  }
  const [command, ...files] = parsed.positionals;
  const json = parsed.values.json === true;
  const dist = parsed.values.dist ?? 'dist';
  if (parsed.values.help || command === 'help') {
    print([USAGE]);
    return 0;
  }
  if (command === 'diff') return diff(files, json, dist);
  if (command === 'check') return check(files, json, dist);
  throw new Refusal(`${command ? `unknown command "${command}"` : 'no command given'}\n${USAGE}`);
}

try {
  process.exitCode = await main(process.argv.slice(2));
  warnings.print();
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  process.stderr.write(`wirediff: ${error.message}\n`);
  process.exitCode = 2;
}
