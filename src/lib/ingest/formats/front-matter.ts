// YAML front matter of a Markdown article: what the author states about the article, validated field by field.
// A bad value stops the build with the line it is on; an unknown key is reported and ignored.
import { z } from 'astro/zod';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import type { Place } from '../errors.ts';
import type { StatedMeta } from '../tree.ts';
import { writtenDate } from '../dates.ts';
import { countWords } from '../../text/words.ts';

/** Most words of a date written out in front matter ("Tuesday, 14 October 2025, 10:00"). */
const MAX_WRITTEN_DATE_WORDS = 8;

/**
 * A timestamp as Jekyll and other generators write it, a space before the time and the offset without a colon:
 * "2025-04-09 18:30:00 +1200". Its day is the day the author wrote.
 */
const SPACED_TIMESTAMP = /^\s*(\d{4}-\d{2}-\d{2})\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|UTC|[+-]\d{2}:?\d{2})?\s*$/i;

/** A date written out as exporters write it ("14 October 2025", "Oct. 14, 2025", "2025-04-09 18:30:00 +1200") in ISO form; anything else as it is. */
function isoDay(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const spaced = SPACED_TIMESTAMP.exec(value);
  if (spaced) return spaced[1];
  if (/^\s*\d{4}-\d{2}-\d{2}/.test(value) || countWords(value) > MAX_WRITTEN_DATE_WORDS) return value;
  return writtenDate(value) ?? value;
}

const day = z
  .preprocess(isoDay, z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], { error: 'must be a date (YYYY-MM-DD, or written out as 14 October 2025)' }))
  .transform((s) => s.slice(0, 10));
const text = (what: string) => z.string({ error: `must be ${what}` }).trim().min(1, { error: `must not be empty` });

/** The fields a Markdown file may state about itself; each is shown with provenance `text`. */
export const frontMatterSchema = z.object({
  title: text('a line of text').optional(),
  outlet: text('a name').optional(),
  published: day.optional(),
  author: z.union([text('a name'), z.array(text('a name')).min(1).transform((a) => a.join(', '))], { error: 'must be a name or a list of names' }).optional(),
  source_url: z.url({ error: 'must be a full http(s) address' }).optional(),
  language: z.string({ error: 'must be a language code such as en' }).trim().min(2, { error: 'must be a language code such as en' }).optional(),
});

/** The keys the schema knows, so others can be reported as ignored. */
export const FRONT_MATTER_KEYS: readonly string[] = Object.keys(frontMatterSchema.shape);

/**
 * Other names static-site generators and exporters give the same fields (Hugo and Jekyll `date`, Astro `pubDate`,
 * `authors`, `canonical_url`, `lang`), read as the field when the file does not use the field's own name.
 */
export const FRONT_MATTER_ALIASES: Readonly<Record<string, keyof z.infer<typeof frontMatterSchema>>> = {
  date: 'published', pubDate: 'published', publishDate: 'published', published_at: 'published', datePublished: 'published',
  authors: 'author', byline: 'author',
  canonical_url: 'source_url', canonical: 'source_url', url: 'source_url',
  lang: 'language',
  // Web clippers (Obsidian's among them) write the clipped page's address as `source`.
  source: 'source_url',
  publication: 'outlet', publisher: 'outlet', site_name: 'outlet',
};

/** True for a field written with no value (`published:`), an empty string or an empty list: a clipper's blank slot. */
function blank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.every(blank);
}

/**
 * A name written as a wiki link, as note apps link people (`[[Priya Ramaswamy]]`, `[[people/Priya Ramaswamy|Priya
 * Ramaswamy]]`): the text it shows. Any other value is returned as it is.
 */
export function unwrapWikiLink(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const link = /^\s*\[\[([^\[\]|]+)(?:\|([^\[\]]+))?\]\]\s*$/.exec(value);
  if (!link) return value;
  return (link[2] ?? (link[1] as string).split('/').pop() ?? '').trim();
}

/** Result of reading front matter: the stated fields and ignored keys, or the reason and place it is invalid. */
export type FrontMatterResult =
  | { ok: true; meta: StatedMeta; ignored: { key: string; place: Place; why?: string }[] }
  | { ok: false; reason: string; place: Place };

/**
 * Parses and validates front matter. `firstLine` is the line of the YAML text's first line in the file, so every
 * place reported is a line of the file itself.
 */
export function readFrontMatter(yamlText: string, firstLine: number): FrontMatterResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const at = (offset: number): Place => {
    const pos = lineCounter.linePos(offset);
    return { line: firstLine + pos.line - 1, column: pos.col };
  };
  const error = doc.errors[0];
  if (error) return { ok: false, reason: `the front matter is not valid YAML (${error.message.split('\n')[0]})`, place: at(error.pos[0]) };
  const raw: unknown = doc.toJS() ?? {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'the front matter must be a list of `key: value` fields', place: at(0) };
  }
  // A field given under another name is read under its own; the name the file used is kept for messages.
  const fields: Record<string, unknown> = { ...raw };
  const written = new Map<string, string>();
  const unread: { key: string; why: string }[] = [];
  // A field left blank states nothing: it is reported and left out, never a reason to refuse the file.
  for (const key of Object.keys(fields)) {
    if (!(FRONT_MATTER_KEYS.includes(key) || key in FRONT_MATTER_ALIASES) || !blank(fields[key])) continue;
    unread.push({ key, why: 'it has no value' });
    delete fields[key];
  }
  for (const key of ['author', 'authors', 'byline']) {
    const value = fields[key];
    if (value !== undefined) fields[key] = Array.isArray(value) ? value.map(unwrapWikiLink) : unwrapWikiLink(value);
  }
  for (const [alias, field] of Object.entries(FRONT_MATTER_ALIASES)) {
    if (!(alias in fields) || field in fields) continue;
    // Another tool's field may mean something else by its name (Hugo's `url` is a path on the site): a value the
    // field cannot take is reported and left out, not fatal as it is under the field's own name.
    const check = frontMatterSchema.shape[field].safeParse(fields[alias]);
    if (!check.success) {
      unread.push({ key: alias, why: `read as \`${field}\` it ${check.error.issues[0]?.message ?? 'is invalid'}` });
      delete fields[alias];
      continue;
    }
    fields[field] = fields[alias];
    delete fields[alias];
    written.set(field, alias);
  }
  // A bad value is reported where the value is; an unknown key where the key is.
  const keyPlace = (field: string, value = false): Place => {
    const key = written.get(field) ?? field;
    const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
    const valueStart = pair?.value && typeof pair.value === 'object' && 'range' in pair.value ? (pair.value.range as number[] | undefined)?.[0] : undefined;
    const keyStart = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
    return at((value ? valueStart ?? keyStart : keyStart) ?? 0);
  };
  const result = frontMatterSchema.safeParse(fields);
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = String(issue?.path[0] ?? '');
    return { ok: false, reason: `front matter field \`${written.get(key) ?? key}\`: ${issue?.message ?? 'invalid'}`, place: keyPlace(key, true) };
  }
  const ignored = [
    ...Object.keys(fields).filter((k) => !FRONT_MATTER_KEYS.includes(k)).map((key) => ({ key, place: keyPlace(key) })),
    ...unread.map(({ key, why }) => ({ key, why, place: keyPlace(key) })),
  ];
  const meta = Object.fromEntries(Object.entries(result.data).filter(([, v]) => v !== undefined)) as StatedMeta;
  return { ok: true, meta, ignored };
}
