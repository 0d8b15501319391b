// The change a linked row gets when no typed rule lists one, so every row shown as changed is in the change list
// (and reached by j/k): its sentences divided differently, its wording, or only the form of the same words (spelling,
// inflection, case, punctuation), each side quoted from the first difference to the last with a few words around it.
import type { AlignmentRow, Change, DiffOp } from './types.ts';
import { gradeOps } from './word-diff.ts';

/** Words (runs without spaces) quoted on either side of the differing stretch, so a changed mark reads in place. */
const CONTEXT_CHUNKS = 2;

const SPACE = /\s/u;

/** Where the quote of a stretch starts: the word it starts inside, then CONTEXT_CHUNKS words before it. */
function quoteStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !SPACE.test(text[i - 1] as string)) i -= 1;
  for (let k = 0; k < CONTEXT_CHUNKS && i > 0; k += 1) {
    while (i > 0 && SPACE.test(text[i - 1] as string)) i -= 1;
    while (i > 0 && !SPACE.test(text[i - 1] as string)) i -= 1;
  }
  return i;
}

/** Where the quote of a stretch ends: the word it ends inside, then CONTEXT_CHUNKS words after it. */
function quoteEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !SPACE.test(text[i] as string)) i += 1;
  for (let k = 0; k < CONTEXT_CHUNKS && i < text.length; k += 1) {
    while (i < text.length && SPACE.test(text[i] as string)) i += 1;
    while (i < text.length && !SPACE.test(text[i] as string)) i += 1;
  }
  return i;
}

/** A stretch of a text with its context words, "…" where the text goes on beyond punctuation. */
function quote(text: string, start: number, end: number): string {
  const from = quoteStart(text, start);
  const to = quoteEnd(text, end);
  const edge = /^[\s\p{P}]*$/u;
  const head = edge.test(text.slice(0, from)) ? 0 : from;
  const tail = edge.test(text.slice(to)) ? text.length : to;
  return `${head > 0 ? '…' : ''}${text.slice(head, tail).trim()}${tail < text.length ? '…' : ''}`;
}

/** Where the ops that count differ, on each side: from the first such op's start to the last one's end. */
function differingStretch(ops: readonly DiffOp[], counts: (o: DiffOp) => boolean): { left: [number, number]; right: [number, number] } | null {
  let l = 0;
  let r = 0;
  let found: { left: [number, number]; right: [number, number] } | null = null;
  for (const o of ops) {
    const [l0, r0] = [l, r];
    if (o.op !== 'insert') l += o.text.length;
    if (o.op !== 'delete') r += o.text.length;
    if (!counts(o)) continue;
    found = found ? { left: [found.left[0], l], right: [found.right[0], r] } : { left: [l0, l], right: [r0, r] };
  }
  return found;
}

/**
 * The change of a linked row that differs but has no typed change: `sentence-breaks-changed` when its sides hold
 * different numbers of sentences (two joined into one, or one split), else `wording-changed` when words differ, else
 * `form-changed` (the same words by key, in another spelling, inflection, case or punctuation: the row graded
 * verbatim). Left and right quote the differing stretch of each side with two words either way, "…" where the
 * sentence goes on.
 */
export function rowEdit(row: AlignmentRow, index: number): Change {
  const left = row.left.join(' ');
  const right = row.right.join(' ');
  const type = row.left.length !== row.right.length ? 'sentence-breaks-changed' : gradeOps(row.ops) === 'verbatim' ? 'form-changed' : 'wording-changed';
  const marked = (o: DiffOp) => o.op !== 'equal' && !o.variant && /\S/u.test(o.text);
  const stretch = differingStretch(row.ops, type === 'form-changed' || !row.ops.some(marked) ? (o) => o.op !== 'equal' : marked);
  if (!stretch) return { type, row: index, left, right };
  return { type, row: index, left: quote(left, ...stretch.left), right: quote(right, ...stretch.right) };
}
