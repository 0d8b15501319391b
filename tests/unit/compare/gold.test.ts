// Sentence alignment against hand-made gold alignments (tests/fixtures/compare/<case>/gold.json).
import { describe, expect, it } from 'vitest';
import { goldCaseNames, linkScores, loadGoldCases } from '../../../scripts/lib/gold.ts';

const cases = loadGoldCases();

/** Gold cases when this test was written; cases may be added, never silently lost. */
const CASES_AT_LEAST = 6;

describe('gold alignments', () => {
  it('loads one case per fixture folder, and no fewer than were written', () => {
    expect(cases.map((c) => c.name)).toEqual(goldCaseNames());
    expect(cases.length).toBeGreaterThanOrEqual(CASES_AT_LEAST);
  });

  it('has at least one pair that was not used for tuning', () => {
    expect(cases.some((c) => !c.tuned)).toBe(true);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s reaches link F1 ≥ 0.95', (_name, c) => {
    const scores = linkScores(c);
    expect(scores.f1, JSON.stringify({ missing: [...c.gold].filter((l) => !c.predicted.has(l)), extra: [...c.predicted].filter((l) => !c.gold.has(l)) })).toBeGreaterThanOrEqual(0.95);
  });

  it('marks the moved paragraph of the constructed rewrite as moved', () => {
    const c = cases.find((x) => x.name === 'rewrite-004');
    const moved = c?.alignment.rows.filter((r) => r.kind === 'moved') ?? [];
    expect(moved).toHaveLength(1);
    expect(moved[0]?.left[0]).toMatch(/^The plan would be to build a network of radars/);
    expect(moved[0]?.moved_from).not.toBeNull();
  });

  it('lists the typed changes a fact-checker looks for', () => {
    const seed = cases.find((x) => x.name === 'seed-000-001')?.alignment;
    const rewrite = cases.find((x) => x.name === 'rewrite-004')?.alignment;
    const has = (a: typeof seed, type: string, text: string) => a?.changes.some((ch) => ch.type === type && `${ch.left ?? ''} ${ch.right ?? ''}`.includes(text));
    expect(has(seed, 'inserted-clause', 'three major sponsors of terrorism in the region')).toBe(true);
    // A sentence that is a quotation is one change, never a sentence change and a quote change.
    expect(has(seed, 'quote-added', 'MESA will serve as a bulwark')).toBe(true);
    expect(has(seed, 'sentence-added', 'MESA will serve as a bulwark')).toBe(false);
    expect(has(seed, 'quote-dropped', 'A senior Iranian source told Reuters')).toBe(true);
    expect(has(seed, 'quote-altered', 'our regional partners')).toBe(true);
    expect(has(rewrite, 'inserted-clause', 'whose government has carried out repeated strikes in Syria')).toBe(true);
    expect(has(rewrite, 'dropped-clause', 'including with close ally Israel')).toBe(true);
    expect(has(rewrite, 'quote-dropped', 'The proposal is for a joint detection system')).toBe(true);
    expect(has(rewrite, 'sentence-moved', 'The plan would be to build')).toBe(true);
    expect(has(rewrite, 'sentence-added', 'Tehran has repeatedly warned')).toBe(true);
  });
});
