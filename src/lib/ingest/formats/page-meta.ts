// What a saved web page states about its article, read in a fixed order of trust: JSON-LD (schema.org Article
// types), then OpenGraph and `article:` meta, then `<meta name="author">`, `<time datetime>` and the canonical link.
// Only what the page says is taken; nothing is guessed from the URL or the outlet's name.
import type { StatedMeta } from '../tree.ts';
import { writtenDate } from '../dates.ts';
import { organisationPart } from '../byline.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** schema.org types whose headline, date and author describe the page's article. */
const ARTICLE_TYPE = /(?:Article|^BlogPosting|^LiveBlogPosting|^Report)$/;

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Parses one JSON-LD block, forgiving what CMSs commonly break: HTML comments, CDATA, trailing commas. */
function parseJsonLd(text: string): Json | undefined {
  const attempts = [text, text.replace(/<!--|-->|\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>|<!\[CDATA\[|\]\]>/g, '').replace(/,\s*([}\]])/g, '$1')];
  for (const attempt of attempts) {
    try {
      return JSON.parse(attempt) as Json;
    } catch {
      // try the repaired text, then give up on this block
    }
  }
  return undefined;
}

/** Every object in a JSON-LD value: top-level arrays and `@graph` lists opened. */
function objects(value: Json | undefined): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(objects);
  if (!isObject(value)) return [];
  return [value, ...objects(value['@graph'])];
}

const types = (o: JsonObject): string[] => [o['@type']].flat().filter((t): t is string => typeof t === 'string');

/** A name from a string, a `{name}` object, an `@id` reference into the graph, or a list of those. */
function names(value: Json | undefined, byId: Map<string, JsonObject>): string[] {
  if (typeof value === 'string') return [clean(value)].filter(Boolean);
  if (Array.isArray(value)) return value.flatMap((v) => names(v, byId));
  if (!isObject(value)) return [];
  if (typeof value.name === 'string') return names(value.name, byId);
  if (Array.isArray(value.name)) return names(value.name, byId);
  const ref = typeof value['@id'] === 'string' ? byId.get(value['@id']) : undefined;
  return ref && ref !== value ? names(ref, byId) : [];
}

/** An author value without the organisations it names: an `Organization` signs for a desk, it names no writer. */
function persons(value: Json | undefined, byId: Map<string, JsonObject>): Json | undefined {
  if (Array.isArray(value)) return value.filter((v) => !organisation(v, byId));
  return organisation(value, byId) ? undefined : value;
}

/** True for a JSON-LD object typed as an organisation (itself, or the object its `@id` points to). */
function organisation(value: Json | undefined, byId: Map<string, JsonObject>): boolean {
  if (!isObject(value)) return false;
  const ref = typeof value['@id'] === 'string' ? byId.get(value['@id']) : undefined;
  return [value, ref].some((o) => o !== undefined && types(o).some((t) => /organi[sz]ation|^(?:CollegeOrUniversity|Corporation|GovernmentOrganization|NGO)$/i.test(t)));
}

const text = (value: Json | undefined): string | undefined => (typeof value === 'string' && clean(value) ? clean(value) : undefined);

/** Headline, date, authors, publisher, address and language of the first Article-typed JSON-LD object on the page. */
export function jsonLdMeta(doc: Document): StatedMeta {
  const all = [...doc.querySelectorAll('script[type="application/ld+json" i]')].flatMap((s) => objects(parseJsonLd(s.textContent ?? '')));
  const byId = new Map(all.flatMap((o) => (typeof o['@id'] === 'string' ? [[o['@id'], o] as const] : [])));
  const found = all.find((o) => types(o).some((t) => ARTICLE_TYPE.test(t)));
  if (!found) return {};
  const article = liveBlogEntry(found, doc) ?? found;
  const authors = [...new Set(names(persons(article.author, byId), byId).map(withoutBy).filter(isPersonName))];
  return defined({
    title: text(article.headline) ?? text(article.name),
    published: day(text(article.datePublished) ?? text(article.dateCreated)),
    author: authors.length ? authors.join(', ') : undefined,
    outlet: names(article.publisher, byId)[0],
    source_url: url(text(article.url) ?? (isObject(article.mainEntityOfPage) ? text(article.mainEntityOfPage['@id']) : text(article.mainEntityOfPage))),
    language: languageCode(text(article.inLanguage)),
  });
}

/** Fewest words of a live blog entry's headline found in a page's <title>. */
const MIN_ENTRY_HEADLINE_WORDS = 4;

/**
 * The entry of a live blog that a page is the permalink of: one of its `liveBlogUpdate` postings whose headline the
 * page's own <title> carries. Its headline, date and author are the page's; the blog's are the whole coverage's.
 */
function liveBlogEntry(blog: JsonObject, doc: Document): JsonObject | undefined {
  if (!types(blog).includes('LiveBlogPosting') || !Array.isArray(blog.liveBlogUpdate)) return undefined;
  const title = (doc.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').toLowerCase();
  const entry = blog.liveBlogUpdate.filter(isObject).find((u) => {
    const headline = text(u.headline)?.toLowerCase();
    // A headline of a few words at least: "Update" or "Live" would be found in any title.
    return headline !== undefined && headline.split(/\s+/).length >= MIN_ENTRY_HEADLINE_WORDS && title.includes(headline);
  });
  return entry ? { ...entry, publisher: entry.publisher ?? blog.publisher ?? null } : undefined;
}

/** A language code as pages write it ("en", "en-GB"), or undefined for anything else. */
function languageCode(value: string | undefined): string | undefined {
  const code = value?.trim();
  return code && /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(code) ? code : undefined;
}

/** The content of the first `<meta>` with one of these `property` or `name` values. */
function metaContent(doc: Document, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    for (const el of doc.querySelectorAll('meta[property], meta[name], meta[itemprop]')) {
      const name = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
      const content = clean(el.getAttribute('content') ?? '');
      if (name === key && content) return content;
    }
  }
  return undefined;
}

/** OpenGraph, `article:` and common document meta tags. */
export function metaTagMeta(doc: Document): StatedMeta {
  const author = [metaContent(doc, ['article:author']), metaContent(doc, ['author', 'dc.creator', 'parsely-author', 'sailthru.author'])]
    .map((a) => (a ? withoutBy(a) : undefined))
    .find((a) => a && isPersonName(a));
  return defined({
    title: metaContent(doc, ['og:title', 'twitter:title', 'dc.title']),
    outlet: metaContent(doc, ['og:site_name', 'application-name']),
    published: day(metaContent(doc, ['article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'dc.date.issued', 'dc.date', 'parsely-pub-date', 'sailthru.date'])),
    author,
  });
}

/**
 * The day a `<time>` element states. A datetime in UTC ("…T03:40:00Z") is a day that may not be the story's: the
 * element's own text, printed for the reader in the outlet's time ("Tue, Mar 11, 2025, 10:40 PM"), gives it then.
 */
function timeDay(time: Element): string | undefined {
  const datetime = time.getAttribute('datetime') ?? undefined;
  const utc = /(?:Z|[+-]00:?00)$/i.test(datetime?.trim() ?? '');
  return (utc ? writtenDate(time.textContent ?? '') ?? undefined : undefined) ?? day(datetime);
}

/** `<time datetime>` (a published one first), the canonical link and the document language. */
export function documentMeta(doc: Document): StatedMeta {
  const times = [...doc.querySelectorAll('time[datetime]')];
  const stated = times.find((t) => t.hasAttribute('pubdate') || /published|posted/i.test(`${t.getAttribute('itemprop') ?? ''} ${t.className ?? ''}`)) ?? times[0];
  const canonical = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? metaContent(doc, ['og:url']);
  const lang = doc.documentElement?.getAttribute('lang') ?? undefined;
  return defined({
    published: stated ? timeDay(stated) : undefined,
    source_url: url(canonical ?? undefined),
    language: languageCode(lang),
  });
}

/** A web archive's host: its capture of a page states its own name, capture time and address in the page's tags. */
const WEB_ARCHIVE = /^(?:[\w-]+\.)*(?:archive\.(?:ph|today|is|li|vn|md|fo|org)|ghostarchive\.org|webcitation\.org)$/i;

/** True when the page's canonical address (or og:url) is a web archive's capture of it. */
export function archiveCapture(doc: Document): boolean {
  const address = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? metaContent(doc, ['og:url']);
  try {
    return address !== undefined && WEB_ARCHIVE.test(new URL(address).hostname);
  } catch {
    return false;
  }
}

/** The original page's address inside a capture's own: "…/web/20250312142207/https://…", "archive.ph/o/Q7xWm/https://…". */
const CAPTURED_ADDRESS = /^\/(?:web\/\d{4,14}(?:[a-z]{2}_)?|o\/[\w-]+)\/(https?:\/\/.+)$/;

/**
 * The address a web archive's capture was saved from: in the capture's own address, else the link its banner puts
 * after "Saved from" (archive.today). Undefined when the page names none.
 */
export function archivedFrom(doc: Document): string | undefined {
  const address = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? metaContent(doc, ['og:url']);
  try {
    const inAddress = address === undefined ? undefined : CAPTURED_ADDRESS.exec(new URL(address).pathname + new URL(address).search)?.[1];
    if (inAddress) return url(inAddress);
  } catch {
    // Not an address: the banner may still name one.
  }
  const saved = [...doc.querySelectorAll('a[href]')].find((a) => /\bsaved from\s*:?\s*$/i.test(a.previousSibling?.textContent ?? ''));
  return url(saved?.getAttribute('href') ?? undefined);
}

/**
 * Everything the page states, each field from the most trusted source that states it. In a web archive's capture
 * the meta tags and the canonical address are the archive's (its name, the capture's time and address), not the
 * story's: only the page's own structured data is read then, and the address the capture was saved from.
 */
export function pageMeta(doc: Document): StatedMeta {
  const archived = archiveCapture(doc);
  const sources = archived
    ? [jsonLdMeta(doc), { ...metaTagMeta(doc), outlet: undefined, published: undefined }, { language: documentMeta(doc).language, source_url: archivedFrom(doc) }]
    : [jsonLdMeta(doc), metaTagMeta(doc), documentMeta(doc)];
  const out: StatedMeta = {};
  for (const source of sources) for (const [key, value] of Object.entries(source)) if (value !== undefined) (out as Record<string, string>)[key] ??= value;
  return out;
}

/** Key for comparing outlet names: case, a leading "The" and punctuation ignored. */
const outletKey = (name: string) => name.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');

/** A page title without a trailing " | Outlet" / " - Outlet" naming the stated outlet ("Talks resume | The Gazette"). */
export function withoutOutletSuffix(title: string, outlet: string | undefined): string {
  const match = /^(.+?)\s+[|–—-]\s+([^|–—-]+)$/.exec(title);
  if (!match || !outlet || outletKey(match[2] ?? '') !== outletKey(outlet)) return title;
  return (match[1] ?? title).trim();
}

/** A byline as printed on the page, reduced to names: its first line, without "By" and anything from a digit on (a date glued to it). */
export function cleanByline(byline: string): string {
  return uninverted(withoutBy((byline.split('\n')[0] ?? '').replace(/\d[\s\S]*$/, '')).replace(/[\s,;|–—-]+$/, '').replace(/(\p{Ll}{2})\.$/u, '$1'));
}

/** A name as a catalogue files it, surname first: "Beaulieu, Marie-Claude". */
const INVERTED_NAME = /^(\p{Lu}[\p{L}'’-]+),\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)$/u;

/** A name filed surname first, as a reader writes it ("Marie-Claude Beaulieu"); any other line as it is ("Jane Doe, Reuters"). */
export function uninverted(name: string): string {
  const m = INVERTED_NAME.exec(name);
  return m && !organisationPart(m[2] as string) ? `${m[2]} ${m[1]}` : name;
}

/** "By Jane Doe" → "Jane Doe". */
export function withoutBy(name: string): string {
  return clean(name.replace(/^by\s+/i, ''));
}

/** A stated author that names people, not a profile URL or an outlet's account. */
function isPersonName(name: string): boolean {
  return name.length > 1 && name.length < 200 && !/^https?:|^www\.|@|\.com\b/i.test(name);
}

/** A YYYY-MM-DD day from a stated date: the date as written (no time-zone shift), or null when it is not one. */
export function day(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  const date = iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : (() => {
    const parsed = new Date(value);
    if (Number.isNaN(parsed.getTime())) return undefined;
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
  })();
  if (!date) return undefined;
  const check = new Date(`${date}T00:00:00Z`);
  const year = Number(date.slice(0, 4));
  return !Number.isNaN(check.getTime()) && check.toISOString().slice(0, 10) === date && year >= 1800 && year <= 2200 ? date : undefined;
}

/** An absolute http(s) URL, or undefined. */
function url(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const parsed = new URL(value);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function defined(meta: Record<string, string | undefined>): StatedMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) as StatedMeta;
}
