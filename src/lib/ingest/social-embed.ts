// A post embedded from a social network, read as text: the post, then its signature "— Name (@handle) April 16,
// 2024" (X/Twitter, Bluesky, Mastodon's "@user@server"), or Instagram's "A post shared by Name (@handle)". Someone
// else's words shown as they were posted, not the article's paragraphs: the signature and the post over it (or the
// paragraph the signature closes) are kept apart as boilerplate.
import { writtenDate } from './dates.ts';
import { countWords } from '../text/words.ts';

/** How far from a paragraph's end a signature is looked for: a name, a handle and a date with a time fit. */
const TAIL = 200;
/**
 * "— Name (@handle) Date": a dash, a name in capitalised words (an account's display name), a handle in brackets,
 * and straight after it the date, at the paragraph's end. Prose naming an account is not one: "written by Gov. Jo
 * Roe (@GovRoe) on March 4" has words in lower case before the name and "on" before the date.
 */
const SIGNATURE = /(?:^|\s)[—–]{1,2}\s?(?:[\p{Lu}\p{N}@#][^\s()—–]*\s){1,8}\(@[\w.]{1,40}(?:@[\w.-]{1,60})?\)\s(?<rest>[\p{Lu}\p{N}][^()]{3,59})$/u;
/** Instagram's line under an embedded post: "A post shared by Name (@handle)". */
const SHARED_BY = /^an? (?:post|photo|video|reel) shared by\b[^()]{0,80}\(@[\w.]{1,40}\)\.?$/iu;
/** Longest post, in words, read as the embed over a signature: a post on these networks is a few sentences. */
const MAX_POST_WORDS = 80;

/** Where an embed's signature starts in a paragraph ("— Name (@handle) Date" closing it), or -1. */
export function signatureStart(paragraph: string): number {
  const text = paragraph.trimEnd();
  const from = Math.max(0, text.length - TAIL);
  const m = SIGNATURE.exec(text.slice(from));
  if (!m || writtenDate(m.groups?.rest ?? '') === null) return SHARED_BY.test(text.trim()) ? 0 : -1;
  return from + m.index + (m[0].length - m[0].trimStart().length);
}

/**
 * Indices of embedded posts among the body's paragraphs: each paragraph a signature closes (at most MAX_POST_WORDS
 * long), and the post right over a signature standing alone.
 */
export function socialEmbeds(paragraphs: readonly string[]): number[] {
  const out: number[] = [];
  paragraphs.forEach((paragraph, index) => {
    const start = signatureStart(paragraph);
    if (start < 0 || countWords(paragraph) > MAX_POST_WORDS) return;
    const above = paragraphs[index - 1];
    if (start === 0 && above !== undefined && countWords(above) > 0 && countWords(above) <= MAX_POST_WORDS && out.at(-1) !== index - 1) out.push(index - 1);
    out.push(index);
  });
  return out;
}
