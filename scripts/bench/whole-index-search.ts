// The reference for what sharding may lose: the search of the first release, one Fuse.js index over every
// paragraph, kept only to measure against (scripts/bench-typos.ts). Word starts first; Fuse when nothing matches.
import Fuse from 'fuse.js';
import { escapeRegExp } from '../../src/lib/text/escape-regexp.ts';

/** One paragraph of the corpus: its article's index and its text. */
export interface Paragraph {
  article: number;
  text: string;
}

/** The first release's Fuse settings over whole paragraphs. */
const OPTIONS = { keys: ['text'], ignoreLocation: true, ignoreFieldNorm: true, threshold: 0.3, includeScore: true, minMatchCharLength: 3 };

/** A whole-index search: the articles a query finds, as the first release found them. */
export function wholeIndexSearch(paragraphs: readonly Paragraph[]): (query: string) => Set<number> {
  const fuse = new Fuse(paragraphs, OPTIONS);
  return (query) => {
    const text = query.trim().replace(/\s+/g, ' ');
    if (!text) return new Set();
    const start = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text).replace(/ /g, '\\s+')}`, 'iu');
    const found = new Set(paragraphs.filter((p) => start.test(p.text)).map((p) => p.article));
    if (found.size > 0 || text.length < 3) return found;
    return new Set(fuse.search(text).map((r) => r.item.article));
  };
}
