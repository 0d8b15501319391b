// A small Atom 1.0 (RFC 4287) writer. Hand-built so that every piece of text goes through one escaping function.

/** A link element of a feed or entry. */
export interface AtomLink {
  href: string;
  rel?: string;
  type?: string;
  title?: string;
}

/** One entry of a feed; `updated` and `published` are RFC 3339 timestamps. */
export interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  published?: string | null;
  links: AtomLink[];
  /** Names of the entry's authors; may be empty only when the feed names an author (RFC 4287 §4.1.1). */
  authors: string[];
  summary?: string | null;
  categories?: string[];
}

/** A whole feed. */
export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string | null;
  updated: string;
  links: AtomLink[];
  authors?: string[];
  generator?: string | null;
  entries: AtomEntry[];
}

// XML 1.0 allows only these characters; anything else (NUL, most C0 controls, lone surrogates, U+FFFE/U+FFFF)
// would make the whole feed unparseable, so it is replaced with U+FFFD rather than silently dropped.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML element content or a double-quoted attribute; characters XML forbids become U+FFFD. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '\uFFFD').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Turns a date ("2019-04-11") or a Date into the RFC 3339 timestamp Atom requires; throws on anything else. */
export function rfc3339(value: string | Date): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error('rfc3339: invalid Date');
    return value.toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return rfc3339(new Date(`${value}T00:00:00Z`));
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/.test(value)) return value;
  throw new Error(`rfc3339: not a date: ${JSON.stringify(value)}`);
}

function attributes(attrs: Record<string, string | undefined>): string {
  return Object.entries(attrs)
    .filter((kv): kv is [string, string] => kv[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
}

function element(name: string, text: string, indent: string, attrs: Record<string, string | undefined> = {}): string {
  return `${indent}<${name}${attributes(attrs)}>${escapeXml(text)}</${name}>`;
}

function link(l: AtomLink, indent: string): string {
  return `${indent}<link${attributes({ rel: l.rel, type: l.type, href: l.href, title: l.title })}/>`;
}

function author(name: string, indent: string): string {
  return `${indent}<author>\n${element('name', name, `${indent}  `)}\n${indent}</author>`;
}

function entry(e: AtomEntry, feedHasAuthor: boolean): string {
  // RFC 4287 §4.1.1: an entry without an author inherits the feed's; with neither, the feed is invalid.
  if (e.authors.length === 0 && !feedHasAuthor) throw new Error(`atomFeed: entry ${e.id} has no author and the feed names none`);
  const lines = [
    '  <entry>',
    element('id', e.id, '    '),
    element('title', e.title, '    ', { type: 'text' }),
    element('updated', rfc3339(e.updated), '    '),
    ...(e.published ? [element('published', rfc3339(e.published), '    ')] : []),
    ...e.links.map((l) => link(l, '    ')),
    ...e.authors.map((a) => author(a, '    ')),
    ...(e.categories ?? []).map((c) => `    <category${attributes({ term: c })}/>`),
    ...(e.summary ? [element('summary', e.summary, '    ', { type: 'text' })] : []),
    '  </entry>',
  ];
  return lines.join('\n');
}

/** Serialises a feed to an Atom 1.0 document (UTF-8). */
export function atomFeed(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    element('id', feed.id, '  '),
    element('title', feed.title, '  ', { type: 'text' }),
    ...(feed.subtitle ? [element('subtitle', feed.subtitle, '  ', { type: 'text' })] : []),
    element('updated', rfc3339(feed.updated), '  '),
    ...feed.links.map((l) => link(l, '  ')),
    ...(feed.authors ?? []).map((a) => author(a, '  ')),
    ...(feed.generator ? [element('generator', feed.generator, '  ')] : []),
    ...feed.entries.map((e) => entry(e, (feed.authors ?? []).length > 0)),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
