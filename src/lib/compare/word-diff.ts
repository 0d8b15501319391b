// Word-level diff of two sentence groups, its cleanup into readable replacements, and the row grade it implies.
import { diffWordsWithSpace } from 'diff';
import type { DiffOp, RowGrade } from './types.ts';
import { countWords } from '../text/words.ts';
import { DIFF_MAX_EDIT_LENGTH, DIFF_MAX_TOKENS, DIFF_TIMEOUT_MS, LIGHT_EDIT_MAX_CHANGE } from './thresholds.ts';

/** Runs of spaces and of other characters in a text: about the number of tokens jsdiff splits it into. */
function tokenCount(text: string): number {
  return text.match(/\s+|\S+/g)?.length ?? 0;
}

/**
 * Word-level diff turning `left` into `right`, always bounded and deterministic: a row over a token limit is not
 * diffed, and jsdiff stops at an edit-length limit; such a row is shown as wholly replaced. Whitespace is a token,
 * so the ops rebuild both texts exactly.
 */
export function wordDiff(left: string, right: string): DiffOp[] {
  if (left === right) return left ? [{ op: 'equal', text: left }] : [];
  if (!left) return [{ op: 'insert', text: right }];
  if (!right) return [{ op: 'delete', text: left }];
  const parts =
    tokenCount(left) + tokenCount(right) > DIFF_MAX_TOKENS ? undefined : diffWordsWithSpace(left, right, { timeout: DIFF_TIMEOUT_MS, maxEditLength: DIFF_MAX_EDIT_LENGTH });
  if (!parts) return [{ op: 'delete', text: left }, { op: 'insert', text: right }];
  return cleanupSemantic(parts.map((part) => ({ op: part.added ? 'insert' : part.removed ? 'delete' : 'equal', text: part.value })));
}

// Equal stretches this small between two changes are coincidences ("the", "of", a space), not shared text.
const TRIVIAL = /^[\s\p{P}]*(?:(?:a|an|the|of|in|on|to|and|or|for|with|by|at|as|is|its)[\s\p{P}]+){0,2}(?:a|an|the|of|in|on|to|and|or|for|with|by|at|as|is|its)?[\s\p{P}]*$/iu;

/**
 * Merges word-diff fragments into readable replacements: a trivial equal stretch between two changes is taken
 * into both the deletion and the insertion, and each run of changes becomes one deletion then one insertion.
 * Both texts are rebuilt exactly as before; readers see "X → Y" instead of a comb of one-word edits.
 */
export function cleanupSemantic(raw: readonly DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) out.push({ op: 'delete', text: del });
    if (ins) out.push({ op: 'insert', text: ins });
    del = '';
    ins = '';
  };
  raw.forEach((o, i) => {
    if (o.op === 'delete') del += o.text;
    else if (o.op === 'insert') ins += o.text;
    else {
      const between = (del || ins) && i + 1 < raw.length && raw.slice(i + 1).some((x) => x.op !== 'equal') && raw[i + 1]?.op !== 'equal';
      if (between && TRIVIAL.test(o.text)) {
        del += o.text;
        ins += o.text;
        return;
      }
      flush();
      const last = out.at(-1);
      if (last?.op === 'equal') last.text += o.text;
      else out.push({ op: 'equal', text: o.text });
    }
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

/** Grades a linked row for readers: verbatim, light edit or paraphrase, from the share of words that changed. */
export function gradeOps(ops: readonly DiffOp[]): RowGrade {
  let changed = 0;
  let total = 0;
  for (const o of ops) {
    const n = countWords(o.text);
    total += o.op === 'equal' ? 2 * n : n;
    if (o.op !== 'equal') changed += n;
  }
  if (changed === 0) return 'verbatim';
  return changed / Math.max(1, total) <= LIGHT_EDIT_MAX_CHANGE ? 'light-edit' : 'paraphrase';
}
