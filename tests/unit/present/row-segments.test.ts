import { describe, expect, it } from 'vitest';
import type { DiffOp } from '../../../src/lib/compare/types.ts';
import { rowSegments } from '../../../src/lib/present/row-segments.ts';
import type { DiffSegment } from '../../../src/lib/present/pair-types.ts';

const text = (segments: DiffSegment[]) => segments.map((s) => s.text).join('');
const changed = (left: string, right: string, ops: DiffOp[]) => ({ kind: 'changed' as const, left: [left], right: [right], ops });

describe('rowSegments', () => {
  it('splits the ops into each side’s cell and one inline stream, joining neighbours of one kind', () => {
    const seg = rowSegments(changed('It rose 2015 sharply', 'It rose 2016 sharply', [
      { op: 'equal', text: 'It ' }, { op: 'equal', text: 'rose ' }, { op: 'delete', text: '2015' }, { op: 'insert', text: '2016' }, { op: 'equal', text: ' sharply' },
    ]));
    expect(seg).toEqual({
      left: [{ kind: 'equal', text: 'It rose ' }, { kind: 'del', text: '2015' }, { kind: 'equal', text: ' sharply' }],
      right: [{ kind: 'equal', text: 'It rose ' }, { kind: 'ins', text: '2016' }, { kind: 'equal', text: ' sharply' }],
      inline: [{ kind: 'equal', text: 'It rose ' }, { kind: 'del', text: '2015' }, { kind: 'ins', text: '2016' }, { kind: 'equal', text: ' sharply' }],
    });
  });

  it('shows a variant pair as unchanged on each side, in its own spelling, and both inline', () => {
    const seg = rowSegments(changed('missile defence now', 'missile defense now', [
      { op: 'equal', text: 'missile ' }, { op: 'delete', text: 'defence', variant: true }, { op: 'insert', text: 'defense', variant: true }, { op: 'equal', text: ' now' },
    ]));
    // Unchanged text side by side, each side in its own spelling, the variant marked as one (never as an edit).
    expect(seg.left).toEqual([{ kind: 'equal', text: 'missile ' }, { kind: 'equal', text: 'defence', variant: true }, { kind: 'equal', text: ' now' }]);
    expect(seg.right).toEqual([{ kind: 'equal', text: 'missile ' }, { kind: 'equal', text: 'defense', variant: true }, { kind: 'equal', text: ' now' }]);
    // One column cannot show both spellings as one word: A's is struck and B's added, so A is never quoted in B's words.
    expect(seg.inline).toEqual([{ kind: 'equal', text: 'missile ' }, { kind: 'del', text: 'defence', variant: true }, { kind: 'ins', text: 'defense', variant: true }, { kind: 'equal', text: ' now' }]);
  });

  it('leaves the white space a variant carries before it unmarked', () => {
    const seg = rowSegments(changed('rose 4 percent.', 'rose 4%.', [
      { op: 'equal', text: 'rose 4' }, { op: 'delete', text: ' percent', variant: true }, { op: 'insert', text: '%', variant: true }, { op: 'equal', text: '.' },
    ]));
    expect(seg.left).toEqual([{ kind: 'equal', text: 'rose 4 ' }, { kind: 'equal', text: 'percent', variant: true }, { kind: 'equal', text: '.' }]);
    expect(seg.inline).toEqual([{ kind: 'equal', text: 'rose 4 ' }, { kind: 'del', text: 'percent', variant: true }, { kind: 'ins', text: '%', variant: true }, { kind: 'equal', text: '.' }]);
  });

  it('falls back to whole sentences when the ops do not give the text back, or there are none', () => {
    expect(rowSegments(changed('A cat sat.', 'A dog sat.', [{ op: 'equal', text: 'A bird sat.' }]))).toEqual({
      left: [{ kind: 'equal', text: 'A cat sat.' }],
      right: [{ kind: 'equal', text: 'A dog sat.' }],
      inline: [{ kind: 'del', text: 'A cat sat.' }, { kind: 'equal', text: ' ' }, { kind: 'ins', text: 'A dog sat.' }],
    });
    expect(rowSegments(changed('Same.', 'Same.', []))).toEqual({ left: [{ kind: 'equal', text: 'Same.' }], right: [{ kind: 'equal', text: 'Same.' }], inline: [{ kind: 'equal', text: 'Same.' }] });
  });

  it('shows one-side-only rows plainly beside an empty cell, wholly removed or added inline', () => {
    expect(rowSegments({ kind: 'left-only', left: ['Gone.', 'Also gone.'], right: [], ops: [{ op: 'delete', text: 'Gone. Also gone.' }] })).toEqual({
      left: [{ kind: 'equal', text: 'Gone. Also gone.' }],
      right: [],
      inline: [{ kind: 'del', text: 'Gone. Also gone.' }],
    });
    expect(rowSegments({ kind: 'right-only', left: [], right: ['Новое.'], ops: [] }).inline).toEqual([{ kind: 'ins', text: 'Новое.' }]);
  });

  it('accepts ops that differ from the text in white space only', () => {
    const seg = rowSegments(changed('a  b', 'a b c', [{ op: 'equal', text: 'a b' }, { op: 'insert', text: ' c' }]));
    expect(seg.right).toEqual([{ kind: 'equal', text: 'a b' }, { kind: 'ins', text: ' c' }]);
  });

  it('never marks white space alone as removed or added, in either cell or inline', () => {
    // A space gone before a comma: the struck space would read as a removed dash.
    const seg = rowSegments(changed('Egypt , has', 'Egypt, has', [{ op: 'equal', text: 'Egypt' }, { op: 'delete', text: ' ' }, { op: 'equal', text: ', has' }]));
    expect(seg).toEqual({ left: [{ kind: 'equal', text: 'Egypt , has' }], right: [{ kind: 'equal', text: 'Egypt, has' }], inline: [{ kind: 'equal', text: 'Egypt , has' }] });
    const joined = rowSegments(changed('Egypt has', 'Egypt,has', [{ op: 'equal', text: 'Egypt' }, { op: 'delete', text: ' ' }, { op: 'insert', text: ',' }, { op: 'equal', text: 'has' }]));
    expect(joined.left).toEqual([{ kind: 'equal', text: 'Egypt has' }]);
    expect(joined.inline.filter((s) => s.kind !== 'equal')).toEqual([{ kind: 'ins', text: ',' }]);
  });

  it('keeps text that looks like markup as text', () => {
    const seg = rowSegments(changed('<b>x</b>', '<b>y</b>', [{ op: 'equal', text: '<b>' }, { op: 'delete', text: 'x' }, { op: 'insert', text: 'y' }, { op: 'equal', text: '</b>' }]));
    expect(text(seg.right)).toBe('<b>y</b>');
    expect(text(seg.left)).toBe('<b>x</b>');
  });
});
