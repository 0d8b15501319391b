import { describe, expect, it } from 'vitest';
import { boilerplateSummary } from '../../../src/lib/present/boilerplate-summary.ts';

describe('boilerplateSummary', () => {
  it('counts each side’s kinds in first-seen order, with dashes as spaces', () => {
    expect(boilerplateSummary([
      { letter: 'A', boilerplate: [] },
      { letter: 'B', boilerplate: [{ kind: 'share', text: 'x' }, { kind: 'read-more', text: 'y' }, { kind: 'share', text: 'z' }] },
    ])).toBe('A: none; B: share (2), read more');
    expect(boilerplateSummary([{ letter: 'A', boilerplate: [{ kind: 'author-bio', text: 'b' }, { kind: 'license', text: 'l' }] }])).toBe('A: author bio, license');
  });

  it('is empty for no sides', () => {
    expect(boilerplateSummary([])).toBe('');
  });
});
