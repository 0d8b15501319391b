// The summary line of the pair page's folded boilerplate section: what each side's boilerplate holds, by kind.
import type { SideView } from './pair-types.ts';

/** "A: license; B: share (2), related": what each side's boilerplate holds, by kind. */
export function boilerplateSummary(sides: readonly Pick<SideView, 'letter' | 'boilerplate'>[]): string {
  return sides
    .map((s) => {
      const kinds = new Map<string, number>();
      for (const b of s.boilerplate) kinds.set(b.kind, (kinds.get(b.kind) ?? 0) + 1);
      const parts = [...kinds].map(([kind, n]) => `${kind.replace(/-/g, ' ')}${n > 1 ? ` (${n})` : ''}`);
      return `${s.letter}: ${parts.length > 0 ? parts.join(', ') : 'none'}`;
    })
    .join('; ');
}
