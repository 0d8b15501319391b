// The engine of /check/ and /compare/, loaded on demand (a dynamic import) so neither page carries it on first
// load: the build's own ingest, comparison and view-model code, reading the static check index and article entries
// over HTTP, and rendering results and the pair reader with DOM APIs. Nothing the reader pastes leaves the page.
import type { Article } from '../lib/schema/article.ts';
import type { Alignment } from '../lib/compare/types.ts';
import type { CheckManifest, CheckShard } from '../lib/compare/check-index.ts';
import { manifestEntities, termBackground, type CheckArticle, type CheckSource } from '../lib/compare/check.ts';
import { alignPair, canAlign, type AlignableArticle } from '../lib/compare/index.ts';
import { orientPair, pairOrder } from '../lib/compare/orient.ts';
import { fileFormat, ingestGivenWith } from '../lib/corpus/ingest-with.ts';
import { matchIdPrefix } from '../lib/corpus/id-prefix.ts';
import { ARTICLE_ID } from '../lib/schema/id.ts';
import { loadFormatParser } from '../lib/ingest/formats/load.ts';
import { IngestError } from '../lib/ingest/errors.ts';
import type { ArticleVersionJson } from '../lib/api/articles.ts';
import { checkView } from '../lib/present/check-view.ts';
import { ALIGNED_TEXT, anyPairView, chooseArticleText, choiceText, missingSideText, sameArticleText, swappedText, textSide, UNRELATED_KICKER, VERSIONS_KICKER, type PairSource } from '../lib/present/compare-view.ts';
import type { PairArticle } from '../lib/present/pair-view.ts';
import type { ArticleCaption } from '../lib/present/format.ts';
import { readSummary, readText } from '../lib/present/read-view.ts';
import { articleJsonUrl, CHECK_MANIFEST_URL, checkIdsUrl, checkShardUrl, SEARCH_INDEX_URL } from '../lib/routes.ts';
import type { IndexSource } from '../lib/search/source.ts';
import { traceText } from '../lib/search/trace.ts';
import { articleNamedBy } from '../lib/search/find-article.ts';
import { fetchSource } from './search-source.ts';
import { el } from './dom.ts';
import { renderPairReader } from './pair-reader-dom.ts';

/** File name given to pasted text: it is read as plain text, the format of anything typed into a text box. */
const PASTED_NAME = 'your-text.txt';

/** A text the reader gave: typed or pasted, or a local file (read by its extension's format). */
export type TextInput = { kind: 'text'; text: string } | { kind: 'file'; file: File };

/** An article the reader may have meant, offered with a message: its id, and its title, outlet and date. */
export interface ArticleChoice {
  id: string;
  text: string;
}

/**
 * A failure worth telling the reader in words (bad input, an article that is not in the corpus); for an article
 * named by words that fit several, the articles to choose from and the words given.
 */
export class ReaderMessage extends Error {
  readonly choices: { given: string; articles: ArticleChoice[] } | null;
  constructor(message: string, choices: { given: string; articles: ArticleChoice[] } | null = null) {
    super(message);
    this.choices = choices;
  }
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new ReaderMessage(`${url} could not be loaded (HTTP ${response.status}).`);
  return (await response.json()) as T;
}

let manifest: Promise<CheckManifest> | undefined;
let search: IndexSource | undefined;
/** The search index, for a short text the check index cannot place (src/lib/search/trace.ts); fetched only then. */
const searchSource = (): IndexSource => (search ??= fetchSource(SEARCH_INDEX_URL));
/** An article's public entry as fetched: what a check needs, and its other versions (whose alignments the build wrote). */
type ArticleEntry = CheckArticle & { versions: ArticleVersionJson[] };
const articles = new Map<string, Promise<ArticleEntry>>();

/** A check source whose articles are the public entries, versions and all. */
interface EntrySource extends CheckSource {
  article(id: string): Promise<ArticleEntry>;
}

/**
 * Takes the manifest fetched beside the engine's own download (engine-form.ts); when that fetch failed (null), the
 * manifest is fetched again on first use, so its error is told as any other.
 */
export function useManifest(early: Promise<CheckManifest | null>): void {
  manifest ??= early.then((m) => m ?? getJson<CheckManifest>(CHECK_MANIFEST_URL));
}

/** The check index and article entries of this site, over HTTP; each file is fetched at most once per page. */
export const httpSource: EntrySource = {
  manifest: () => (manifest ??= getJson<CheckManifest>(CHECK_MANIFEST_URL)),
  shard: (index) => getJson<CheckShard>(checkShardUrl(index)),
  ids: (chunk) => getJson<string[]>(checkIdsUrl(chunk)),
  article: (id) => {
    let entry = articles.get(id);
    if (!entry) {
      // Words with a space or a capital are no id: they are read as words at once, without asking for a file that
      // cannot exist (a 404 in the reader's console).
      const fetched = ARTICLE_ID.test(id) ? getJson<ArticleEntry>(articleJsonUrl(id)) : Promise.reject(new ReaderMessage(`“${id}” is no id.`));
      entry = fetched.catch(async (error: unknown) => {
        articles.delete(id);
        if (!(error instanceof ReaderMessage)) throw error;
        // Not an id as given: perhaps the start of one ("001", the number its file name starts with).
        const match = matchIdPrefix(await corpusIds(), id);
        if (match.kind === 'one' && match.id !== id) return httpSource.article(match.id);
        if (match.kind === 'several') {
          const more = match.count > match.ids.length ? ', …' : '';
          throw new ReaderMessage(`“${id}” starts the ids of ${match.count} articles (${match.ids.join(', ')}${more}): give more of the id.`);
        }
        // Not an id at all, perhaps: words of the title ("arab nato"), as a reader remembers an article.
        const named = await articleNamedBy(searchSource(), id);
        if (named.resolved) return httpSource.article(named.resolved.id);
        if (named.choices.length > 0) {
          const articles = named.choices.map((d) => ({ id: d.id, text: choiceText(d) }));
          throw new ReaderMessage(chooseArticleText(id, articles.length), { given: id, articles });
        }
        throw new ReaderMessage(`There is no article “${id}” in the corpus.`);
      });
      articles.set(id, entry);
    }
    return entry;
  },
};

let ids: Promise<string[]> | undefined;
/** Every article id of the corpus, from the check index's id chunks: fetched only when an id is not found as given. */
function corpusIds(): Promise<string[]> {
  ids ??= httpSource
    .manifest()
    .then((m) => Promise.all(Array.from({ length: Math.ceil(m.articles / m.ids_per_chunk) }, (_, chunk) => httpSource.ids(chunk))))
    .then((chunks) => chunks.flat());
  ids.catch(() => (ids = undefined));
  return ids;
}

/**
 * The reader of one alignment, as a <compare-reader> element not yet in the page: the pair view of `left` (A) and
 * `right` (B) rendered with the pair pages' markup. A given text (B) has no article page to link.
 */
export function readerFor(alignment: Alignment, left: PairArticle, right: PairArticle, similarity: number | null, source: PairSource, heading: 'h1' | 'h2', variant = true): HTMLElement {
  const pair = anyPairView(alignment, left, right, similarity, source);
  return renderPairReader(pair.view, { heading, linked: [true, source !== 'given-text'], pairPage: pair.pairPage, kicker: variant ? VERSIONS_KICKER : UNRELATED_KICKER });
}

/**
 * Reads a typed text or a local file with the build's ingest code, its format's parser loaded on first use (typed
 * text is plain text: no HTML or Markdown parser is downloaded for it); bad input becomes a ReaderMessage.
 */
export async function readInput(input: TextInput): Promise<Article> {
  const name = input.kind === 'file' ? input.file.name : PASTED_NAME;
  const [bytes, parse] = await Promise.all([
    input.kind === 'file' ? input.file.arrayBuffer().then((b) => new Uint8Array(b)) : new TextEncoder().encode(input.text),
    loadFormatParser(fileFormat(name)),
  ]);
  try {
    return ingestGivenWith(parse, name, bytes);
  } catch (error) {
    if (error instanceof IngestError) throw new ReaderMessage(`${input.kind === 'file' ? name : 'Your text'} cannot be read: ${error.reason}.`);
    throw error;
  }
}

/** The side label of a given text: "Your text", or the file's name. */
function labelOf(input: TextInput): string {
  return input.kind === 'file' ? `Your file ${input.file.name}` : 'Your text';
}

/**
 * Checks a text against the corpus and renders the result: the match list into `list`, the summary into `summary`
 * (then `onResult` is called), and the aligned reader of the best version (if any) into `reader`. Returns the number
 * of matches.
 */
export async function runCheck(input: TextInput, list: HTMLOListElement, summary: HTMLElement, reader: HTMLElement, onResult?: () => void, read?: HTMLElement): Promise<number> {
  const checked = await readInput(input);
  if (read) {
    // What was read of the text, before the matches: a page read wrongly would make them wrong.
    const page = input.kind === 'file' && fileFormat(input.file.name) === 'html';
    const { found, counts } = readText(readSummary(checked), input.kind === 'file' ? `your file ${input.file.name}` : 'your text', page);
    read.replaceChildren(el('span', found), ' ', el('span', counts));
    read.hidden = false;
  }
  const result = await traceText(checked, httpSource, searchSource());
  const view = checkView(result, input.kind === 'text' ? input.text : checked.paragraphs.join(' '), (await httpSource.manifest()).articles);
  const side = textSide(checked, labelOf(input));
  const manifest = await httpSource.manifest();
  const show = (built: HTMLElement) => {
    reader.replaceChildren(built);
    reader.hidden = false;
  };
  const open = (i: number) => {
    const match = result.matches[i];
    if (match) show(readerFor(match.alignment(), match.article, side, match.similarity, 'given-text', 'h2', match.variant));
  };
  // A lead shares no text: its reader is aligned when asked for, to show which sentences tell the same thing.
  const openRelated = (i: number) => {
    const lead = result.related[i];
    if (!lead) return;
    const { similarity, variant, ...alignment } = align(lead.article, checked, manifest);
    show(readerFor(alignment, lead.article, side, similarity, 'given-text', 'h2', variant));
  };
  /** The button opening an item's reader; focus follows the reader, so a keyboard reader goes on from there. */
  const compareButton = (opening: () => void) => {
    const button = el('button', 'Compare side by side');
    button.type = 'button';
    button.addEventListener('click', () => {
      opening();
      const heading = reader.querySelector<HTMLElement>('h2');
      if (!heading) return;
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
      heading.scrollIntoView();
    });
    return button;
  };
  /** An item's heading and its outlet, date and verdict. */
  const itemHead = (m: ArticleCaption & { verdict: string }) => {
    const li = el('li');
    li.dataset.article = m.id;
    const h = el('h2', undefined, 'match-title');
    const a = el('a', m.title);
    a.href = m.url;
    h.append(a);
    const meta = el('p', undefined, 'meta');
    meta.append(`${m.outlet} · `, m.published ? Object.assign(el('time', m.dateText), { dateTime: m.published }) : m.dateText, ` · ${m.verdict}`);
    li.append(h, meta);
    return li;
  };
  list.replaceChildren(
    ...view.matches.map((m, i) => {
      const li = itemHead(m);
      const figures = el('ul', undefined, 'match-figures');
      figures.append(el('li', m.checkedFoundText), el('li', m.articleFoundText), el('li', m.similarityText));
      if (m.wireText) li.append(el('p', m.wireText, 'meta match-wire'));
      // Said in words beside the verdict: a close version is where a changed figure hides.
      if (m.factsText) li.append(el('p', `${[m.factsText, m.factsValues].filter(Boolean).join(' ')} They are marked in the side-by-side reader.`, 'match-facts'));
      li.append(figures);
      if (m.shared.length > 0) {
        // What an article that is not a version of the whole text shares, so a long text shows where it copies.
        const shared = el('ul', undefined, 'match-shared');
        shared.append(...m.shared.map((text) => el('li', text)));
        li.append(el('p', 'Your sentences with a counterpart in it:', 'match-shared-label'), shared);
        if (m.sharedMore > 0) li.append(el('p', `… and ${m.sharedMore} more, all marked in the side-by-side reader.`, 'match-shared-more'));
      }
      // Every match has its reader: a version's changes, or the few rows another article shares.
      li.append(compareButton(() => open(i)));
      return li;
    }),
    ...view.related.map((r, i) => {
      const li = itemHead(r);
      li.classList.add('related');
      li.append(el('p', r.factsText, 'match-facts'), compareButton(() => openRelated(i)));
      return li;
    }),
  );
  list.hidden = view.matches.length === 0 && view.related.length === 0;
  summary.textContent = view.summary;
  if (view.searchInstead) summary.append(' ', Object.assign(el('a', view.searchInstead.text), { href: view.searchInstead.href }), '.');
  onResult?.();
  reader.replaceChildren();
  reader.hidden = true;
  // The list is the answer; the reader of the best version follows in the next task, so the list shows at once.
  const first = result.matches.findIndex((m) => m.variant);
  if (first >= 0) {
    await new Promise<void>((done) =>
      setTimeout(() => {
        open(first);
        done();
      }, 0),
    );
  }
  return result.matches.length;
}

/** Aligns two texts with the corpus's term counts and entity rules, unless they are too long to align in bounded time. */
function align(left: AlignableArticle, right: AlignableArticle, manifest: CheckManifest) {
  if (!canAlign(left, right)) throw new ReaderMessage('These two texts are too long to align in the browser: compare shorter pieces of them.');
  return alignPair(left, right, [], termBackground(manifest), manifestEntities(manifest));
}

/**
 * The build's own alignment of two corpus articles (left the earlier), when they are a variant pair; null otherwise.
 * The left entry lists the pairs whose alignment the build wrote, so no other pair file is asked for (it would 404).
 */
async function precomputed(left: ArticleEntry, right: ArticleEntry): Promise<Alignment | null> {
  const file = left.versions.find((v) => v.id === right.id)?.json;
  if (!file) return null;
  const response = await fetch(file);
  if (!response.ok) return null;
  return (await response.json()) as Alignment;
}

/**
 * Aligns a corpus article with another one (A is the earlier, as on every comparison page; the build's own alignment
 * when it made one) or with a given text (the article is A, the text B), renders the reader into `reader`, and
 * returns what to tell the reader (that the two were swapped, when they were). An article named as both A and B is
 * not aligned with itself: no reader is shown, and what is returned says why.
 */
export async function runCompare(a: string, b: string | TextInput, reader: HTMLElement): Promise<string> {
  const [first, manifest] = await Promise.all([httpSource.article(a), httpSource.manifest()]);
  let built: HTMLElement;
  let said = ALIGNED_TEXT;
  if (typeof b === 'string') {
    const second = await httpSource.article(b);
    if (second.id === first.id) {
      reader.replaceChildren();
      reader.hidden = true;
      return sameArticleText(first.title, first.versions.length);
    }
    const [left, right] = orientPair(first, second);
    if (left.id !== first.id) said = swappedText(second.title, pairOrder(first, second), first.published !== null && first.published === second.published);
    const own = await precomputed(left, right);
    if (own) built = readerFor(own, left, right, null, 'precomputed', 'h2');
    else {
      const { similarity, variant, ...alignment } = align(left, right, manifest);
      built = readerFor(alignment, left, right, similarity, 'articles', 'h2', variant);
    }
  } else {
    const text = await readInput(b);
    const { similarity, variant, ...alignment } = align(first, text, manifest);
    built = readerFor(alignment, first, textSide(text, labelOf(b)), similarity, 'given-text', 'h2', variant);
  }
  reader.replaceChildren(built);
  reader.hidden = false;
  return said;
}

/** What /compare/ says of an address naming one side only (an unknown article is a ReaderMessage). */
export async function describeOneSide(given: { a?: string; b?: string }): Promise<string> {
  const article = await httpSource.article((given.a ?? given.b) as string);
  return missingSideText(given.a ? { a: article.title } : { b: article.title });
}
