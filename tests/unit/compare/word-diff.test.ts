// The word diff (compare/word-diff.ts): words compare by key, so spelling variants are never edits, and an inserted
// clause stands on its own (issue #16, item 8: row 16 of 000↔001).
import { describe, expect, it } from 'vitest';
import { gradeOps, leftText, rightText, wordDiff } from '../../../src/lib/compare/word-diff.ts';
import type { DiffOp } from '../../../src/lib/compare/types.ts';

const left = 'Currently Washington, Riyadh and Abu Dhabi accuse Iran of destabilising the area, shaking the restless situation in some Arab countries through satellite organisations and intermediaries, as well as addressing threats to Israel.';
const right = 'Washington, Riyadh and Abu Dhabi, three major sponsors of terrorism in the region, accuse Iran of destabilizing the region, fomenting unrest in some Arab countries through proxy groups and increasingly threatening Israel.';

/** The text a reader sees as changed on each side: what is deleted or inserted and not a variant. */
const changed = (ops: DiffOp[], op: 'insert' | 'delete') => ops.filter((o) => o.op === op && !o.variant).map((o) => o.text);

describe('wordDiff', () => {
  const ops = wordDiff(left, right);

  it('rebuilds both texts exactly', () => {
    expect(leftText(ops)).toBe(left);
    expect(rightText(ops)).toBe(right);
  });

  it('never shows "accuse Iran of" as both deleted and added', () => {
    expect(changed(ops, 'delete').join('|')).not.toMatch(/accuse Iran of/);
    expect(changed(ops, 'insert').join('|')).not.toMatch(/accuse Iran of/);
    expect(ops.some((o) => o.op === 'equal' && o.text.includes('accuse Iran of'))).toBe(true);
  });

  it('marks a changed figure whole, not the digits that differ, and a separator alone as no change', () => {
    const figure = wordDiff('Output rose to 84,300 tonnes, up 4.5 percent.', 'Output rose to 84,500 tonnes, up 4.6 percent.');
    expect(changed(figure, 'delete')).toEqual(['84,300', '4.5']);
    expect(changed(figure, 'insert')).toEqual(['84,500', '4.6']);
    const same = wordDiff('Output rose to 84,300 tonnes.', 'Output rose to 84300 tonnes.');
    expect(changed(same, 'delete')).toEqual([]);
    expect(changed(same, 'insert')).toEqual([]);
  });

  it('shows "4 percent" for "4%" and "Corp." for "Corporation" as variants, not edits', () => {
    const ops = wordDiff('Acme Corporation sales rose 4 percent.', 'Acme Corp. sales rose 4%.');
    expect(leftText(ops)).toBe('Acme Corporation sales rose 4 percent.');
    expect(rightText(ops)).toBe('Acme Corp. sales rose 4%.');
    expect(changed(ops, 'delete')).toEqual([]);
    expect(changed(ops, 'insert')).toEqual([]);
    expect(ops.filter((o) => o.variant).map((o) => o.text)).toEqual(['Corporation', 'Corp.', ' percent', '%']);
    const time = wordDiff('Talks began at 6am on Monday.', 'Talks began at 6 a.m. on Monday.');
    expect(changed(time, 'delete')).toEqual([]);
    expect(changed(time, 'insert')).toEqual([]);
  });

  it('counts a spelling variant as the same word: a variant pair, not an edit', () => {
    const variant = ops.filter((o) => o.variant).map((o) => o.text);
    expect(variant).toEqual(['destabilising', 'destabilizing']);
    expect(changed(ops, 'delete').join('|')).not.toMatch(/destabilis/);
    expect(gradeOps(wordDiff('Missile defence plans.', 'Missile defense plans.'))).toBe('verbatim');
  });

  it('grades words only cut from a sentence, or only added, as a light edit however many, and rewording as a paraphrase', () => {
    const long = 'Secretary of State Mike Pompeo met the foreign ministers of Bahrain, Egypt, Jordan, Kuwait, Oman and Qatar in New York to prepare for future plans.';
    const part = 'Mike Pompeo met the foreign ministers of Bahrain, Egypt, Jordan, Kuwait, Oman and Qatar.';
    expect(gradeOps(wordDiff(long, part))).toBe('light-edit');
    expect(gradeOps(wordDiff(part, long))).toBe('light-edit');
    expect(gradeOps(wordDiff(long, 'The alliance, a Saudi initiative, also includes Jordan, Oman, Kuwait, Qatar and Bahrain.'))).toBe('paraphrase');
  });

  it('lets the inserted clause stand on its own, not joined to a neighbouring rewording', () => {
    const inserted = changed(ops, 'insert');
    expect(inserted.some((t) => t.trim().replace(/^,\s*|,\s*$/g, '') === 'three major sponsors of terrorism in the region')).toBe(true);
    expect(inserted.every((t) => !(t.includes('sponsors of terrorism') && t.includes('destabiliz')))).toBe(true);
  });

  it('marks an inserted clause as an insertion only, the space it was put into staying unchanged', () => {
    const d = wordDiff('Egypt has pulled out.', 'Egypt, despite repeated warnings from neighbouring states, has pulled out.');
    expect(d).toEqual([
      { op: 'equal', text: 'Egypt' },
      { op: 'insert', text: ', despite repeated warnings from neighbouring states,' },
      { op: 'equal', text: ' has pulled out.' },
    ]);
    // Two sentences joined: the full stop and ", and" differ, the space after them is the same on both sides.
    expect(wordDiff('with Tehran. Qatar denies it.', 'with Tehran, and Qatar denies it.')).toEqual([
      { op: 'equal', text: 'with Tehran' },
      { op: 'delete', text: '.' },
      { op: 'insert', text: ', and' },
      { op: 'equal', text: ' Qatar denies it.' },
    ]);
  });

  it('keeps a real difference in spacing as a change', () => {
    expect(changed(wordDiff('Egypt , has', 'Egypt, has'), 'delete')).toEqual([' ']);
  });

  it('treats the forms of one name as the same word: "US" and "United States"', () => {
    const d = wordDiff('tensions between the US and Iran', 'tensions between the United States and Iran');
    expect(d.filter((o) => o.variant).map((o) => o.text)).toEqual(['US', 'United States']);
    expect(gradeOps(d)).toBe('verbatim');
  });
});
