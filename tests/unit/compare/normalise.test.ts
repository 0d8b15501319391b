// Sentence terms (compare/normalise.ts): content words stemmed, stopwords and reporting verbs left out, names and
// numbers flagged, and names keyed by the entity rules so several spellings meet.
import { describe, expect, it } from 'vitest';
import { contentStems, isStopword, sentenceTerms } from '../../../src/lib/compare/normalise.ts';
import { buildEntityTable } from '../../../src/lib/text/entities.ts';

const keys = (s: string, table = buildEntityTable([])) => sentenceTerms(s, table).filter((t) => !t.part).map((t) => t.key);

describe('sentenceTerms', () => {
  it('drops function words and reporting verbs, keeps content words, flags names and numbers', () => {
    const terms = sentenceTerms('The minister said that Egypt sent 600 troops.');
    expect(terms.map((t) => t.key)).not.toContain('the');
    expect(terms.some((t) => t.key.startsWith('said') || t.key === 'say')).toBe(false);
    expect(terms.find((t) => t.key === '#600')?.identifier).toBe(true);
    expect(terms.filter((t) => t.identifier).length).toBeGreaterThanOrEqual(2);
  });

  it('gives US, U.S. and United States one key under the entity rules', () => {
    const [a, b, c] = ['The US acted.', 'The U.S. acted.', 'The United States acted.'].map((s) => keys(s));
    expect(a).toEqual(b);
    expect(a).toEqual(c);
  });

  it('joins a corpus term’s long and short forms when the table names both', () => {
    const table = buildEntityTable([{ id: 'mesa', names: ['MESA', 'Middle East Strategic Alliance'] }]);
    expect(keys('MESA grew.', table)).toEqual(keys('The Middle East Strategic Alliance grew.', table));
  });
});

describe('sentenceTerms of a name with a figure in it', () => {
  it('keeps the figure as that figure, so "the 2015 deal" meets "the deal of 2015"', () => {
    const table = buildEntityTable([{ id: 'jcpoa', names: ['JCPOA', '2015 deal'] }]);
    const a = new Set(sentenceTerms('Talks on reviving a 2015 deal stalled.', table).map((t) => t.key));
    const b = sentenceTerms('Talks to restore the deal of 2015 stalled.', table).map((t) => t.key);
    expect(b.filter((k) => a.has(k))).toContain('#2015');
  });
});

describe('isStopword and contentStems', () => {
  it('never takes an acronym for a function word ("US" is not "us")', () => {
    expect(isStopword('us')).toBe(true);
    expect(isStopword('US')).toBe(false);
  });

  it('collects the content stems of a text', () => {
    expect(contentStems('Alliances and alliance.').size).toBe(1);
  });
});
