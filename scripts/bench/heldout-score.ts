// The held-out page-debris cases (tests/fixtures/heldout/<case>/: input.<ext> and expected.json, written blind):
// each expectation is one check, scored against the entry the real ingest builds. Used by `npm run bench:pages`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { ingestFile } from '../../src/lib/corpus/ingest-file.ts';
import type { Article } from '../../src/lib/schema/article.ts';
import { IngestError } from '../../src/lib/ingest/errors.ts';

const expectedSchema = z.object({
  title: z.string().nullable(),
  dateline: z.string().nullable(),
  first_body_paragraph_starts: z.string(),
  last_body_paragraph_ends: z.string(),
  body_paragraphs: z.number().int(),
  must_not_be_in_body: z.array(z.string()),
  // Several authors may be listed; the entry joins them with commas ("Jane Doe, John Roe").
  author: z.union([z.string(), z.array(z.string()).transform((names) => names.join(', '))]).optional(),
  published: z.string().optional(),
  crossheads: z.array(z.string()).optional(),
});

/** A dateline without the dash or colon that closes it: the entry keeps "DUBAI (Reuters)", a case may write "DUBAI (Reuters) –". */
const withoutDash = (dateline: string) => dateline.replace(/\s*[–—:-]+\s*$/u, '');

/** What a held-out case expects of the entry. */
export type HeldoutExpected = z.infer<typeof expectedSchema>;

/** One scored expectation: what was checked and whether the entry meets it. */
export interface HeldoutCheck {
  check: string;
  ok: boolean;
}

/**
 * Every check of one case against an entry: title, dateline, body bounds and size, each debris string, metadata. A
 * case with no headline (title null) expects the entry's title to be the one made from its first words (`derived`).
 */
export function heldoutChecks(entry: Pick<Article, 'title' | 'title_from' | 'dateline' | 'paragraphs' | 'headings' | 'author' | 'published'>, expected: HeldoutExpected): HeldoutCheck[] {
  const body = entry.paragraphs.filter((_, i) => !entry.headings.includes(i));
  const crossheads = entry.headings.map((i) => entry.paragraphs[i] as string);
  const first = (body[0] ?? '').replace(expected.dateline ?? '\u0000', '').trimStart();
  const checks: HeldoutCheck[] = [
    { check: 'title', ok: expected.title === null ? entry.title_from === 'derived' : entry.title === expected.title && entry.title_from !== 'derived' },
    { check: 'dateline', ok: expected.dateline === null ? !entry.dateline : withoutDash(entry.dateline ?? '') === withoutDash(expected.dateline) || (body[0] ?? '').startsWith(expected.dateline) },
    { check: 'first body paragraph', ok: first.startsWith(expected.first_body_paragraph_starts) },
    { check: 'last body paragraph', ok: (body.at(-1) ?? '').endsWith(expected.last_body_paragraph_ends) },
    { check: 'body paragraphs', ok: body.length === expected.body_paragraphs },
    ...expected.must_not_be_in_body.map((text) => ({ check: `not in body: ${text}`, ok: !body.some((p) => p.includes(text)) })),
  ];
  if (expected.author !== undefined) checks.push({ check: 'author', ok: entry.author === expected.author });
  if (expected.published !== undefined) checks.push({ check: 'published', ok: entry.published === expected.published });
  if (expected.crossheads !== undefined) checks.push({ check: 'crossheads', ok: JSON.stringify(crossheads) === JSON.stringify(expected.crossheads) });
  return checks;
}

/** Scores every case folder under `root` with the real ingest; a file the ingest refuses fails every check. */
export function scoreHeldout(root = 'tests/fixtures/heldout'): { name: string; checks: HeldoutCheck[] }[] {
  return readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort().map((name) => {
    const input = readdirSync(join(root, name)).find((f) => f.startsWith('input.')) as string;
    const expected = expectedSchema.parse(JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')));
    let entry: Article;
    try {
      entry = ingestFile(`${name}.${input.split('.').pop()}`, readFileSync(join(root, name, input)));
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      return { name, checks: heldoutChecks(REFUSED, expected).map((c) => ({ check: c.check === 'title' ? `refused: ${error.reason}` : c.check, ok: false })) };
    }
    return { name, checks: heldoutChecks(entry, expected) };
  });
}

/** What a refused file is scored as: no title, no body, nothing stated. */
const REFUSED = { title: '', title_from: 'text', dateline: null, paragraphs: [], headings: [], author: null, published: null } as const satisfies Parameters<typeof heldoutChecks>[0];
