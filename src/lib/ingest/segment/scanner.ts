// Walks the spaces of one line of text left to right and asks the boundary rules about each; sentences are slices
// of the text between the chosen spaces, so joining them with single spaces gives the line back exactly.
import { findListMarkers, isBullet } from './lists.ts';
import { judge, type Gap, type Verdict } from './rules.ts';
import { findSpans } from './spans.ts';
import { isClosingCode, startOf, tailOf } from './tokens.ts';

/** One judged space: the tokens on either side, the verdict and the rule that gave it. */
export interface Decision {
  before: string;
  after: string;
  verdict: Verdict;
  rule: string;
}

/** True for a letter, comma, semicolon or colon, after which no sentence ends. */
const plainEnd = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 44 || code === 59 || code === 58 || (code > 127 && /[\p{L}]/u.test(String.fromCharCode(code)));

/**
 * True for spaces decided without the rules: after a letter, comma or colon no sentence ends, and before a lower-case
 * letter or a closing mark it does not either (save list items, bullets and "word. . . . Next", which starts with a
 * dot). Most spaces of prose are decided here.
 */
function plainJoin(before: string, after: string, continuesList: boolean): boolean {
  if (continuesList || isBullet(after)) return false;
  if (plainEnd(before.charCodeAt(before.length - 1))) return true;
  const next = after.charCodeAt(0);
  return (next >= 97 && next <= 122) || (next !== 46 && isClosingCode(next));
}

/** Judges every space of a line (whitespace collapsed to single spaces), calling `decided` for each in order. */
function scan(line: string, decided: (i: number, verdict: Verdict, rule: string, gap: Gap) => void): string[] {
  const tokens = line.split(' ');
  const offsets = new Array<number>(tokens.length);
  let at = 0;
  for (let i = 0; i < tokens.length; i++) {
    offsets[i] = at;
    at += (tokens[i] as string).length + 1;
  }
  const spans = findSpans(line);
  const lists = findListMarkers(tokens);
  // One gap object is reused for every space: a paragraph of two megabytes has hundreds of thousands of them.
  const gap: Gap = { text: line, tokens, offsets, i: 0, sentenceStart: 0, next: 'upper', spans, lists, before: tailOf(''), inside: false };
  for (let i = 0; i + 1 < tokens.length; i++) {
    const before = tokens[i] as string;
    const following = tokens[i + 1] as string;
    if (plainJoin(before, following, lists.continuing.has(i + 1))) {
      decided(i, 'join', 'plain', gap);
      continue;
    }
    let next = startOf(following);
    // A dash between sentences ("What do you see? - Posted like…") defers to the word after it.
    if (next === 'dash') next = i + 2 < tokens.length ? startOf(tokens[i + 2] as string) : 'closing';
    gap.i = i;
    gap.next = next;
    gap.before = tailOf(before);
    gap.inside = spans.depthAt((offsets[i + 1] as number) - 1) > 0;
    const { verdict, rule } = judge(gap);
    decided(i, verdict, rule, gap);
    if (verdict === 'break') gap.sentenceStart = i + 1;
  }
  return tokens;
}

/** Judges every space of a line whose whitespace is already collapsed to single spaces, naming the deciding rule. */
export function judgeSpaces(line: string): Decision[] {
  const decisions: Decision[] = [];
  scan(line, (i, verdict, rule, gap) => decisions.push({ before: gap.tokens[i] as string, after: gap.tokens[i + 1] as string, verdict, rule }));
  return decisions;
}

/** Splits one line (whitespace collapsed to single spaces, trimmed) into sentences. */
export function segmentLine(line: string): string[] {
  if (!line) return [];
  const sentences: string[] = [];
  let from = 0;
  scan(line, (i, verdict, _rule, gap) => {
    if (verdict !== 'break') return;
    const space = (gap.offsets[i + 1] as number) - 1;
    sentences.push(line.slice(from, space));
    from = space + 1;
  });
  sentences.push(line.slice(from));
  return sentences;
}
