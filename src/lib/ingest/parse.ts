import type { Boilerplate } from '../schema/article.ts';
import { classifyCredit } from './credits.ts';
import { detectDateline } from './dateline.ts';
import { detectInlineDate } from './dates.ts';
import { debrisKind, debrisStart, stripReadMore } from './debris.ts';
import { detectHead, isCrosshead } from './head.ts';
import { splitParagraphs } from './paragraphs.ts';
import { splitSentences } from './sentences.ts';

/** Everything the text of one file says about itself, before curated metadata is merged in. */
export interface ParsedText {
  title: string | null;
  outlet: string | null;
  published: string | null;
  author: string | null;
  license: string | null;
  dateline: string | null;
  paragraphs: string[];
  sentences: string[][];
  headings: number[];
  boilerplate: Boilerplate[];
}

/** How many leading paragraphs may carry an inline date label. */
const DATE_SEARCH = 3;
/** How many trailing paragraphs are searched for credit lines (licence, bio, "contributed to this report"). */
const CREDIT_SEARCH = 4;

/**
 * Splits trailing credit lines off the end of a paragraph: a bio or licence often sits on the article's last line
 * after two spaces, so segments are peeled from the end while they read as credits.
 */
function peelCredits(paragraph: string): { body: string; credits: string[] } {
  const segments = paragraph.split(/(?<=[.!?”"])\s{2,}(?=\S)/);
  const credits: string[] = [];
  while (segments.length > 1 && classifyCredit(segments.at(-1) as string)) credits.unshift(segments.pop() as string);
  return { body: segments.join(' '), credits };
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Most lines a leading `---` block may have to count as front matter rather than text. */
const FRONT_MATTER_LINES = 30;

/**
 * Separates a leading YAML-style `---` block: pasted from a CMS export, it is page metadata, not article text.
 * It is kept verbatim as boilerplate and never parsed, so nothing in it can set a field.
 */
function splitFrontMatter(text: string): { block: string | null; rest: string } {
  const match = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!match || (match[1] ?? '').split('\n').length > FRONT_MATTER_LINES) return { block: null, rest: text };
  return { block: match[0].trim(), rest: text.slice(match[0].length) };
}

/** Parses normalised article text into title, body paragraphs, sentences and labelled boilerplate. */
export function parseText(text: string): ParsedText {
  const boilerplate: Boilerplate[] = [];
  const frontMatter = splitFrontMatter(text);
  if (frontMatter.block) boilerplate.push({ kind: 'front-matter', text: frontMatter.block });
  const readMore: Boilerplate[] = [];
  let paragraphs = splitParagraphs(frontMatter.rest).map((p) => {
    const { text: cleaned, removed } = stripReadMore(p);
    if (removed) readMore.push({ kind: 'read-more', text: removed });
    return cleaned;
  });
  const tail: Boilerplate[] = [];
  let published: string | null = null;
  let outlet: string | null = null;
  let author: string | null = null;
  let license: string | null = null;

  for (let i = 0; i < Math.min(DATE_SEARCH, paragraphs.length) && !published; i++) {
    const found = detectInlineDate(paragraphs[i] as string);
    if (!found) continue;
    published = found.date;
    boilerplate.push({ kind: 'date', text: found.label });
    paragraphs[i] = found.rest.trim();
  }
  paragraphs = paragraphs.filter(Boolean);

  const head = detectHead(paragraphs);
  if (head.caption) boilerplate.push({ kind: 'caption', text: collapse(head.caption) });
  for (const line of head.standfirst) boilerplate.push({ kind: 'standfirst', text: collapse(line) });
  let body = paragraphs.slice(head.bodyStart);

  const cut = debrisStart(body);
  if (cut >= 0) {
    body.slice(cut).forEach((line, i) => tail.push({ kind: (i === 0 && debrisKind(line)) || 'related', text: collapse(line) }));
    body = body.slice(0, cut);
  }

  const credits: Boilerplate[] = [];
  for (let i = body.length - 1; i >= Math.max(0, body.length - CREDIT_SEARCH); i--) {
    const peeled = peelCredits(body[i] as string);
    // A whole paragraph is a credit only when it is short: a licence sentence glued to prose is peeled instead.
    // (The cheap word-count test in classifyCredit goes first, so a long paragraph is not segmented twice.)
    const whole = peeled.credits.length === 0 && classifyCredit(body[i] as string) && splitSentences(collapse(body[i] as string)).length <= 2;
    const found = whole ? { body: '', credits: [body[i] as string] } : peeled;
    if (found.credits.length === 0) break;
    for (const line of found.credits.reverse()) {
      const credit = classifyCredit(line);
      if (!credit) continue;
      credits.unshift({ kind: credit.kind, text: collapse(line) });
      if (credit.license) license ??= credit.license;
      if (credit.outlet) outlet ??= credit.outlet;
      if (credit.author) author ??= credit.author;
    }
    body[i] = found.body;
    if (found.body) break;
  }
  body = body.map(collapse).filter(Boolean);

  const first = body[0];
  const dateline = first ? detectDateline(first) : null;
  if (dateline) {
    body[0] = dateline.rest;
    outlet ??= dateline.outlet;
  }


  const headings = body.flatMap((p, i) => (i > 0 && i < body.length - 1 && isCrosshead(p) ? [i] : []));
  return {
    title: head.title ? collapse(head.title) : null,
    outlet,
    published,
    author,
    license,
    dateline: dateline?.text ?? null,
    paragraphs: body,
    sentences: body.map((p, i) => (headings.includes(i) ? [p] : splitSentences(p))),
    headings,
    boilerplate: [...boilerplate, ...(dateline ? [{ kind: 'dateline' as const, text: dateline.text }] : []), ...readMore, ...credits, ...tail],
  };
}
