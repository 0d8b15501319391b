// Entity rules: names that mean the same thing ("US", "U.S.", "United States") meet on one key. A table is built
// once per corpus from its term table (found definitions and the glossary) plus the general lexicon, and passed to
// `textKeys`; without one, the general lexicon alone applies.
import { ENTITY_LEXICON } from './lexicon.ts';
import { acronymOf, wordKey } from './word-key.ts';
import { wordSpans } from './words.ts';

/** One entity and every name it goes by (names are matched word by word, on word keys). */
export interface EntityNames {
  /** Stable id: a term's slug or a lexicon id; the entity's key is `@<id>`. */
  id: string;
  names: readonly string[];
}

/** A name as the word keys it is made of. */
interface EntityName {
  keys: string[];
  id: string;
}

/** Entity names indexed by the key of their first word, longest first: what `textKeys` looks names up in. */
export interface EntityTable {
  readonly byFirstKey: ReadonlyMap<string, readonly EntityName[]>;
  /** Entity id → the ids merged into it (a lexicon entry joined to a term sharing one of its names). */
  readonly ids: ReadonlySet<string>;
}

/** The key a text's entity word gets: one per entity, never equal to a word key (those have no "@"). */
export function entityKey(id: string): string {
  return `@${id}`;
}

/** Dotted initialisms ("U.S.", "U.N.") as one word each: the spans `textKeys` joins before keying. */
export const DOTTED_ACRONYM = /(?<![\p{L}\p{N}.])(?:\p{Lu}\.){2,}(?![\p{L}\p{N}])/gu;

/** The word keys of a name, with dotted initialisms read as their letters ("U.S." → US). */
export function nameKeys(name: string): string[] {
  const dotted = name.replace(DOTTED_ACRONYM, (m) => m.replace(/\./g, ''));
  return wordSpans(dotted).map((w) => wordKey(w.word));
}

/**
 * Builds an entity table from named entities, the general lexicon added: an entry sharing a name with a lexicon
 * entity absorbs it (so the glossary's "UAE" also matches "U.A.E." and "Emirati"). When two entries claim the
 * same name, the first keeps it. Names of one word that are plain lower-case words are left out: an entity rule
 * must never turn a common word into a name.
 */
export function buildEntityTable(entries: readonly EntityNames[] = []): EntityTable {
  const claimed = new Map<string, string>();
  const merged: { id: string; names: string[] }[] = entries.map((e) => ({ id: e.id, names: [...e.names] }));
  for (const lex of ENTITY_LEXICON) {
    const keysOf = (n: string) => nameKeys(n).join(' ');
    const lexKeys = new Set(lex.names.map(keysOf));
    const owner = merged.find((e) => e.names.some((n) => lexKeys.has(keysOf(n))));
    if (owner) owner.names.push(...lex.names);
    else merged.push({ id: lex.id, names: [...lex.names] });
  }
  const byFirstKey = new Map<string, EntityName[]>();
  for (const entry of merged) {
    for (const name of entry.names) {
      const keys = nameKeys(name);
      if (keys.length === 0) continue;
      if (keys.length === 1 && !/\p{Lu}/u.test(name)) continue;
      const joined = keys.join(' ');
      if (claimed.has(joined)) continue;
      claimed.set(joined, entry.id);
      const first = keys[0] as string;
      const list = byFirstKey.get(first) ?? [];
      list.push({ keys, id: entry.id });
      byFirstKey.set(first, list);
    }
  }
  for (const list of byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return { byFirstKey, ids: new Set(merged.map((e) => e.id)) };
}

/** The general lexicon alone, for texts keyed without a corpus's term table (built on first use). */
let general: EntityTable | undefined;
export function generalEntities(): EntityTable {
  return (general ??= buildEntityTable());
}

/** True when a word is an acronym ("UAE", "SMEs"), whose key keeps its capitals. */
export function isAcronymWord(word: string): boolean {
  return acronymOf(word) !== null;
}
