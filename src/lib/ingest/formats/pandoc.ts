// What Pandoc leaves in the Markdown it writes from a word-processor file, which CommonMark reads as text: attribute
// blocks after pictures and spans ("{width="6in"}", "[]{#_Hlk1 .anchor}") and grid tables drawn with "+---+" and "|";
// and what static-site generators leave in a post's source: kramdown's attribute lists ("{: .lead}") and Liquid tags.
import type { Table, TableRow } from 'mdast';

/** One attribute of a block: an id, a class, or a key and its value. */
const ATTRIBUTE = String.raw`(?:[#.][\w:.-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}"']+))`;
/**
 * An attribute block: braces around attributes only, so "{2019}" or "{ see below }" in prose is not one; kramdown
 * (Jekyll's Markdown) opens its own with a colon ("{: .lead}").
 */
const ATTRIBUTES = String.raw`\{:?\s*${ATTRIBUTE}(?:\s+${ATTRIBUTE})*\s*\}`;
/** A template tag of Liquid (Jekyll) or its likes, left in a post's source: "{% include byline.html %}", "{{ page.title }}". */
const TEMPLATE_TAG = /\{%-?[^%]*?-?%\}|\{\{[^{}]*\}\}/g;
const SPAN = new RegExp(String.raw`\[([^\[\]]*)\]${ATTRIBUTES}`, 'g');
const BLOCK = new RegExp(ATTRIBUTES, 'g');

/**
 * Text without attribute blocks (Pandoc's, kramdown's) and template tags; a span keeps its words ("[Hlk]{.mark}" →
 * "Hlk"), an empty one nothing. They are markup a generator reads, never words of the article.
 */
export function withoutAttributes(text: string): string {
  if (!text.includes('{')) return text;
  return text.replace(SPAN, '$1').replace(BLOCK, '').replace(TEMPLATE_TAG, '');
}

/**
 * True for a grid table as Pandoc draws it: every line a row ("| a | b |") or a border ("+----+====+"), at least one
 * of them a border.
 */
export function isGridTable(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.length >= 2 && lines.every((l) => /^[+|].*[+|]$/.test(l)) && lines.some((l) => /^\+(?:[-=:]+\+)+$/.test(l));
}

/** A grid table's rows as an mdast table (each "|" line a row, its cells split at "|"), so it is handled as tables are. */
export function gridTable(text: string, position?: Table['position']): Table {
  const rows: TableRow[] = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('|'))
    .map((l) => ({ type: 'tableRow', children: l.replace(/^\||\|$/g, '').split('|').map((cell) => ({ type: 'tableCell', children: [{ type: 'text', value: cell.trim() }] })) }));
  return { type: 'table', children: rows, ...(position ? { position } : {}) };
}
