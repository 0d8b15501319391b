// A row's word diff split into what each rendering shows: each side's cell (side by side) and one merged stream
// (inline), trusted only when it gives both sides' text back.
import type { AlignmentRow, DiffOp } from '../compare/types.ts';
import type { DiffSegment, RowView } from './pair-types.ts';

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Joins adjacent segments of the same kind, dropping empty ones. */
function merge(segments: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (const s of segments) {
    if (s.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.kind === s.kind && last.variant === s.variant) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

const SEGMENT_OF: Record<DiffOp['op'], DiffSegment['kind']> = { equal: 'equal', insert: 'ins', delete: 'del' };

/**
 * Splits a row's word diff into its renderings. The ops are trusted only when they give back both sides' text
 * (whitespace aside); otherwise the row shows its sentences whole, so a faulty diff can never hide or invent words.
 */
export function rowSegments(row: Pick<AlignmentRow, 'kind' | 'left' | 'right' | 'ops'>): Pick<RowView, 'left' | 'right' | 'inline'> {
  const leftText = row.left.join(' ');
  const rightText = row.right.join(' ');
  // A variant pair (one word spelt two ways, or one name written two ways) is unchanged text side by side, each side
  // in its own words. The inline view has one column, so it shows both, A's struck and B's added: it must never put
  // B's wording in A's mouth. White space alone is never marked, in any view: a struck or underlined space reads as
  // a removed or added dash, and spacing is no change of words (the grades say so too).
  const spacing = (o: DiffOp) => /^\s+$/u.test(o.text);
  // A variant is marked as one, apart from real edits: dotted side by side, A's and B's forms dotted inline.
  // The white space a variant carries before it (" percent" for "%") is left unmarked.
  const segment = (kind: DiffSegment['kind'], o: DiffOp): DiffSegment[] => {
    if (!o.variant) return [{ kind, text: o.text }];
    const space = /^\s*/u.exec(o.text)?.[0] ?? '';
    return [{ kind: 'equal', text: space }, { kind, text: o.text.slice(space.length), variant: true }];
  };
  const kindOf = (o: DiffOp): DiffSegment['kind'] => (o.variant || spacing(o) ? 'equal' : SEGMENT_OF[o.op]);
  const all = merge(row.ops.flatMap((o) => segment(spacing(o) ? 'equal' : SEGMENT_OF[o.op], o)));
  const left = merge(row.ops.filter((o) => o.op !== 'insert').flatMap((o) => segment(kindOf(o), o)));
  const right = merge(row.ops.filter((o) => o.op !== 'delete').flatMap((o) => segment(kindOf(o), o)));
  const opsAgree =
    row.ops.length > 0 &&
    squash(left.map((s) => s.text).join('')) === squash(leftText) &&
    squash(right.map((s) => s.text).join('')) === squash(rightText);
  // One-side-only rows are shown plainly beside an empty cell; the row label says which side has them.
  if (row.kind === 'left-only' || row.kind === 'right-only' || !opsAgree) {
    const plainLeft: DiffSegment[] = leftText ? [{ kind: 'equal', text: leftText }] : [];
    const plainRight: DiffSegment[] = rightText ? [{ kind: 'equal', text: rightText }] : [];
    const inline: DiffSegment[] =
      leftText === rightText
        ? plainLeft
        : merge([
            { kind: 'del', text: leftText },
            { kind: 'equal', text: leftText && rightText ? ' ' : '' },
            { kind: 'ins', text: rightText },
          ]);
    return { left: plainLeft, right: plainRight, inline };
  }
  return { left: merge(left), right: merge(right), inline: all };
}
