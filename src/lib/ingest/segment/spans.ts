// Quotations and brackets that close within the paragraph. No sentence ends inside one: a quoted passage with its
// attribution is one sentence, and a parenthesis is part of the sentence around it. Marks are paired in one pass.

/** Paired quotations and brackets of a text: where each bracket closes, and which positions lie inside a pair. */
export interface Spans {
  /** For a bracket opener's position, the position of its closer. */
  bracketCloser: Map<number, number>;
  /** For a bracket closer's position, the position of its opener. */
  bracketOpener: Map<number, number>;
  /** Number of pairs that start before position p, minus those that end at or before it; > 0 means inside a pair. */
  depthAt: (p: number) => number;
}

const BRACKETS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const SPACE = /\s/u;
/** Characters a quotation may open after: start, space, an opening bracket or quote, a dash. */
const BEFORE_OPENING = /[\s([{“‘"'«—–-]/u;
/** Characters a quotation may close before: end, space, punctuation, a closing bracket or quote. */
const AFTER_CLOSING = /[\s.,;:!?…)\]}”’"'»—–-]/u;

const QUOTES = new Set(['"', "'", '“', '”', '‘', '’', '«', '»']);

type QuoteKind = 'double' | 'single' | 'angle';

/** What the quotation mark at position i may do: open a quotation of its kind, close one, either or neither. */
function quoteRoles(text: string, i: number): { kind: QuoteKind; opens: boolean; closes: boolean } {
  const c = text[i] as string;
  const before = i === 0 ? ' ' : (text[i - 1] as string);
  const after = text[i + 1] ?? ' ';
  const kind: QuoteKind = c === '«' || c === '»' ? 'angle' : c === '"' || c === '“' || c === '”' ? 'double' : 'single';
  const opens = c === '“' || c === '«' || ((c === '"' || c === "'" || c === '‘') && BEFORE_OPENING.test(before) && !SPACE.test(after));
  // A plural possessive ("the ministers’ talks") looks like a closing quote; it has an "s" before and a space after.
  const possessive = kind === 'single' && /s/i.test(before) && SPACE.test(after);
  const closes = c === '”' || c === '»' || ((c === '"' || c === "'" || c === '’') && !SPACE.test(before) && AFTER_CLOSING.test(after) && !possessive);
  return { kind, opens, closes };
}

/** Pairs quotation marks (by kind, most recent opener) and brackets (nested) in one pass over the text. */
export function findSpans(text: string): Spans {
  const delta = new Int32Array(text.length + 1);
  const bracketCloser = new Map<number, number>();
  const bracketOpener = new Map<number, number>();
  const stacks: Record<string, number[]> = { '(': [], '[': [], '{': [] };
  const open: Partial<Record<QuoteKind, number>> = {};
  const pair = (from: number, to: number) => {
    delta[from + 1] = (delta[from + 1] ?? 0) + 1;
    delta[to] = (delta[to] ?? 0) - 1;
  };
  for (let i = 0; i < text.length; i++) {
    // Letters, digits and spaces are most of any text and none of them pairs.
    const code = text.charCodeAt(i);
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 32) continue;
    const c = text[i] as string;
    if (c in stacks) {
      stacks[c]?.push(i);
      continue;
    }
    if (c in BRACKETS) {
      const from = stacks[BRACKETS[c] as string]?.pop();
      if (from !== undefined) {
        bracketCloser.set(from, i);
        bracketOpener.set(i, from);
        pair(from, i);
      }
      continue;
    }
    if (!QUOTES.has(c)) continue;
    // A straight quote between two words or spaces is neither; one that could do both closes a pending quotation.
    const { kind, opens, closes } = quoteRoles(text, i);
    const from = open[kind];
    if (closes && from !== undefined) {
      pair(from, i);
      delete open[kind];
    } else if (opens) open[kind] = i;
  }
  let p = 0;
  let depth = 0;
  // Positions are asked for in increasing order by the scanner, so the running sum stays linear.
  const depthAt = (q: number) => {
    if (q < p) {
      p = 0;
      depth = 0;
    }
    for (; p <= q; p++) depth += delta[p] as number;
    return depth;
  };
  return { bracketCloser, bracketOpener, depthAt };
}
