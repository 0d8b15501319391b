// rowEdit: the change a linked row gets when no typed rule lists one, quoting each side's differing stretch.
import { describe, expect, it } from 'vitest';
import { rowEdit } from '../../../src/lib/compare/row-edits.ts';
import type { AlignmentRow } from '../../../src/lib/compare/types.ts';
import { gradeOps, wordDiff } from '../../../src/lib/compare/word-diff.ts';

/** A linked row of the given sentences, diffed as the aligner diffs them. */
function row(left: string[], right: string[]): AlignmentRow {
  const ops = wordDiff(left.join(' '), right.join(' '));
  return { kind: 'changed', left, right, ops, left_index: left.map((_, i) => i), right_index: right.map((_, i) => i), grade: gradeOps(ops), score: 0.8, moved_from: null };
}

describe('rowEdit', () => {
  it('calls a row whose sides hold different numbers of sentences a change of sentence breaks', () => {
    const edit = rowEdit(row(['The ministers met in Riyadh.', 'They agreed on a plan.'], ['The ministers met in Riyadh and agreed on a plan.']), 3);
    expect(edit.type).toBe('sentence-breaks-changed');
    expect(edit.row).toBe(3);
  });

  it('quotes only the reworded stretch with two words either way, and "…" where the sentence goes on', () => {
    const left = 'Officials from the six countries said on Monday that the talks would resume next week in the capital.';
    const right = 'Officials from the six countries said on Tuesday that the talks would resume next week in the capital.';
    const edit = rowEdit(row([left], [right]), 0);
    expect(edit.type).toBe('wording-changed');
    expect(edit.left).toBe('…said on Monday that the…');
    expect(edit.right).toBe('…said on Tuesday that the…');
  });

  it('quotes from the start or to the end of the sentence without "…" where only punctuation lies beyond', () => {
    const edit = rowEdit(row(['Sanctions were lifted.'], ['Sanctions were eased.']), 0);
    expect(edit.type).toBe('wording-changed');
    expect(edit.left).toBe('Sanctions were lifted.');
    expect(edit.right).toBe('Sanctions were eased.');
  });

  it('calls a row with the same words in another case or punctuation a change of form, quoting where the form differs', () => {
    const left = 'The alliance would include Egypt and Jordan as well as the six Gulf states, officials said.';
    const right = 'The alliance would include Egypt and Jordan as well as the six gulf states - officials said.';
    const r = row([left], [right]);
    expect(r.grade).toBe('verbatim');
    const edit = rowEdit(r, 1);
    expect(edit.type).toBe('form-changed');
    expect(edit.left).toBe('…the six Gulf states, officials said.');
    expect(edit.right).toBe('…the six gulf states - officials said.');
  });

  it('gives both sides whole when nothing differs in the ops (sentence breaks only)', () => {
    const left = ['One.', 'Two.'];
    const right = ['One. Two.'];
    const r: AlignmentRow = { ...row(left, right), ops: [{ op: 'equal', text: 'One. Two.' }] };
    const edit = rowEdit(r, 0);
    expect(edit).toEqual({ type: 'sentence-breaks-changed', row: 0, left: 'One. Two.', right: 'One. Two.' });
  });
});
