// Scoring rules of the saved-news-pages benchmark (README of ../shared/benchmarks/news-pages/): title, byline, date
// and body token F1 of one built article against what Mozilla Readability extracts from the same page.
import { parseHtmlDocument } from '#html-document';

/** NFKC, straight quotes, collapsed white space, case folded. */
export function normaliseTitle(title: string): string {
  return title.normalize('NFKC').replace(/[‘’‚‛]/g, "'").replace(/[“”„‟]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

function titlesMatch(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length >= 0.8 * long.length;
}

/** Title right: equal after normalising, or one contains the other at ≥ 80% length; the expected title may lose its last "|"/"-" segment. */
export function titleRight(actual: string, expected: string): boolean {
  const a = normaliseTitle(actual);
  const e = normaliseTitle(expected);
  const trimmed = e.replace(/\s+[|-]\s+[^|-]*$/, '').trim();
  return titlesMatch(a, e) || (trimmed !== e && titlesMatch(a, trimmed));
}

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const NOT_NAMES = new Set(['by', 'and', 'am', 'pm', 'ma', 'ms', 'md', 'phd', 'mba', 'msc', 'bsc', 'rn', 'mph', 'updated', 'published', 'at']);

/** Name words of an expected byline: its first line, letters only, accents dropped, without "By", "and", months, times, degrees, initials. */
export function nameWords(byline: string): string[] {
  const first = byline.split('\n')[0] ?? '';
  const words = first.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.filter((w) => w.length > 1 && !MONTHS.has(w) && !NOT_NAMES.has(w));
}

/** Byline right: every name word of the expected byline appears in the article's author. */
export function bylineRight(author: string | null, expected: string): boolean {
  const have = new Set(nameWords(author ?? ''));
  const need = nameWords(expected);
  return need.length > 0 && need.every((w) => have.has(w));
}

/** Lower-case `\w+` tokens. */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** F1 of two token multisets. */
export function tokenF1(actual: readonly string[], expected: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const t of expected) counts.set(t, (counts.get(t) ?? 0) + 1);
  let hits = 0;
  for (const t of actual) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      hits += 1;
      counts.set(t, n - 1);
    }
  }
  if (hits === 0) return 0;
  const precision = hits / actual.length;
  const recall = hits / expected.length;
  return (2 * precision * recall) / (precision + recall);
}

/** The visible text of an HTML fragment, text nodes joined with spaces (script and style content left out). */
export function visibleText(html: string): string {
  const doc = parseHtmlDocument(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) out.push(node.nodeValue ?? '');
    if (node.nodeType === 1 && /^(?:script|style|template)$/i.test((node as Element).tagName)) return;
    for (const child of node.childNodes) walk(child);
  };
  walk(doc.body);
  return out.join(' ');
}
