// Naming an article by the start of its id: readers type the number a file name starts with ("001"), or copy part of
// an id, and an id the corpus does not hold is worth a second look before "no such article".

/** What a partial id names: one article, several (the first few, and how many), or none. */
export type IdMatch = { kind: 'one'; id: string } | { kind: 'several'; ids: string[]; count: number } | { kind: 'none' };

/** At most this many ids are listed when a partial id names several. */
export const LISTED_IDS = 5;

/**
 * The articles whose id starts with `given` (letter case aside; the whole id when one is exactly that). Empty or
 * blank input names none: it would name every article.
 */
export function matchIdPrefix(ids: Iterable<string>, given: string): IdMatch {
  const wanted = given.trim().toLowerCase();
  if (!wanted) return { kind: 'none' };
  const found: string[] = [];
  for (const id of ids) {
    const lower = id.toLowerCase();
    if (lower === wanted) return { kind: 'one', id };
    if (lower.startsWith(wanted)) found.push(id);
  }
  if (found.length === 1) return { kind: 'one', id: found[0] as string };
  if (found.length === 0) return { kind: 'none' };
  return { kind: 'several', ids: found.sort().slice(0, LISTED_IDS), count: found.length };
}
