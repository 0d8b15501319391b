// Search query parsing: quoted phrases apart from the free text.
/** A search query split into exact phrases (in double quotes) and free text for fuzzy matching. */
export interface ParsedQuery {
  phrases: string[];
  text: string;
}

/** Splits a query into quoted phrases and the rest; straight and curly quotes both work. */
export function parseQuery(raw: string): ParsedQuery {
  const phrases: string[] = [];
  const text = raw
    .replace(/["“”]([^"“”]+)["“”]/g, (_, phrase: string) => {
      if (phrase.trim()) phrases.push(phrase.trim().replace(/\s+/g, ' '));
      return ' ';
    })
    .replace(/["“”]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { phrases, text };
}
