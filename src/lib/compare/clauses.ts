// Inserted and dropped clauses of a linked row: clauses of one side that the word diff marks as changed and that
// carry content words new to the other side. Found clause by clause, so an inserted clause is reported whole even
// when the diff keeps a stray word of it ("had") as unchanged, and never when it merely rewords what it replaced.
import type { AlignmentRow, Change, DiffOp } from './types.ts';
import { CLAUSE_CHANGED_SHARE, CLAUSE_MIN_WORDS, NOVEL_CLAUSE } from './thresholds.ts';
import { contentStems, isStopword } from './normalise.ts';
import { credits } from './attribution.ts';
import type { EntityTable } from '../text/entities.ts';
import { wordSpans } from '../text/words.ts';

/** A clause of a text with its place. */
export interface Clause {
  text: string;
  start: number;
  end: number;
}

// A clause ends at clause punctuation, at a sentence end, or before a word that opens a new clause or list item. A
// comma or colon between two digits is part of a number or a time ("1,200", "10:30"), no break.
const BREAK = /\s*(?:[;()–—]|(?<!\d)[,:]|[,:](?!\d))\s*|(?<=[.!?][”"’]?)\s+(?=["“‘]?\p{Lu})|\s+(?=(?:and|but|which|who|whose|whom|where|while|including|although|though|whereas|as well as)\s)/gu;

/** Splits a text into clauses, trimmed of punctuation, each with its range. */
export function splitClauses(text: string): Clause[] {
  const out: Clause[] = [];
  let at = 0;
  const push = (end: number) => {
    const raw = text.slice(at, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim().replace(/[.!?”"’]+$/u, '');
    if (body) out.push({ text: body, start: at + lead, end: at + lead + body.length });
  };
  for (const m of text.matchAll(BREAK)) {
    push(m.index);
    at = m.index + m[0].length;
  }
  push(text.length);
  return out;
}

/** A changed stretch of one side of a row, and how many new content words the other side put in its place. */
interface ChangedRange {
  start: number;
  end: number;
  text: string;
  replaced: number;
}

/**
 * The changed stretches of one side (deletions for the left, insertions for the right), variant pairs excluded.
 * What the other side put in a stretch's place counts only with the words this side does not have elsewhere: a
 * phrase moved within the sentence replaces nothing.
 */
function changedRanges(ops: readonly DiffOp[], side: 'left' | 'right', own: Set<string>, entities?: EntityTable): ChangedRange[] {
  const mine = side === 'left' ? 'delete' : 'insert';
  const theirs = side === 'left' ? 'insert' : 'delete';
  const out: ChangedRange[] = [];
  let at = 0;
  ops.forEach((o, i) => {
    if (o.op === theirs) return;
    if (o.op === mine && !o.variant) {
      const partner = [ops[i - 1], ops[i + 1]].find((p) => p?.op === theirs && !p.variant);
      const replaced = partner ? [...contentStems(partner.text, entities)].filter((k) => !own.has(k)).length : 0;
      out.push({ start: at, end: at + o.text.length, text: o.text, replaced });
    }
    at += o.text.length;
  });
  return out;
}

/** Words that open a clause, a list item or a purpose ("and …", "which …", "to prepare …"). */
const OPENER = /^(?:and|or|but|which|who|whose|whom|where|while|including|although|though|whereas|to|after|because|since)\b/iu;

/** A participle (“intended to unite…”, “seeking to…”): a phrase it opens after a noun describes the noun, as a clause. */
const PARTICIPLE = /^\p{L}{2,}(?:ed|ing)\b/iu;
/** Words after which a participle is part of the verb or names a thing (“was intended”, “the meeting”), no clause. */
const NOT_BEFORE_PARTICIPLE = /^(?:a|an|the|this|that|these|those|its|their|his|her|our|my|your|is|are|was|were|be|been|being|has|have|had|am|not|to)$/iu;

/**
 * True when a stretch of a text starts a clause and ends one: punctuation, a sentence edge or an opener around it,
 * or a participle after a noun opening it (“an alliance intended to unite Sunni nations, a source said”).
 */
function standsAlone(start: number, end: number, text: string): boolean {
  const before = text.slice(0, start).trimEnd();
  const lastWord = /\p{L}+$/u.exec(before)?.[0] ?? '';
  const rest = text.slice(start).trimStart();
  const participial = PARTICIPLE.test(rest) && lastWord !== '' && !NOT_BEFORE_PARTICIPLE.test(lastWord);
  const opens = before === '' || /[,;:(–—“"]$/u.test(before) || OPENER.test(lastWord) || OPENER.test(rest) || participial;
  return opens && /^\s*(?:[,;:()–—.!?”"]|$)/u.test(text.slice(end));
}

/**
 * Clauses of one side of a linked row that the other side lacks. A candidate is a clause of the sentence whose
 * words are mostly changed (CLAUSE_CHANGED_SHARE, first and last content word included), or a changed stretch that
 * stands alone as a clause. It must bring at least CLAUSE_MIN_WORDS content words new to the other side (NOVEL_CLAUSE
 * of its words), CLAUSE_MIN_WORDS more than what stood in its place (so a rewording is no clause), and not merely
 * credit a source ("speaking to Reuters": that is attribution).
 */
export function novelClauses(row: AlignmentRow, side: 'left' | 'right', entities?: EntityTable): Clause[] {
  const text = (side === 'left' ? row.left : row.right).join(' ');
  const other = contentStems((side === 'left' ? row.right : row.left).join(' '), entities);
  const own = contentStems(text, entities);
  const ranges = changedRanges(row.ops, side, own, entities);
  if (ranges.length === 0) return [];
  const inside = (s: { start: number; end: number }) => ranges.find((r) => s.start >= r.start && s.end <= r.end);
  const novelEnough = (clause: Clause, replaced: number) => {
    const stems = [...contentStems(clause.text, entities)];
    const novel = stems.filter((k) => !other.has(k)).length;
    return novel >= CLAUSE_MIN_WORDS && novel / stems.length >= NOVEL_CLAUSE && novel >= replaced + CLAUSE_MIN_WORDS && credits(clause.text).length === 0;
  };
  const found = splitClauses(text).filter((clause) => {
    const spans = wordSpans(clause.text).map((w) => ({ start: clause.start + w.start, end: clause.start + w.end, word: w.word }));
    const content = spans.filter((w) => !isStopword(w.word));
    const changed = spans.filter((w) => inside(w) !== undefined).length;
    if (spans.length === 0 || changed / spans.length < CLAUSE_CHANGED_SHARE) return false;
    if (!inside(content[0] ?? spans[0]!) || !inside(content.at(-1) ?? spans.at(-1)!)) return false;
    const replaced = new Set(spans.map(inside).filter((r): r is ChangedRange => r !== undefined));
    return novelEnough(clause, [...replaced].reduce((n, r) => n + r.replaced, 0));
  });
  for (const range of ranges) {
    for (const piece of splitClauses(range.text)) {
      const clause = { text: piece.text, start: range.start + piece.start, end: range.start + piece.end };
      if (found.some((c) => clause.start < c.end && clause.end > c.start)) continue;
      if (standsAlone(clause.start, clause.end, text) && novelEnough(clause, range.replaced)) found.push(clause);
    }
  }
  return mergeAdjacent(found.sort((a, b) => a.start - b.start), text);
}

/** Joins clauses that follow one another with only a clause break between them: one passage, one change. */
function mergeAdjacent(clauses: readonly Clause[], text: string): Clause[] {
  const out: Clause[] = [];
  for (const c of clauses) {
    const last = out.at(-1);
    if (last && /^[\s,;:–—]*$/u.test(text.slice(last.end, c.start))) out[out.length - 1] = { text: text.slice(last.start, c.end), start: last.start, end: c.end };
    else out.push(c);
  }
  return out;
}

/** Inserted and dropped clauses of a linked row, in text order (left side first). */
export function clauseChanges(row: AlignmentRow, index: number, entities?: EntityTable): Change[] {
  return [
    ...novelClauses(row, 'left', entities).map((c): Change => ({ type: 'dropped-clause', row: index, left: c.text, right: null })),
    ...novelClauses(row, 'right', entities).map((c): Change => ({ type: 'inserted-clause', row: index, left: null, right: c.text })),
  ];
}
