// Builds one validated corpus entry from a parsed text and its curated metadata, with each field's provenance.
import type { ParsedText } from '../ingest/parse.ts';
import { articleSchema, type Article, type Curated, type Provenance } from '../schema/article.ts';
import { idFromFileName } from '../ingest/id.ts';
import { countWords } from '../text/words.ts';

/** Picks a field's value and provenance: a curated value wins (a person checked it), then the text, then nothing. */
function pick(curated: string | undefined, fromText: string | null): [string | null, Provenance] {
  if (curated !== undefined) return [curated, 'curated'];
  if (fromText !== null) return [fromText, 'text'];
  return [null, null];
}

/** Longest derived title; a first sentence longer than this is cut at a word boundary. */
const DERIVED_TITLE_MAX = 90;

/**
 * Closes the quotations a title leaves open: a first sentence that is the start of a longer quotation (“The sanctions
 * are illegal. We will respond,” he said) or a long one cut short would otherwise title the article with an opening
 * mark and no closing one. Curly, low (German „…“), guillemet and straight double quotes; single marks are left
 * alone, since ’ is also the apostrophe.
 */
export function closeQuotations(title: string): string {
  const count = (mark: string) => title.split(mark).length - 1;
  const lowOpened = count('„');
  // In „…“ the closing mark is the one English opens with: as many “ as there are „ close those.
  const lowClosed = Math.min(lowOpened, count('“'));
  const closers = [
    count('"') % 2 === 1 ? '"' : '',
    '»'.repeat(Math.max(0, count('«') - count('»'))),
    '“'.repeat(lowOpened - lowClosed),
    '”'.repeat(Math.max(0, count('“') - lowClosed - count('”'))),
  ].join('');
  if (!closers) return title;
  // The closing mark follows the words, not a comma or colon the sentence or the cut left at the end.
  return `${title.replace(/[\s,;:]+(…?)$/, '$1')}${closers}`;
}

/** Makes a title from the first sentence, for files that have none of their own. */
export function deriveTitle(firstSentence: string): string {
  const clean = firstSentence.replace(/[.!?]+$/, '').trim();
  if (clean.length <= DERIVED_TITLE_MAX) return closeQuotations(clean);
  const cut = clean.slice(0, DERIVED_TITLE_MAX);
  return closeQuotations(`${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : DERIVED_TITLE_MAX).trim()}…`);
}

/** Merges what the text says with the curated metadata into one validated entry. */
export function buildEntry(sourceFile: string, parsed: ParsedText, curated: Curated = {}): Article {
  const id = idFromFileName(sourceFile);
  const [outlet, outlet_from] = pick(curated.outlet, parsed.outlet);
  const [published, published_from] = pick(curated.published, parsed.published);
  const [author, author_from] = pick(curated.author, parsed.author);
  const [license, license_from] = pick(undefined, parsed.license);
  const [language, language_from] = pick(curated.language, parsed.language);
  const [source_url, source_url_from] = pick(curated.source_url, parsed.source_url);
  const [kind, kind_from] = pick(curated.kind, null);
  const firstSentence = parsed.sentences[0]?.[0] ?? parsed.paragraphs[0] ?? '';
  // Text with no letters (a paragraph of punctuation) derives no title, so the file name stands in.
  const title = parsed.title ?? (deriveTitle(firstSentence) || `Untitled (${sourceFile})`);
  return articleSchema.parse({
    id,
    source_file: sourceFile,
    title,
    title_from: parsed.title ? 'text' : 'derived',
    outlet,
    outlet_from,
    published,
    published_from,
    author,
    author_from,
    license,
    license_from,
    language,
    language_from,
    kind,
    kind_from,
    wire: curated.wire ?? null,
    source_url,
    source_url_from,
    note: curated.note ?? null,
    dateline: parsed.dateline,
    paragraphs: parsed.paragraphs,
    sentences: parsed.sentences,
    headings: parsed.headings,
    quotes: parsed.quotes,
    boilerplate: parsed.boilerplate,
    word_count: parsed.paragraphs.reduce((n, p) => n + countWords(p), 0),
  });
}
