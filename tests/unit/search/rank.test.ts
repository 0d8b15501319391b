// Ranking: AND across the parts of a query, paragraphs where they meet first, then quality and counts.
import { describe, expect, it } from 'vitest';
import { rankGroups } from '../../../src/lib/search/rank.ts';
import { recordId } from '../../../src/lib/search/postings.ts';

const unit = (entries: [number, number, number][]) => new Map(entries.map(([a, p, q]) => [recordId(a, p), q]));

describe('rankGroups', () => {
  it('keeps only articles holding every part', () => {
    const groups = rankGroups([unit([[0, 1, 0], [1, 2, 0], [2, 1, 0]]), unit([[1, 5, 0], [2, 1, 0]])]);
    expect(groups.map((g) => g.article)).toEqual([2, 1]);
  });

  it('ranks an article where the parts meet in one paragraph above one where they are apart', () => {
    const groups = rankGroups([unit([[0, 1, 0], [1, 3, 0]]), unit([[0, 2, 0], [1, 3, 0]])]);
    expect(groups.map((g) => [g.article, g.meeting])).toEqual([[1, 1], [0, 0]]);
    expect(groups[0]?.hits[0]).toEqual({ paragraph: 3, units: [0, 1], quality: 0, meets: true });
    expect(groups[1]?.hits.map((h) => h.meets)).toEqual([false, false]);
  });

  it('orders by quality, then meeting paragraphs, then hits, then index order', () => {
    const groups = rankGroups([unit([[0, 1, 2], [1, 1, 0], [2, 1, 0], [2, 2, 0], [3, 4, 0]])]);
    expect(groups.map((g) => g.article)).toEqual([2, 1, 3, 0]);
  });

  it('puts meeting hits first within an article', () => {
    const [group] = rankGroups([unit([[0, 1, 0], [0, 4, 0]]), unit([[0, 4, 1], [0, 6, 0]])]);
    expect(group?.hits.map((h) => h.paragraph)).toEqual([4, 1, 6]);
  });

  it('returns nothing without parts or when one part matches nothing', () => {
    expect(rankGroups([])).toEqual([]);
    expect(rankGroups([unit([[0, 1, 0]]), unit([])])).toEqual([]);
  });
});
