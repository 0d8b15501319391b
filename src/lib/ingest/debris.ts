import type { BoilerplateKind } from '../schema/article.ts';
import { endsLikeSentence } from './paragraphs.ts';
import { countWords } from '../text/words.ts';

/** Lines that mark the end of the article and the start of the page around it. */
const MARKERS: [RegExp, BoilerplateKind][] = [
  [/^(?:share(?: this)?(?: post| article| story| on\b.*)?|tweet|email|print)\s*:?$/i, 'share'],
  [/^(?:subscribe|sign up|newsletter|get our|join our)\b.{0,80}$/i, 'subscribe'],
  [/^(?:related(?: articles| stories| news| content)?|read (?:more|also|next)|more (?:from|on|stories)\b.*|recommended(?: for you)?|you may also like|most (?:read|popular)|trending(?: now)?|latest news)\s*:?$/i, 'related'],
  [/^(?:follow us|advertisement|comments?|leave a (?:comment|reply)|tags?)\b.{0,60}$/i, 'other'],
];

/** A headline teaser as news sites list them: text cut off with an ellipsis. */
const TEASER = /(?:\.\.\.|…)$/;

/** Recognises a page-furniture line such as "Share post:" or "Subscribe to our newsletter". */
export function debrisKind(line: string): BoilerplateKind | null {
  const text = line.trim();
  for (const [pattern, kind] of MARKERS) if (pattern.test(text)) return kind;
  return null;
}

/**
 * Finds where trailing page debris starts: the first marker line in the second half of the article, or a final
 * run of headline/teaser pairs (two or more teasers cut off with "..."). Returns the paragraph index, or -1.
 */
export function debrisStart(paragraphs: readonly string[]): number {
  const half = Math.floor(paragraphs.length / 2);
  for (let i = Math.max(1, half); i < paragraphs.length; i++) if (debrisKind(paragraphs[i] as string)) return i;
  let start = paragraphs.length;
  let teasers = 0;
  for (let i = paragraphs.length - 1; i > 0; i--) {
    const p = paragraphs[i] as string;
    if (TEASER.test(p)) teasers += 1;
    else if (endsLikeSentence(p) || countWords(p) > 25) break;
    start = i;
  }
  return teasers >= 2 ? start : -1;
}

/** Removes a trailing "read more" link text from a paragraph, returning the cleaned text and what was removed. */
export function stripReadMore(paragraph: string): { text: string; removed: string | null } {
  // Only the paragraph's end is searched: an end-anchored pattern over a long run of spaces would backtrack for ever.
  const body = paragraph.trimEnd();
  const from = Math.max(0, body.length - 40);
  const match = /\s(read more|read full (?:story|article)|continue reading|more\s?»)\s*\.?$/i.exec(body.slice(from));
  if (!match) return { text: paragraph, removed: null };
  return { text: body.slice(0, from + match.index).trimEnd(), removed: (match[1] ?? '').trim() };
}
