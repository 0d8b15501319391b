// The prepare step's summary, which crosses from the prepare child to scripts/build.ts: counts, timings, and a
// guard that tells a summary from any other message.
import { describe, expect, it } from 'vitest';
import { isBuildSummary, summarisePrepared, summaryLine } from '../../../scripts/lib/build-summary.ts';
import type { PreparedBuild } from '../../../src/lib/build/prepare.ts';
import { article, pair } from '../present/make.ts';

/** A prepared build of three articles, two of them variants of one story. */
function prepared(): PreparedBuild {
  const articles = [article('a', { published: '2024-01-02' }), article('b', { published: '2024-01-03' }), article('c', { published: '2024-02-01' })];
  const pairs = [pair('a', 'b', 0.9, true), pair('a', 'c', 0.1), pair('b', 'c', 0.2)];
  return {
    articles,
    comparison: { pairs, groups: [['a', 'b'], ['c']], alignments: new Map(), timings: { candidates_ms: 1, verify_ms: 2, align_ms: 2 } } as unknown as PreparedBuild['comparison'],
    termTable: {} as PreparedBuild['termTable'],
    load: { reused: 1, parsed: 2, ms: 10 },
    compare: { terms_reused: 0, terms_computed: 3, pairs_reused: 1, pairs_computed: 2, workers: 2, whole: false, ms: 20 } as PreparedBuild['compare'],
  };
}

const DATA = { files: 12, bytes: 3 * 2 ** 20, ms: 45.4 };

describe('summarisePrepared', () => {
  it('counts articles and variant pairs and carries the timings and what the prepare step measured', () => {
    const p = prepared();
    const s = summarisePrepared(p, { expectedPages: 40, progress: false, cpuMs: 123, data: DATA });
    expect(s.articles).toBe(3);
    expect(s.variantPairs).toBe(1);
    expect(s.cpuMs).toBe(123);
    expect(s.expectedPages).toBe(40);
    expect(s.data).toEqual(DATA);
    expect(s.timings).toEqual(p.comparison.timings);
    expect(s.load).toEqual(p.load);
    expect(s.compare).toEqual(p.compare);
  });

  it('survives the structured clone of an IPC message and is recognised on the other side', () => {
    const s = structuredClone(summarisePrepared(prepared(), { expectedPages: 40, progress: true, cpuMs: 1, data: DATA }));
    expect(isBuildSummary(s)).toBe(true);
    expect(isBuildSummary({ articles: 3 })).toBe(false);
    expect(isBuildSummary({ ...s, progress: undefined })).toBe(false);
    expect(isBuildSummary({ ...s, data: undefined })).toBe(false);
    expect(isBuildSummary(null)).toBe(false);
    expect(isBuildSummary('done')).toBe(false);
  });
});

describe('summaryLine', () => {
  it('says what was parsed, reused and aligned', () => {
    expect(summaryLine(summarisePrepared(prepared(), { expectedPages: 40, progress: true, cpuMs: 1, data: DATA }))).toBe(
      'wirediff: 3 articles (1 from the cache, 2 parsed); 3 candidate pairs (1 from the cache, 2 aligned on 2 thread(s)); 1 variant pairs; 12 data files (3.0 MB) in 45 ms',
    );
  });
});
