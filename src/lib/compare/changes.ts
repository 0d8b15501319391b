// Typed changes of an alignment: clauses, numbers, dates, names, attribution and quotes a rewrite altered.
import type { AlignmentRow, Change } from './types.ts';
import { CLAUSE_MIN_WORDS } from './thresholds.ts';
import { contentStems } from './normalise.ts';
import { similarity } from './similarity.ts';
import { features } from './vocabulary.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import { ATTRIBUTION_VERBS, MONTH_PATTERN } from '../text/lexicon.ts';

const ATTRIBUTION = new RegExp(`\\b(?:${ATTRIBUTION_VERBS.map(escapeRegExp).join('|')})\\b`, 'gi');
const QUOTE = /“([^”]{3,})”|"([^"]{3,})"/g;
const NAME = /\p{Lu}[\p{L}’'-]+(?:\s+(?:of\s+|al-|bin\s+)?\p{Lu}[\p{L}’'-]+)*/gu;

const trim = (text: string) => text.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '');

/** Share of a run's content words that do not occur anywhere on the other side: new information, not rewording. */
function novelty(run: string, other: Set<string>): number {
  const stems = [...contentStems(run)];
  return stems.length === 0 ? 0 : stems.filter((s) => !other.has(s)).length / stems.length;
}

/** Share of a clause's content words that must be new for it to count as inserted (or dropped) information. */
const NOVEL_CLAUSE = 0.6;


/** True when a clause stands between punctuation (or a sentence edge) in its sentence: a whole clause, not a fragment. */
function isWholeClause(clause: string, sentence: string): boolean {
  return new RegExp(`(?:^|[,;:(–—]\\s*)${escapeRegExp(clause)}\\s*(?:[,;:()–—.!?]|$)`).test(sentence);
}

/**
 * Inserted and dropped clauses: within each inserted or deleted run, the punctuation-delimited clauses of several
 * content words, mostly absent from the other side — new information set off as a clause, not rewording.
 */
function clauses(row: AlignmentRow, index: number): Change[] {
  const out: Change[] = [];
  const leftText = row.left.join(' ');
  const rightText = row.right.join(' ');
  const leftStems = contentStems(leftText);
  const rightStems = contentStems(rightText);
  for (const op of row.ops) {
    if (op.op === 'equal') continue;
    for (const piece of op.text.split(/[,;:()–—]/)) {
      const clause = trim(piece);
      if (contentStems(clause).size < CLAUSE_MIN_WORDS) continue;
      if (op.op === 'insert' && isWholeClause(clause, rightText) && novelty(clause, leftStems) >= NOVEL_CLAUSE) {
        out.push({ type: 'inserted-clause', row: index, left: null, right: clause });
      }
      if (op.op === 'delete' && isWholeClause(clause, leftText) && novelty(clause, rightStems) >= NOVEL_CLAUSE) {
        out.push({ type: 'dropped-clause', row: index, left: clause, right: null });
      }
    }
  }
  return out;
}

/** Numbers (and dates) present on one side of a row but not the other. */
function numbers(row: AlignmentRow, index: number): Change[] {
  const find = (text: string) => (text.match(/\d[\d,.]*\d|\d/g) ?? []).map((n) => n.replace(/,/g, ''));
  const left = find(row.left.join(' '));
  const right = find(row.right.join(' '));
  const onlyLeft = left.filter((n) => !right.includes(n));
  const onlyRight = right.filter((n) => !left.includes(n));
  if (onlyLeft.length === 0 && onlyRight.length === 0) return [];
  if (onlyLeft.length === 0 || onlyRight.length === 0) {
    // A number only added or only dropped is still a changed figure when the other side had numbers too.
    if (left.length === 0 || right.length === 0) return [];
  }
  const dateLike = [...onlyLeft, ...onlyRight].some((n) => /^(?:1[89]|20)\d\d$/.test(n)) || (MONTH_PATTERN.test(row.left.join(' ')) && MONTH_PATTERN.test(row.right.join(' ')));
  return [{ type: dateLike ? 'date-changed' : 'number-changed', row: index, left: onlyLeft.join(', ') || null, right: onlyRight.join(', ') || null }];
}

/** Proper names (capitalised word runs, not at a sentence start) in a sentence list. */
function names(sentences: readonly string[]): string[] {
  const found = new Set<string>();
  for (const sentence of sentences) {
    for (const match of sentence.matchAll(NAME)) {
      if (match.index === 0 || /[.!?“"]\s*$/.test(sentence.slice(0, match.index))) continue;
      if (MONTH_PATTERN.test(match[0]) && match[0].length <= 9) continue;
      found.add(match[0].replace(/[’']s$/u, ''));
    }
  }
  return [...found];
}

/** Names on one side of a row whose words appear nowhere on the other side. */
function nameChanges(row: AlignmentRow, index: number): Change[] {
  const leftText = row.left.join(' ').toLowerCase();
  const rightText = row.right.join(' ').toLowerCase();
  const absent = (name: string, text: string) => name.toLowerCase().split(/\s+/).every((w) => !text.includes(w));
  return [
    ...names(row.right).filter((n) => absent(n, leftText)).map((n): Change => ({ type: 'name-added', row: index, left: null, right: n })),
    ...names(row.left).filter((n) => absent(n, rightText)).map((n): Change => ({ type: 'name-dropped', row: index, left: n, right: null })),
  ];
}

/** Attribution verbs replaced by others ("said" → "claimed"). */
function attribution(row: AlignmentRow, index: number): Change[] {
  const verbs = (text: string) => new Set((text.match(ATTRIBUTION) ?? []).map((v) => v.toLowerCase()));
  const left = verbs(row.left.join(' '));
  const right = verbs(row.right.join(' '));
  const gone = [...left].filter((v) => !right.has(v));
  const come = [...right].filter((v) => !left.has(v));
  return gone.length > 0 && come.length > 0 ? [{ type: 'attribution-changed', row: index, left: gone.join(', '), right: come.join(', ') }] : [];
}

/** Direct quotes of a sentence list. */
function quotes(sentences: readonly string[]): string[] {
  return [...sentences.join(' ').matchAll(QUOTE)].map((m) => (m[1] ?? m[2] ?? '').trim());
}

/** Quotes added, dropped, or altered (matched by content, but worded differently). */
function quoteChanges(row: AlignmentRow, index: number, weight: Float64Array, termIds: (text: string) => number[]): Change[] {
  const left = quotes(row.left);
  const right = quotes(row.right);
  const out: Change[] = [];
  const matched = new Set<number>();
  for (const q of left) {
    const fq = features(termIds(q), weight);
    let best = -1;
    let bestScore = 0.5;
    right.forEach((r, j) => {
      const score = matched.has(j) ? 0 : similarity(fq, features(termIds(r), weight), weight);
      if (score >= bestScore) {
        best = j;
        bestScore = score;
      }
    });
    if (best < 0) out.push({ type: 'quote-dropped', row: index, left: q, right: null });
    else {
      matched.add(best);
      if (right[best] !== q) out.push({ type: 'quote-altered', row: index, left: q, right: right[best] as string });
    }
  }
  right.forEach((r, j) => {
    if (!matched.has(j)) out.push({ type: 'quote-added', row: index, left: null, right: r });
  });
  return out;
}

/**
 * Lists the typed changes of an alignment, row by row: sentences only on one side, moves, inserted and dropped
 * clauses, changed numbers and dates, names added or dropped, attribution verbs changed, and quotes.
 */
export function listChanges(rows: readonly AlignmentRow[], weight: Float64Array, termIds: (text: string) => number[]): Change[] {
  return rows.flatMap((row, index): Change[] => {
    const text = (side: string[]) => side.join(' ');
    switch (row.kind) {
      case 'left-only':
        return [{ type: 'sentence-dropped', row: index, left: text(row.left), right: null }, ...quoteChanges(row, index, weight, termIds)];
      case 'right-only':
        return [{ type: 'sentence-added', row: index, left: null, right: text(row.right) }, ...quoteChanges(row, index, weight, termIds)];
      case 'same':
        return [];
      default:
        return [
          ...(row.kind === 'moved' ? [{ type: 'sentence-moved' as const, row: index, left: text(row.left), right: text(row.right) }] : []),
          ...clauses(row, index),
          ...numbers(row, index),
          ...nameChanges(row, index),
          ...attribution(row, index),
          ...quoteChanges(row, index, weight, termIds),
        ];
    }
  });
}
