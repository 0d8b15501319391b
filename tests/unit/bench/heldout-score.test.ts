import { describe, expect, it } from 'vitest';
import { heldoutChecks, type HeldoutExpected } from '../../../scripts/bench/heldout-score.ts';

const expected: HeldoutExpected = {
  title: 'Port extends rationing',
  dateline: null,
  first_body_paragraph_starts: 'The port will keep',
  last_body_paragraph_ends: 'where pressure is weakest.',
  body_paragraphs: 2,
  must_not_be_in_body: ['Sign up now'],
  author: 'Ana Ruiz',
  crossheads: ['Dry summer'],
};
const entry = {
  title: 'Port extends rationing',
  title_from: 'text' as const,
  dateline: null,
  paragraphs: ['The port will keep rationing.', 'Dry summer', 'Water goes uphill, where pressure is weakest.'],
  headings: [1],
  author: 'Ana Ruiz',
  published: null,
};
const failed = (e: typeof entry) => heldoutChecks(e, expected).filter((c) => !c.ok).map((c) => c.check);

describe('heldoutChecks', () => {
  it('passes an entry that meets every expectation, crossheads apart from the body count', () => {
    expect(failed(entry)).toEqual([]);
    expect(heldoutChecks(entry, expected)).toHaveLength(8);
  });

  it('names each expectation an entry misses', () => {
    expect(failed({ ...entry, paragraphs: [...entry.paragraphs, 'Sign up now for our newsletter'] })).toEqual(['last body paragraph', 'body paragraphs', 'not in body: Sign up now']);
    expect(failed({ ...entry, title: 'Other', author: 'Staff', headings: [] })).toEqual(['title', 'body paragraphs', 'author', 'crossheads']);
  });

  it('expects a title made from the first words, and no stated one, where the case has no headline', () => {
    const untitled = { ...expected, title: null };
    const derived = { ...entry, title: 'The port will keep…', title_from: 'derived' as const };
    expect(heldoutChecks(derived, untitled).find((c) => c.check === 'title')?.ok).toBe(true);
    expect(heldoutChecks(entry, untitled).find((c) => c.check === 'title')?.ok).toBe(false);
    expect(heldoutChecks({ ...derived, title: 'Port extends rationing' }, expected).find((c) => c.check === 'title')?.ok).toBe(false);
  });
});
