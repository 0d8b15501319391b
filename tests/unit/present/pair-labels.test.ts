import { describe, expect, it } from 'vitest';
import { CHANGE_LABELS, inSentence, ROW_GRADES, ROW_KIND_LABELS } from '../../../src/lib/present/pair-labels.ts';

/** Words that say one text took from, kept, added to or dropped from the other. */
const DIRECTION = /(keeps?|kept|new|added|adds|inserted|dropped|drops|removed|copied from|became|moved from)/i;

describe('pair page labels', () => {
  it('names every row kind, grade and change type with a distinct label', () => {
    expect(Object.keys(ROW_KIND_LABELS).sort()).toEqual(['changed', 'left-only', 'moved', 'right-only', 'same']);
    expect(Object.keys(ROW_GRADES)).toEqual(['verbatim', 'light-edit', 'paraphrase', 'new']);
    expect(Object.keys(CHANGE_LABELS)).toHaveLength(18);
    for (const labels of [Object.values(ROW_KIND_LABELS), Object.values(ROW_GRADES).map((g) => g.label), Object.values(CHANGE_LABELS)]) {
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it('says where text is, never that one article took it from the other', () => {
    const words = [...Object.values(ROW_KIND_LABELS), ...Object.values(ROW_GRADES).flatMap((g) => [g.label, g.description]), ...Object.values(CHANGE_LABELS)];
    expect(words.filter((w) => DIRECTION.test(w))).toEqual([]);
    expect([ROW_KIND_LABELS['left-only'], CHANGE_LABELS['inserted-clause'], ROW_GRADES.new.label]).toEqual(['Only in A', 'Clause only in B', 'Only in A or B']);
  });
});

describe('inSentence', () => {
  it('lower-cases the first letter only, keeping the side letters', () => {
    expect(inSentence('Clause only in B')).toBe('clause only in B');
    expect(inSentence('Épreuve A')).toBe('épreuve A');
    expect(inSentence('')).toBe('');
  });
});
