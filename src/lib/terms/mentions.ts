// Finding a glossary term's mentions in text: whole-word alias patterns, and the term a query names.
import type { Term } from '../schema/glossary.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';

/** One mention of a term in a text: character range and the alias that matched. */
export interface Mention {
  start: number;
  end: number;
  alias: string;
}


/** True for an acronym-like alias (capitals and digits), which must match in capitals. */
export function isAcronym(alias: string): boolean {
  return /^[\p{Lu}\d-]{2,8}$/u.test(alias);
}

const patterns = new Map<string, RegExp>();

/** A whole-word pattern for an alias; straight and curly apostrophes, spaces and hyphens are interchangeable. */
export function aliasPattern(alias: string): RegExp {
  // Compiled once per alias: searches and term pages test the same aliases against every paragraph.
  let pattern = patterns.get(alias);
  if (!pattern) {
    pattern = compileAlias(alias);
    patterns.set(alias, pattern);
  }
  return pattern;
}

function compileAlias(alias: string): RegExp {
  const body = escapeRegExp(alias).replace(/['’]/g, "['’]").replace(/\\?-| /g, '[\\s\\u00a0-]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, isAcronym(alias) ? 'gu' : 'giu');
}

/** Finds every mention of a term in a text, longest alias first where two overlap, in text order. */
export function findMentions(text: string, term: Pick<Term, 'aliases'>): Mention[] {
  const found: Mention[] = [];
  const aliases = [...term.aliases].sort((a, b) => b.length - a.length);
  for (const alias of aliases) {
    for (const m of text.matchAll(aliasPattern(alias))) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ start, end, alias });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The glossary term a query names (by name, slug or any alias, ignoring case), if any. */
export function termForQuery(query: string, glossary: readonly Term[]): Term | null {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!q) return null;
  return glossary.find((t) => t.slug === q || t.name.toLowerCase() === q || t.aliases.some((a) => a.toLowerCase() === q)) ?? null;
}
