// Document packs: story order keeps a group's versions together, packs cut it into runs, and a document is found in
// the pack that holds it, each pack loaded once.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { documentsFromPacks, packDocuments, packOf, packStarts, PACK_MAX, storyOrder } from '../../../src/lib/search/packs.ts';
import type { SearchDocument } from '../../../src/lib/search/data.ts';

const doc = (id: string): SearchDocument => ({ id, title: id, outlet: null, published: null, about: '', paragraphs: [] });

describe('storyOrder', () => {
  it('puts each group’s members after its first member, in site order, and leaves singles where they were', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    expect(storyOrder(ids, [['d', 'b'], ['e', 'a']])).toEqual({ order: [0, 4, 1, 3, 2], packs: [2, 2, 1] });
    expect(storyOrder(ids, [])).toEqual({ order: [0, 1, 2, 3, 4], packs: [1, 1, 1, 1, 1] });
  });

  it('places an article named by two groups once', () => {
    expect(storyOrder(['a', 'b', 'c'], [['a', 'b'], ['b', 'c']])).toEqual({ order: [0, 1, 2], packs: [2, 1] });
  });

  it('cuts a large group into packs of at most the maximum, and ignores ids it does not know', () => {
    const ids = Array.from({ length: 11 }, (_, i) => `s${i}`);
    expect(storyOrder(ids, [ids, ['nobody']], 4).packs).toEqual([4, 4, 3]);
  });

  it('is a permutation whose packs each hold part of one group, never more than the maximum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 40 }), fc.integer({ min: 1, max: 5 }), (n, labels, max) => {
        const ids = Array.from({ length: n }, (_, i) => `x${i}`);
        // Articles with the same label (below 4) form a group; label 4 and above, or a lone label, is a single.
        const groups = [0, 1, 2, 3].map((g) => ids.filter((_, i) => labels[i] === g)).filter((g) => g.length > 1);
        const { order, packs } = storyOrder(ids, groups, max);
        expect([...order].sort((a, b) => a - b)).toEqual(ids.map((_, i) => i));
        expect(packs.reduce((a, b) => a + b, 0)).toBe(n);
        const groupOf = (i: number) => groups.findIndex((g) => g.includes(ids[i] as string));
        for (const pack of packDocuments(order, packs)) {
          expect(pack.length).toBeGreaterThan(0);
          expect(pack.length).toBeLessThanOrEqual(max);
          expect(new Set(pack.map(groupOf)).size).toBe(1);
          if (groupOf(pack[0] as number) < 0) expect(pack).toHaveLength(1);
        }
      }),
    );
  });

  it('has a default pack size that keeps a pack small', () => {
    expect(PACK_MAX).toBeGreaterThan(1);
    expect(PACK_MAX).toBeLessThanOrEqual(16);
  });
});

describe('packOf and packStarts', () => {
  it('finds the pack holding each article, and none outside', () => {
    const sizes = [2, 1, 3];
    expect(packStarts(sizes)).toEqual([0, 2, 3, 6]);
    const starts = packStarts(sizes);
    expect([0, 1, 2, 3, 4, 5].map((a) => packOf(starts, a))).toEqual([0, 0, 1, 2, 2, 2]);
    expect(packOf(starts, 6)).toBe(-1);
    expect(packOf(starts, -1)).toBe(-1);
    expect(packOf(packStarts([]), 0)).toBe(-1);
  });

  it('agrees with the packs the documents are cut into', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 30 }), (sizes) => {
        const total = sizes.reduce((a, b) => a + b, 0);
        const packs = packDocuments(Array.from({ length: total }, (_, i) => i), sizes);
        const starts = packStarts(sizes);
        for (let a = 0; a < total; a++) expect(packs[packOf(starts, a)]).toContain(a);
      }),
    );
  });
});

describe('documentsFromPacks', () => {
  it('loads each pack once and hands out its documents', async () => {
    const packs = [[doc('a'), doc('b')], [doc('c')]];
    const loads: number[] = [];
    const document = documentsFromPacks([2, 1], async (p) => (loads.push(p), packs[p] as SearchDocument[]));
    expect((await Promise.all([0, 1, 2, 1].map(document))).map((d) => d.id)).toEqual(['a', 'b', 'c', 'b']);
    expect(loads).toEqual([0, 1]);
    await expect(document(3)).rejects.toThrow('no document 3');
  });

  it('forgets a failed load, so the next search tries again, and names a pack too short', async () => {
    let fail = true;
    const document = documentsFromPacks([2], async () => {
      if (fail) throw new Error('offline');
      return [doc('a')];
    });
    await expect(document(0)).rejects.toThrow('offline');
    fail = false;
    expect((await document(0)).id).toBe('a');
    await expect(document(1)).rejects.toThrow('pack 0 lacks document 1');
  });
});
