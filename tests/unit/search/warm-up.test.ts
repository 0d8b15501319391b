// The warm-up search: one article in memory, found by a word and a word start, described with marked snippets.
import { describe, expect, it } from 'vitest';
import { warmUp, WARM_UP_TEXT } from '../../../src/lib/search/warm-up.ts';
import { textKeys } from '../../../src/lib/text/keys.ts';

describe('warmUp', () => {
  it('runs a whole search, ranking and snippets included, over its one article', async () => {
    const result = await warmUp();
    expect(result.groups.map((g) => g.article.id)).toEqual(['warm-up']);
    const marked = result.groups[0]?.hits[0]?.segments.filter((s) => s.mark).map((s) => s.text);
    expect(marked).toEqual(['Officials', 'Washington', '%', 'per cent', 'Acme Corp.']);
    expect(result.parts.map((p) => p.kind)).toEqual(['word', 'term', 'word', 'phrase']);
    expect(result.groups[0]?.hits[0]?.segments.map((s) => s.text).join('')).toBe(WARM_UP_TEXT);
  });

  it('holds one of each span the word rules join, so every pattern of theirs is compiled before the first keystroke', () => {
    const keys = textKeys(WARM_UP_TEXT).map((w) => w.key);
    expect(keys).toEqual(expect.arrayContaining(['@us', 'a.m', '#2015', '#4.5', 'percent', '#1.4', 'billion', 'corpor', '#6']));
  });

  it('keys its text with the word rules it is given', async () => {
    const keyed: string[] = [];
    await warmUp((text) => (keyed.push(text), textKeys(text)));
    expect(keyed).toContain(WARM_UP_TEXT);
  });
});
