// The pairs inside small variant groups that candidate generation left out: found, oriented, and compared.
import { describe, expect, it } from 'vitest';
import { groupGaps } from '../../../src/lib/compare/group-gaps.ts';
import { compareCorpus } from '../../../src/lib/compare/index.ts';
import { compareCorpusBuild } from '../../../src/lib/build/compare.ts';
import { ingestFile } from '../../../src/lib/corpus/load.ts';
import { sortArticles } from '../../../src/lib/corpus/sort.ts';

const articles = (ids: string[], published: (string | null)[] = []) => ids.map((id, i) => ({ id, published: published[i] ?? null }));

describe('groupGaps', () => {
  it('lists the uncompared pairs of each group, either way round counted as compared, left the earlier', () => {
    const list = articles(['a', 'b', 'c', 'd'], ['2020-01-03', '2020-01-01', '2020-01-02', null]);
    const gaps = groupGaps(list, [['b', 'c', 'a']], [{ left: 'c', right: 'b' }]);
    // b–a and c–a are missing; b (1 Jan) and c (2 Jan) come before a (3 Jan).
    expect(gaps).toEqual([{ left: 1, right: 0 }, { left: 2, right: 0 }]);
  });

  it('leaves groups larger than the limit, and returns nothing when every pair was compared', () => {
    const list = articles(['a', 'b', 'c']);
    expect(groupGaps(list, [['a', 'b', 'c']], [], 2)).toEqual([]);
    expect(groupGaps(list, [['a', 'b', 'c']], [{ left: 'a', right: 'b' }, { left: 'b', right: 'c' }, { left: 'c', right: 'a' }])).toEqual([]);
    expect(groupGaps(list, [['a', 'b', 'c']], [])).toHaveLength(3);
  });
});

// A story whose two halves share no words: one outlet ran the first half, another the second, a third the whole. The
// halves share no distinctive term, so candidate generation never sets them side by side; the group still must.
const first = [
  'Harbour authorities in Valdoria closed the northern quay on Tuesday after a crane collapsed onto a cargo vessel.',
  'Inspectors from the maritime agency counted fourteen damaged containers and two injured dockworkers.',
  'The vessel, registered in Portheny, had arrived carrying timber and copper wire from the southern coast.',
  'Dock unions demanded an inquiry into maintenance records kept by the crane operator, Meridel Lifting.',
];
const second = [
  'Separately, the finance ministry announced that bond auctions scheduled for March would be postponed indefinitely.',
  'Treasury officials cited volatile yields and weak demand from pension funds during February sales.',
  'Economists at Castellan Bank predicted borrowing costs would climb further before summer.',
  'Opposition lawmakers accused minister Oriane Falk of hiding the budget shortfall from parliament.',
];
const file = (name: string, paragraphs: string[]) => ingestFile(name, Buffer.from(`${paragraphs.join('\n\n')}\n`));
const corpus = sortArticles([file('gap-a.txt', first), file('gap-b.txt', [...first, ...second]), file('gap-c.txt', second)]);
const id = (name: string) => corpus.find((a) => a.source_file === name)?.id as string;
const compared = (pairs: readonly { left: string; right: string }[], a: string, b: string) => pairs.some((p) => [p.left, p.right].sort().join() === [a, b].sort().join());

describe('a corpus comparison completes its small groups', () => {
  const result = compareCorpus(corpus);

  it('groups the three copies and compares the two halves, which no candidate set side by side', () => {
    expect(result.groups).toEqual([[id('gap-a.txt'), id('gap-b.txt'), id('gap-c.txt')]]);
    expect(compared(result.pairs, id('gap-a.txt'), id('gap-c.txt'))).toBe(true);
    expect(result.pairs.find((p) => compared([p], id('gap-a.txt'), id('gap-c.txt')))?.variant).toBe(false);
    expect(result.pairs).toHaveLength(3);
  });

  it('does the same in the build, cached and on workers', async () => {
    const { comparison } = await compareCorpusBuild(corpus, { dir: null, workers: 2, minParallel: 1 });
    expect(comparison.pairs).toEqual(result.pairs);
    expect(comparison.groups).toEqual(result.groups);
  });
});
