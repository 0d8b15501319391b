// The corpus's term table: acronyms and names the texts define, merged with the curated glossary (which wins and may
// add names no text gives), each alias with its origin. Built once per corpus; its entity table is what search and
// comparison key names with.
import type { Article } from '../schema/article.ts';
import { paragraphNumbers } from '../corpus/numbering.ts';
import type { Term } from '../schema/glossary.ts';
import { buildEntityTable, nameKeys, type EntityNames, type EntityTable } from '../text/entities.ts';
import { findAliases, findDefinitions, type AliasPattern, type DefinitionPattern } from './find.ts';

/** Where an alias comes from: the glossary (`curated`), or a definition in an article's paragraph (`text`). */
export interface AliasSource {
  text: string;
  from: 'curated' | 'text';
  /** Article id and paragraph number (as the article page numbers it) of a definition in the text; null if curated. */
  article: string | null;
  paragraph: number | null;
  /** How the text defines it ("long (SHORT)", "known as", …); null for curated names. */
  pattern: DefinitionPattern | AliasPattern | null;
}

/** One long form the texts give for an acronym, with every place that gives it. */
export interface LongForm {
  text: string;
  sources: { article: string; paragraph: number }[];
}

/**
 * A term of the table. `slug`, `name`, `description` and `aliases` (every name, curated first) are the shape every
 * consumer reads (search, term pages, the API); `alias_sources` says where each name came from.
 */
export interface TableTerm extends Term {
  alias_sources: AliasSource[];
  /** `curated` when the glossary lists the term (the texts may define it too), `text` when only the texts do. */
  origin: 'curated' | 'text';
  /** The long forms the texts give for the term's acronym, in first-seen order. */
  long_forms: LongForm[];
  /** Two or more different long forms: shown side by side, never merged silently. */
  ambiguous: boolean;
  /** Defined in the texts exactly once. */
  one_off: boolean;
}

/** One definition or alias found in a paragraph, as the finder stated it (for benchmarks and tools). */
export interface FoundEntry {
  /** The term's name (its short form) and the slug of the term it went to. */
  short: string;
  slug: string;
  long: string;
  kind: 'acronym' | 'alias';
  pattern: DefinitionPattern | AliasPattern;
  article: string;
  paragraph: number;
}

/** The term table, every definition found in the texts, and the entity rules built from it (plus the lexicon). */
export interface TermTable {
  terms: TableTerm[];
  found: FoundEntry[];
  /** Every term's names as entity names: what `entities` is built from, plain data for caches and worker threads. */
  entityNames: EntityNames[];
  entities: EntityTable;
}

/** A found acronym's slug: its letters in lower case, other characters as hyphens ("Africa CDC" → africa-cdc). */
export function termSlug(short: string): string {
  const slug = short.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return /[a-z]/.test(slug) ? slug : `term-${slug}`.replace(/-$/, '');
}

const nameIds = new Map<string, string>();
/** A name as its word keys, remembered: the same names recur in every article that defines them. */
function nameId(name: string): string {
  let id = nameIds.get(name);
  if (id === undefined) {
    id = nameKeys(name).join(' ');
    if (nameIds.size > 50_000) nameIds.clear();
    nameIds.set(name, id);
  }
  return id;
}

/** Long forms compared as the same when they differ only in case, hyphens, spacing or a leading article. */
function sameName(a: string, b: string): boolean {
  return a === b || nameId(a) === nameId(b);
}

function describe(short: string, longs: readonly LongForm[]): string {
  const quoted = longs.map((l) => `“${l.text}”`);
  if (quoted.length === 1) return `${short}: defined in the texts as ${quoted[0]}.`;
  return `${short}: the texts give ${quoted.length} different long forms, ${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}.`;
}

/** Adds a name to a term's aliases (once) and records one source for it. */
function addAlias(term: TableTerm, source: AliasSource): void {
  if (!term.aliases.some((a) => a === source.text || (sameName(a, source.text) && !/\p{Lu}{2}/u.test(source.text)))) term.aliases.push(source.text);
  term.alias_sources.push(source);
}

/**
 * Builds the term table of a corpus: every acronym definition in every paragraph (one pass), grouped by short
 * form; a group whose short or long form the glossary names joins that curated term, the others become terms of
 * their own (slug = the short form's letters in lower case). Then "known as" / "so-called" / "dubbed" names of
 * those terms are added. Curated names come first and keep their order; every name records its origin.
 */
export function buildTermTable(articles: readonly Pick<Article, 'id' | 'paragraphs' | 'headings'>[], glossary: readonly Term[]): TermTable {
  const terms: TableTerm[] = glossary.map((t) => ({
    ...t,
    aliases: [...t.aliases],
    alias_sources: t.aliases.map((text) => ({ text, from: 'curated' as const, article: null, paragraph: null, pattern: null })),
    origin: 'curated' as const,
    long_forms: [],
    ambiguous: false,
    one_off: false,
  }));
  const bySlug = new Map(terms.map((t) => [t.slug, t]));
  const definitions = new Map<string, { short: string; longs: LongForm[]; sources: AliasSource[]; found: Omit<FoundEntry, 'slug'>[] }>();
  const found: FoundEntry[] = [];
  for (const article of articles) {
    const numbers = paragraphNumbers(article);
    article.paragraphs.forEach((text, i) => {
      for (const d of findDefinitions(text)) {
        const group = definitions.get(d.short) ?? { short: d.short, longs: [], sources: [], found: [] };
        definitions.set(d.short, group);
        const at = { article: article.id, paragraph: numbers[i] as number };
        const long = group.longs.find((l) => sameName(l.text, d.long));
        if (long) long.sources.push(at);
        else group.longs.push({ text: d.long, sources: [at] });
        group.sources.push({ text: d.short, from: 'text', ...at, pattern: d.pattern });
        if (d.asWritten !== d.short) group.sources.push({ text: d.asWritten, from: 'text', ...at, pattern: d.pattern });
        group.sources.push({ text: d.long, from: 'text', ...at, pattern: d.pattern });
        group.found.push({ short: d.short, long: d.long, kind: 'acronym', pattern: d.pattern, ...at });
      }
    });
  }
  for (const group of definitions.values()) {
    const names = [group.short, ...group.longs.map((l) => l.text)];
    let term = terms.find((t) => t.origin === 'curated' && t.aliases.some((a) => names.some((n) => a === n || (sameName(a, n) && !/^\p{Lu}+$/u.test(n)))));
    if (!term) {
      let slug = termSlug(group.short);
      for (let k = 2; bySlug.has(slug); k += 1) slug = `${termSlug(group.short)}-${k}`;
      term = { slug, name: group.short, description: describe(group.short, group.longs), aliases: [], alias_sources: [], origin: 'text', long_forms: [], ambiguous: false, one_off: false };
      terms.push(term);
      bySlug.set(slug, term);
    }
    for (const source of group.sources) addAlias(term, source);
    const slug = term.slug;
    found.push(...group.found.map((f) => ({ ...f, slug })));
    term.long_forms.push(...group.longs);
    term.ambiguous = term.long_forms.length > 1;
    term.one_off = group.longs.reduce((n, l) => n + l.sources.length, 0) === 1;
  }
  const withDefinitions = buildEntityTable(terms.map((t) => ({ id: t.slug, names: t.aliases })));
  for (const article of articles) {
    const numbers = paragraphNumbers(article);
    article.paragraphs.forEach((text, i) => {
      for (const a of findAliases(text, withDefinitions, (id) => bySlug.has(id))) {
        const term = bySlug.get(a.term);
        if (!term) continue;
        const paragraph = numbers[i] as number;
        addAlias(term, { text: a.alias, from: 'text', article: article.id, paragraph, pattern: a.pattern });
        found.push({ short: term.name, slug: term.slug, long: a.alias, kind: 'alias', pattern: a.pattern, article: article.id, paragraph });
      }
    });
  }
  const textOnly = terms.filter((t) => t.origin === 'text').sort((a, b) => a.name.localeCompare(b.name));
  const ordered = [...terms.filter((t) => t.origin === 'curated'), ...textOnly];
  found.sort((a, b) => a.article.localeCompare(b.article) || a.paragraph - b.paragraph);
  const entityNames = ordered.map((t) => ({ id: t.slug, names: [...t.aliases] }));
  return { terms: ordered, found, entityNames, entities: buildEntityTable(entityNames) };
}
