// Word-level diff of two sentence groups on word keys, its cleanup into readable replacements, and the row grade it
// implies. Words compare by key (the rules search uses too), so "destabilising" and "destabilizing", or "US" and
// "United States", are the same word: they are marked as a variant pair, never as a deletion plus an insertion.
import { diffArrays } from 'diff';
import type { DiffOp, RowGrade } from './types.ts';
import { countWords } from '../text/words.ts';
import { textKeys } from '../text/keys.ts';
import type { EntityTable } from '../text/entities.ts';
import { DIFF_MAX_EDIT_LENGTH, DIFF_MAX_TOKENS, DIFF_TIMEOUT_MS, LIGHT_EDIT_MAX_CHANGE } from './thresholds.ts';

/** A word (or a whole name) or a punctuation mark, with the white space after it, and its key. */
interface Token {
  /** The token as written, white space after it included (so tokens join back into the text). */
  text: string;
  /** The token without that white space. */
  core: string;
  key: string;
}

// Quotation marks and dashes in their typographic variants compare as one mark.
const PUNCTUATION_KEY: Record<string, string> = { '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '‘': "'", '’': "'", '–': '-', '—': '-' };

/**
 * Cuts a text into tokens whose texts join back into it exactly. White space rides on the token before it, so the
 * diff lines up words and punctuation, never the spaces between them.
 */
function tokens(text: string, entities?: EntityTable): Token[] {
  const out: Token[] = [];
  const add = (core: string, key: string) => out.push({ text: core, core, key });
  const gap = (from: number, to: number) => {
    for (const m of text.slice(from, to).matchAll(/\s+|[^\s]/gu)) {
      const t = m[0];
      const last = out.at(-1);
      if (/^\s/u.test(t)) {
        if (last) last.text += t;
        else add(t, ' ');
      } else add(t, `~${PUNCTUATION_KEY[t] ?? t}`);
    }
  };
  let at = 0;
  for (const w of textKeys(text, entities)) {
    gap(at, w.start);
    add(w.word, w.key);
    at = w.end;
  }
  gap(at, text.length);
  return out;
}

/**
 * Word-level diff turning `left` into `right`, always bounded and deterministic: a row over a token limit is not
 * diffed, and jsdiff stops at an edit-length limit; such a row is shown as wholly replaced. Every character is in
 * some op, so the ops rebuild both texts exactly. Words equal by key but written differently become a delete +
 * insert pair marked `variant`.
 */
export function wordDiff(left: string, right: string, entities?: EntityTable): DiffOp[] {
  if (left === right) return left ? [{ op: 'equal', text: left }] : [];
  if (!left) return [{ op: 'insert', text: right }];
  if (!right) return [{ op: 'delete', text: left }];
  const a = tokens(left, entities);
  const b = tokens(right, entities);
  const parts =
    a.length + b.length > DIFF_MAX_TOKENS
      ? undefined
      : diffArrays(a.map((t) => t.key), b.map((t) => t.key), { timeout: DIFF_TIMEOUT_MS, maxEditLength: DIFF_MAX_EDIT_LENGTH });
  if (!parts) return [{ op: 'delete', text: left }, { op: 'insert', text: right }];
  const raw: DiffOp[] = [];
  let i = 0;
  let j = 0;
  for (const part of parts) {
    const n = part.count ?? part.value.length;
    if (part.removed) {
      raw.push({ op: 'delete', text: a.slice(i, i + n).map((t) => t.text).join('') });
      i += n;
    } else if (part.added) {
      raw.push({ op: 'insert', text: b.slice(j, j + n).map((t) => t.text).join('') });
      j += n;
    } else {
      for (let k = 0; k < n; k++) {
        const x = a[i + k] as Token;
        const y = b[j + k] as Token;
        const last = raw.at(-1);
        if (x.text === y.text) {
          if (last?.op === 'equal') last.text += x.text;
          else raw.push({ op: 'equal', text: x.text });
        } else {
          if (x.core === y.core) {
            if (last?.op === 'equal') last.text += x.core;
            else raw.push({ op: 'equal', text: x.core });
          } else raw.push({ op: 'delete', text: x.core, variant: true }, { op: 'insert', text: y.core, variant: true });
          const [xs, ys] = [x.text.slice(x.core.length), y.text.slice(y.core.length)];
          const [nx, ny] = k + 1 < n ? [a[i + k + 1] as Token, b[j + k + 1] as Token] : [undefined, undefined];
          if (xs === ys) {
            if (xs) raw.push({ op: 'equal', text: xs });
          } else if (nx && ny && nx.core !== ny.core) {
            // White space before a word written another way belongs to that way of writing it ("4 percent", "4%").
            a[i + k + 1] = { ...nx, core: xs + nx.core, text: xs + nx.text };
            b[j + k + 1] = { ...ny, core: ys + ny.core, text: ys + ny.text };
          } else {
            // Different white space after one word is a (near invisible) change, joined to any change beside it.
            raw.push(...([{ op: 'delete', text: xs }, { op: 'insert', text: ys }] as const).filter((o) => o.text));
          }
        }
      }
      i += n;
      j += n;
    }
  }
  return cleanupSemantic(compact(raw));
}

/** Joins neighbouring ops of the same kind (variant pairs stay as they are), dropping empty ones. */
function compact(ops: readonly DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  for (const o of ops) {
    if (!o.text) continue;
    const last = out.at(-1);
    if (last && !last.variant && !o.variant && last.op === o.op) last.text += o.text;
    else out.push({ ...o });
  }
  return out;
}

// Equal stretches this small between two changes are coincidences ("the", "of", a space), not shared text.
const TRIVIAL = /^[\s\p{P}]*(?:(?:a|an|the|of|in|on|to|and|or|for|with|by|at|as|is|its)[\s\p{P}]+){0,2}(?:a|an|the|of|in|on|to|and|or|for|with|by|at|as|is|its)?[\s\p{P}]*$/iu;
/** Punctuation that ends a clause: an equal stretch holding one keeps the changes on either side apart. */
const CLAUSE_BREAK = /[,;:()–—]/u;

/** True for a change op (a variant pair counts as unchanged text). */
const isChange = (o: DiffOp | undefined) => o !== undefined && o.op !== 'equal' && !o.variant;

/** The white space at the start (or end) of both texts, as far as they agree; none when either text is empty. */
function sharedSpace(a: string, b: string, at: 'start' | 'end'): string {
  const edge = at === 'start' ? /^\s*/u : /\s*$/u;
  const x = edge.exec(a)?.[0] ?? '';
  const y = edge.exec(b)?.[0] ?? '';
  let n = 0;
  while (n < x.length && n < y.length && (at === 'start' ? x[n] === y[n] : x[x.length - 1 - n] === y[y.length - 1 - n])) n += 1;
  return at === 'start' ? x.slice(0, n) : x.slice(x.length - n);
}

/**
 * Merges word-diff fragments into readable replacements: a trivial equal stretch between two changes (within one
 * clause) is taken into both the deletion and the insertion, and each run of changes becomes one deletion then one
 * insertion. Variant pairs and clause breaks are kept as they are, so a reworded word never blurs into its
 * neighbours and an inserted clause stands on its own. White space both sides of a replacement start or end with
 * is left out of it, as unchanged text. Both texts are rebuilt exactly as before.
 */
export function cleanupSemantic(raw: readonly DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  let del = '';
  let ins = '';
  const pushEqual = (o: DiffOp) => {
    const last = out.at(-1);
    if (o.op === 'equal' && last?.op === 'equal') last.text += o.text;
    else out.push({ ...o });
  };
  const flush = () => {
    // White space both sides of a replacement start or end with is shared text: "Egypt has" → "Egypt, despite
    // warnings, has" inserts ", despite warnings," and deletes nothing, not a space.
    const lead = sharedSpace(del, ins, 'start');
    if (lead) pushEqual({ op: 'equal', text: lead });
    const tail = sharedSpace(del.slice(lead.length), ins.slice(lead.length), 'end');
    del = del.slice(lead.length, del.length - tail.length);
    ins = ins.slice(lead.length, ins.length - tail.length);
    if (del) out.push({ op: 'delete', text: del });
    if (ins) out.push({ op: 'insert', text: ins });
    if (tail) pushEqual({ op: 'equal', text: tail });
    del = '';
    ins = '';
  };
  raw.forEach((o, i) => {
    if (isChange(o)) {
      if (o.op === 'delete') del += o.text;
      else ins += o.text;
      return;
    }
    if (o.op === 'equal') {
      const between = (del || ins) && isChange(raw[i + 1]) && TRIVIAL.test(o.text) && !CLAUSE_BREAK.test(o.text);
      if (between) {
        del += o.text;
        ins += o.text;
        return;
      }
    }
    flush();
    pushEqual(o);
  });
  flush();
  return out;
}

/** The left text a list of ops starts from. */
export function leftText(ops: readonly DiffOp[]): string {
  return ops.filter((o) => o.op !== 'insert').map((o) => o.text).join('');
}

/** The right text a list of ops produces. */
export function rightText(ops: readonly DiffOp[]): string {
  return ops.filter((o) => o.op !== 'delete').map((o) => o.text).join('');
}

/**
 * Grades a linked row for readers: verbatim, light edit or paraphrase, from the share of words that changed. A row
 * where one side keeps every word of the other (words cut from a sentence, or added to it, none replaced) is at most
 * a light edit: nothing was reworded, however much was cut ("a part of one long sentence, quoted word for word").
 */
export function gradeOps(ops: readonly DiffOp[]): RowGrade {
  let changed = 0;
  let total = 0;
  let removed = 0;
  let added = 0;
  for (const o of ops) {
    const n = countWords(o.text);
    if (o.variant) {
      // A variant pair is one unchanged word, counted once per side as equal text is.
      total += n;
      continue;
    }
    total += o.op === 'equal' ? 2 * n : n;
    if (o.op !== 'equal') changed += n;
    if (o.op === 'delete') removed += n;
    if (o.op === 'insert') added += n;
  }
  if (changed === 0) return 'verbatim';
  if (removed === 0 || added === 0) return 'light-edit';
  return changed / Math.max(1, total) <= LIGHT_EDIT_MAX_CHANGE ? 'light-edit' : 'paraphrase';
}
