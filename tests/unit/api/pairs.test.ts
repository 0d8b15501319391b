import { describe, expect, it } from 'vitest';
import { toAlignmentJson, toPairJson } from '../../../src/lib/api/pairs.ts';
import type { Alignment } from '../../../src/lib/compare/types.ts';
import { pair } from '../present/make.ts';

describe('toPairJson', () => {
  it('links a variant pair’s page and alignment', () => {
    const json = toPairJson({ ...pair('a', 'b', 0.8, true, 9), left_kept: 0.75, right_from_left: 0.5 });
    expect(Object.keys(json)).toEqual(['left', 'right', 'similarity', 'variant', 'left_kept', 'right_from_left', 'shared_sentences', 'url', 'json']);
    expect(json).toEqual({
      left: 'a',
      right: 'b',
      similarity: 0.8,
      variant: true,
      left_kept: 0.75,
      right_from_left: 0.5,
      shared_sentences: 9,
      url: '/compare/a--b/',
      json: '/api/pairs/a--b.json',
    });
  });

  it('gives a pair that is not a variant no links (it has no page)', () => {
    expect(toPairJson(pair('a', 'b', 0.1, false))).toMatchObject({ variant: false, url: null, json: null });
  });
});

describe('toAlignmentJson', () => {
  it('serves the engine’s alignment unchanged', () => {
    const alignment = { left: 'a', right: 'b', rows: [], changes: [], stats: {} } as unknown as Alignment;
    expect(toAlignmentJson(alignment)).toBe(alignment);
  });
});
