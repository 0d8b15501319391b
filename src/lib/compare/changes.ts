// Typed changes of an alignment, as a fact-checker lists them: sentences and quotations added, dropped or moved;
// clauses inserted or dropped; dates and numbers changed as values; names gone from or new to a row as entities;
// a change in who is credited; quotations reworded. Fewer, truer changes: each difference is said once.
import type { AlignmentRow, Change } from './types.ts';
import { QUOTE_PAIR_MIN } from './thresholds.ts';
import { clauseChanges } from './clauses.ts';
import { rowEdit } from './row-edits.ts';
import { credits, isPronounSource, isReferenceSource, namingKeys, sameSource, type Credit } from './attribution.ts';
import { capitalKeys, names, type Name } from './names.ts';
import { opensQuotation, quotations, type Quoted } from './quotes.ts';
import { textKeys } from '../text/keys.ts';
import type { EntityTable } from '../text/entities.ts';
import { datesContradict, quantities, type Quantity } from '../text/quantities.ts';
import { words } from '../text/words.ts';
import { wordKey } from '../text/word-key.ts';

/** What the change rules know besides the rows: the entity rules and word facts of the two whole articles. */
export interface ChangeContext {
  entities?: EntityTable;
  /** Flat sentence indices of crossheads on each side: headings, not body text, so never a change. */
  leftHeadings?: ReadonlySet<number>;
  rightHeadings?: ReadonlySet<number>;
}

/** Facts about the pair's words: which capitalised words are names, which are common nouns, where each key is. */
interface PairFacts {
  entities?: EntityTable;
  /** Capital ↔ country keys, both ways ("washington" ↔ "@us"): one may stand for the other in a row. */
  metonyms: ReadonlyMap<string, string>;
  known: (key: string) => boolean;
  common: (key: string) => boolean;
  /** Rows where each key occurs on the left and on the right. */
  leftRows: Map<string, number[]>;
  rightRows: Map<string, number[]>;
}

function pairFacts(rows: readonly AlignmentRow[], entities?: EntityTable): PairFacts {
  const known = new Set<string>();
  const common = new Set<string>();
  const leftRows = new Map<string, number[]>();
  const rightRows = new Map<string, number[]>();
  const note = (map: Map<string, number[]>, key: string, row: number) => {
    const list = map.get(key) ?? [];
    if (list.at(-1) !== row) list.push(row);
    map.set(key, list);
  };
  rows.forEach((row, index) => {
    for (const [side, map] of [[row.left, leftRows], [row.right, rightRows]] as const) {
      for (const sentence of side) {
        textKeys(sentence, entities).forEach((w, i) => {
          note(map, w.key, index);
          for (const p of w.parts ?? []) note(map, p.key, index);
          if (/^\p{Ll}/u.test(w.word)) common.add(w.key);
          else if (i > 0) known.add(w.key);
        });
      }
    }
  });
  return { entities, metonyms: capitalKeys(entities).either, known: (k) => known.has(k), common: (k) => common.has(k), leftRows, rightRows };
}

/** A number value's figure and unit ("600000000€" → 600000000, "€"). */
function figureAndUnit(value: string): [string, string] {
  const m = /^(-?[\d.e+]+)(.*)$/.exec(value);
  return m ? [m[1] as string, m[2] as string] : [value, ''];
}

/** True when two number values are one figure, written with its unit on one side and without it on the other. */
export function sameFigureOneUnit(a: string, b: string): boolean {
  const [fa, ua] = figureAndUnit(a);
  const [fb, ub] = figureAndUnit(b);
  return fa === fb && (ua === '') !== (ub === '');
}

/** True for a clock time ("6 a.m.", "6pm"): a number whose unit is its half of the day. */
const isClockTime = (q: Quantity) => /\d[ap]m$/.test(q.value);

/** Dates, and numbers with their units, whose values differ between the two sides of a row. */
function quantityChanges(row: AlignmentRow, index: number): Change[] {
  const left = quantities(row.left.join(' '));
  const right = quantities(row.right.join(' '));
  const out: Change[] = [];
  for (const kind of ['date', 'number'] as const) {
    const l = left.filter((q) => q.kind === kind);
    const r = right.filter((q) => q.kind === kind);
    if (l.length === 0 || r.length === 0) continue;
    const unmatched = (a: Quantity[], b: Quantity[]) => {
      const rest = b.map((q) => q.value);
      return a.filter((q) => {
        let i = rest.indexOf(q.value);
        // The same figure with its unit on one side only ("600 million" / "600 million euros") is the same figure.
        if (i < 0 && kind === 'number') i = rest.findIndex((v) => sameFigureOneUnit(v, q.value));
        if (i < 0) return true;
        rest.splice(i, 1);
        return false;
      });
    };
    let onlyLeft = unmatched(l, r);
    let onlyRight = unmatched(r, l);
    if (kind === 'date') {
      // A date is changed only when the other side gives a date that contradicts it, not one of another kind.
      const contradicted = (a: Quantity[], b: Quantity[]) => a.filter((q) => b.some((o) => datesContradict(q.value, o.value)));
      [onlyLeft, onlyRight] = [contradicted(onlyLeft, onlyRight), contradicted(onlyRight, onlyLeft)];
    } else {
      // A clock time is changed only against another time: one side's "at 6 a.m." beside the other's figures is a
      // detail it adds, not a figure it changed.
      const timed = (a: Quantity[], b: Quantity[]) => a.filter((q) => !isClockTime(q) || b.some(isClockTime));
      [onlyLeft, onlyRight] = [timed(onlyLeft, onlyRight), timed(onlyRight, onlyLeft)];
    }
    if (onlyLeft.length === 0 && onlyRight.length === 0) continue;
    // Each value named once: "6 a.m." twice in a sentence is one time.
    const listed = (qs: Quantity[]) => [...new Set(qs.map((q) => q.text))].join(', ') || null;
    out.push({
      type: kind === 'date' ? 'date-changed' : 'number-changed',
      row: index,
      left: listed(onlyLeft),
      right: listed(onlyRight),
    });
  }
  return out;
}

/** Words before a name that make it a place rather than a government ("regime change in Doha", "a base near Tehran"). */
const PLACE_BEFORE = /\b(?:in|inside|outside|near)\s+$/iu;

/** Names on one side of a row whose entity is absent from the other side; where the other article has it, said too. */
function nameChanges(row: AlignmentRow, index: number, facts: PairFacts): Change[] {
  const sideKeys = (side: readonly string[]) => new Set(side.flatMap((s) => textKeys(s, facts.entities).flatMap((w) => [w.key, ...(w.parts ?? []).map((p) => p.key)])));
  const leftKeys = sideKeys(row.left);
  const rightKeys = sideKeys(row.right);
  // Each name once, with whether every mention of it is a place ("regime change in Doha").
  const find = (side: readonly string[]) => {
    const seen = new Map<string, Name & { place: boolean }>();
    for (const s of side) {
      for (const n of names(s, facts.entities, facts.known, facts.common)) {
        const id = n.keys.join(' ');
        const place = PLACE_BEFORE.test(s.slice(Math.max(0, n.start - 20), n.start));
        const first = seen.get(id);
        if (first) first.place &&= place;
        else seen.set(id, { ...n, place });
      }
    }
    return [...seen.values()];
  };
  // A capital stands for its country's government ("talks with Tehran"), not where it is a place: "in Doha" kept
  // as "Qatar" is a place dropped.
  // A name written out in other words order ("the 2015 deal" as "the deal of 2015") is kept.
  const absent = (n: Name & { place: boolean }, keys: Set<string>) =>
    n.keys.every((k) => !keys.has(k) && (n.place || !keys.has(facts.metonyms.get(k) ?? ''))) && !n.words?.every((k) => keys.has(k));
  const elsewhere = (n: Name, rows: Map<string, number[]>) => n.keys.flatMap((k) => rows.get(k) ?? []).filter((r) => r !== index).sort((a, b) => a - b)[0];
  const out: Change[] = [];
  for (const n of find(row.right)) {
    if (!absent(n, leftKeys)) continue;
    const at = elsewhere(n, facts.leftRows);
    out.push({ type: 'name-added', row: index, left: null, right: n.text, ...(at === undefined ? {} : { elsewhere_row: at }) });
  }
  for (const n of find(row.left)) {
    if (!absent(n, rightKeys)) continue;
    const at = elsewhere(n, facts.rightRows);
    out.push({ type: 'name-dropped', row: index, left: n.text, right: null, ...(at === undefined ? {} : { elsewhere_row: at }) });
  }
  return out;
}

/** Only spaces and punctuation between a quotation and the credit that closes it ('," said X'). */
const CLOSES = /^[\s,.:;—–-]*$/u;
/** A few words at most (whom it was said to, when) between a credit and the quotation it introduces ('X told reporters: "'). */
const INTRODUCES = /^(?:\s+[\p{L}\p{N}'’-]+){0,4}\s*[,:—–-]?\s*$/u;

/**
 * Credits attached to a quotation listed as added or dropped on their side (`found[i]`: the credits of `side[i]`):
 * when the other side credits no one, who is quoted is part of that quotation's change ("quote only in B"), not a
 * change of who is credited for the row.
 */
function quoteCredits(side: readonly string[], found: readonly Credit[][], oneSidedQuotes: readonly string[]): Set<string> {
  const attached = new Set<string>();
  side.forEach((sentence, i) => {
    const gone = quotations(sentence).filter((q) => oneSidedQuotes.includes(q.text));
    if (gone.length === 0) return;
    for (const c of found[i] ?? []) {
      const at = sentence.indexOf(c.phrase);
      const after = (q: Quoted) => at >= q.end && CLOSES.test(sentence.slice(q.end, at));
      const before = (q: Quoted) => at + c.phrase.length <= q.start && INTRODUCES.test(sentence.slice(at + c.phrase.length, q.start));
      if (gone.some((q) => after(q) || before(q))) attached.add(c.phrase);
    }
  });
  return attached;
}

/** A change in who is credited: a source credited on one side of a row and on the other not (the verb aside). */
function attributionChanges(row: AlignmentRow, index: number, quotes: readonly Change[], entities?: EntityTable): Change[] {
  const leftFound = row.left.map((s) => credits(s));
  const rightFound = row.right.map((s) => credits(s));
  let left = leftFound.flat();
  let right = rightFound.flat();
  if (left.length === 0) {
    const attached = quoteCredits(row.right, rightFound, quotes.flatMap((q) => (q.type === 'quote-added' && q.right ? [q.right] : [])));
    right = right.filter((c) => !attached.has(c.phrase));
  } else if (right.length === 0) {
    const attached = quoteCredits(row.left, leftFound, quotes.flatMap((q) => (q.type === 'quote-dropped' && q.left ? [q.left] : [])));
    left = left.filter((c) => !attached.has(c.phrase));
  }
  const textKeysOf = (side: readonly string[]) => new Set(side.flatMap((s) => textKeys(s, entities).map((w) => w.key)));
  const leftKeys = textKeysOf(row.left);
  const rightKeys = textKeysOf(row.right);
  // A credit is gone when no credit on the other side names its source, and the other side does not name that
  // source at all (with a verb the rules do not know); a pronoun ("he added") refers to a source credited elsewhere.
  const unmatched = (a: Credit[], b: Credit[], otherKeys: Set<string>) =>
    a.filter((c) => {
      if (isPronounSource(c.source) || isReferenceSource(c.source) || b.some((d) => !isReferenceSource(d.source) && sameSource(c.source, d.source, entities))) return false;
      const keys = namingKeys(c.source, entities);
      return keys.length === 0 || !keys.every((k) => otherKeys.has(k));
    });
  // A report referred back to ("the report said") stands for a source the other side credits and this side does
  // not, one for one: references on both sides cancel; a reference with no such source, or a source gone with no
  // reference for it, is a change of credit.
  const references = (list: Credit[]) => new Set(list.filter((c) => isReferenceSource(c.source)).map((c) => c.source.toLowerCase())).size;
  const shared = Math.min(references(left), references(right));
  const [refLeft, refRight] = [references(left) - shared, references(right) - shared];
  const uncredited = (a: Credit[], b: Credit[]) =>
    a.filter((c) => !isPronounSource(c.source) && !isReferenceSource(c.source) && !b.some((d) => !isReferenceSource(d.source) && sameSource(c.source, d.source, entities))).length;
  const covered = unmatched(left, right, rightKeys).length <= refRight && unmatched(right, left, leftKeys).length <= refLeft;
  if (covered && refLeft <= uncredited(right, left) && refRight <= uncredited(left, right)) return [];
  // A phrase inside another ("told Reuters" in "four sources told Reuters") is said once, in the longer one.
  const phrases = (list: Credit[]) => {
    const all = [...new Set(list.map((c) => c.phrase))];
    return all.filter((p) => !all.some((q) => q !== p && q.includes(p))).join('; ') || null;
  };
  return [{ type: 'attribution-changed', row: index, left: phrases(left), right: phrases(right) }];
}

/**
 * The words of a text for comparing quotations, by the word rules (case, accents, British and American spelling,
 * inflection), a typewriter apostrophe the same as a curly one: a quotation only spelt otherwise is the same quotation.
 */
const quoteWords = (text: string) => words(text.replace(/[’‘ʼ]/gu, "'")).map(wordKey);

/** Word overlap of two quotations (0–1). */
function quoteOverlap(a: Quoted, b: Quoted): number {
  const x = quoteWords(a.inner);
  const y = new Set(quoteWords(b.inner));
  if (x.length === 0 || y.size === 0) return 0;
  return (2 * x.filter((w) => y.has(w)).length) / (x.length + y.size);
}

const sameQuote = (a: Quoted, b: Quoted) => quoteWords(a.inner).join(' ') === quoteWords(b.inner).join(' ');

/** The quotations of one row, each side's. */
type RowQuotations = Record<'left' | 'right', Quoted[]>;

/**
 * Quotations of a linked row: one worded differently is one `quote-altered` (both texts shown), one on a side only
 * is added or dropped. Quotations inside a clause already listed as inserted or dropped are not listed again.
 */
function quoteChanges(index: number, listedClauses: readonly Change[], own: RowQuotations, all: RowQuotations): Change[] {
  const bagOf = (text: string) => quoteWords(text).join(' ');
  const inClause = (q: Quoted, side: 'left' | 'right') => listedClauses.some((c) => bagOf(c[side] ?? '').includes(bagOf(q.inner)));
  const left = own.left.filter((q) => !inClause(q, 'left'));
  const right = own.right.filter((q) => !inClause(q, 'right'));
  // A quotation the other article has, in this row or another, is neither dropped nor added nor reworded.
  const restLeft = left.filter((q) => !all.right.some((r) => sameQuote(q, r)));
  const restRight = right.filter((q) => !all.left.some((l) => sameQuote(q, l)));
  const out: Change[] = [];
  const used = new Set<Quoted>();
  for (const q of restLeft) {
    const candidates = restRight.filter((r) => !used.has(r)).map((r) => ({ r, score: quoteOverlap(q, r) })).sort((a, b) => b.score - a.score);
    // The only unmatched quotation on each side of a linked row is the same quotation reworded.
    const best = candidates[0] && (candidates[0].score >= QUOTE_PAIR_MIN || (restLeft.length === 1 && restRight.length === 1)) ? candidates[0].r : undefined;
    if (best) {
      used.add(best);
      out.push({ type: 'quote-altered', row: index, left: q.text, right: best.text });
    } else out.push({ type: 'quote-dropped', row: index, left: q.text, right: null });
  }
  for (const r of restRight) if (!used.has(r)) out.push({ type: 'quote-added', row: index, left: null, right: r.text });
  return out;
}

/** The one-sided sentences of a row, a quotation running over several sentences joined into one. */
function oneSided(sentences: readonly string[]): string[] {
  const out: string[] = [];
  let open = false;
  for (const s of sentences) {
    if (open && out.length > 0) out[out.length - 1] += ` ${s}`;
    else out.push(s);
    open = opensQuotation(out.at(-1) as string);
  }
  return out;
}

/**
 * Lists the typed changes of an alignment, row by row. A sentence only on one side is `sentence-added`/`-dropped`,
 * or one `quote-added`/`-dropped` when it carries someone's words (a quotation over several sentences is one
 * change); a row of crossheads only is `heading-added`/`-dropped`. A linked row lists its move, clauses, dates and
 * numbers, names, credits and quotations, or when it differs in none of these, what does differ (rowEdit).
 */
export function listChanges(rows: readonly AlignmentRow[], context: ChangeContext = {}): Change[] {
  const facts = pairFacts(rows, context.entities);
  // Each row's quotations, read once: for its own changes, and so one moved to another row is not listed as dropped or added.
  const rowQuotes: RowQuotations[] = rows.map((r) => ({ left: r.left.flatMap((s) => quotations(s)), right: r.right.flatMap((s) => quotations(s)) }));
  const allQuotes: RowQuotations = { left: rowQuotes.flatMap((q) => q.left), right: rowQuotes.flatMap((q) => q.right) };
  const out: Change[] = [];
  let carry: { change: Change; open: boolean } | null = null;
  rows.forEach((row, index) => {
    if (row.kind === 'left-only' || row.kind === 'right-only') {
      const side = row.kind === 'left-only' ? 'left' : 'right';
      const headings = (side === 'left' ? context.leftHeadings : context.rightHeadings) ?? new Set<number>();
      const indices = side === 'left' ? row.left_index : row.right_index;
      const sentences = side === 'left' ? row.left : row.right;
      const body = sentences.filter((_s, k) => !headings.has(indices[k] as number));
      // A row of crossheads only is still text on one side: listed as such, never as a sentence.
      if (body.length === 0 && sentences.length > 0) {
        const text = sentences.join(' ');
        out.push({ type: side === 'left' ? 'heading-dropped' : 'heading-added', row: index, left: side === 'left' ? text : null, right: side === 'right' ? text : null });
      }
      for (const text of oneSided(body)) {
        // A quotation left open in the previous one-sided row goes on here: one change, which ends in this row.
        if (carry?.open && carry.change[side] !== null && (side === 'left' ? carry.change.right === null : carry.change.left === null)) {
          carry.change[side] = `${carry.change[side]} ${text}`;
          carry.open = opensQuotation(carry.change[side] as string);
          if (index !== carry.change.row) carry.change.end_row = index;
          continue;
        }
        // A sentence whose quotations all stand elsewhere in the other article dropped (or added) words around them.
        const other = side === 'left' ? allQuotes.right : allQuotes.left;
        const quoted = quotations(text).some((q) => !other.some((o) => sameQuote(q, o)));
        const type = side === 'left' ? (quoted ? 'quote-dropped' : 'sentence-dropped') : quoted ? 'quote-added' : 'sentence-added';
        const change: Change = { type, row: index, left: side === 'left' ? text : null, right: side === 'right' ? text : null };
        out.push(change);
        carry = { change, open: opensQuotation(text) };
      }
      return;
    }
    carry = null;
    if (row.kind === 'same') return;
    const listedClauses = clauseChanges(row, index, context.entities);
    const quotes = quoteChanges(index, listedClauses, rowQuotes[index] as RowQuotations, allQuotes);
    const typed = [
      ...(row.kind === 'moved' ? [{ type: 'sentence-moved' as const, row: index, left: row.left.join(' '), right: row.right.join(' ') }] : []),
      ...listedClauses,
      ...quantityChanges(row, index),
      ...nameChanges(row, index, facts),
      ...attributionChanges(row, index, quotes, context.entities),
      ...quotes,
    ];
    // A row that differs is always in the list: with what differs in it when no typed change says so.
    out.push(...(typed.length > 0 ? typed : [rowEdit(row, index)]));
  });
  return out;
}
