// The headline row of a pair page (present/headline-view.ts): both headlines word-diffed, or why they are not.
import { describe, expect, it } from 'vitest';
import { headlineView } from '../../../src/lib/present/headline-view.ts';

const stated = (title: string) => ({ title, title_from: 'text' as const });
const marked = (segments: { kind: string; text: string }[]) => segments.filter((s) => s.kind !== 'equal').map((s) => `${s.kind}:${s.text}`);

describe('headlineView', () => {
  it('marks the words only one headline has, counted in the summary', () => {
    const h = headlineView(stated('Valmora approves desalination plant amid drought'), { title: 'Kessel fears for bay as Valmora approves plant', title_from: 'curated' });
    expect(h.compared).toBe(true);
    expect(h.summary).toBe('Headlines differ: 3 words only in A, 5 words only in B');
    expect(marked(h.left).map((m) => m.trimEnd())).toEqual(['del:desalination', 'del: amid drought']);
    expect(marked(h.right)).toEqual(['ins:Kessel fears for bay as ']);
    expect(h.inline.map((s) => s.text).join('')).toContain('Kessel fears');
  });

  it('says when the headlines are the same, or differ only in how words are written', () => {
    expect(headlineView(stated('Egypt quits MESA'), stated('Egypt quits MESA')).summary).toBe('Same headline');
    const spelt = headlineView(stated('Air defence pact signed'), stated('Air defense pact signed'));
    expect(spelt.summary).toBe('Same headline words; only punctuation, capitals or spelling differ');
  });

  it('compares no title made of a text’s opening words, and says which side has no headline', () => {
    const derived = { title: 'The regional council of Valmora on Tuesday…', title_from: 'derived' as const };
    const h = headlineView(stated('Valmora approves plant'), derived);
    expect(h).toMatchObject({ compared: false, left: [], right: [], inline: [] });
    expect(h.summary).toMatch(/^B has no headline of its own/);
    expect(headlineView(derived, derived).summary).toMatch(/^Neither text has a headline of its own/);
    // A title whose source is not known (a text pasted in the browser) is no headline to compare either.
    expect(headlineView(stated('Valmora approves plant'), { title: 'Your text' }).compared).toBe(false);
  });
});
